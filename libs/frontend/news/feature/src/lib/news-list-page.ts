import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { NewsFeedQuery, NewsSummaryDto, Permission } from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
import { FeedStatus, NewsFeed, NewsFilter, NewsFilterValue } from '@portal/frontend/news/ui';
import { CurrentUser } from '@portal/frontend/shared/util';
import { map } from 'rxjs';

const FILTER_KEYS = ['q', 'category', 'state', 'from', 'to', 'archived'] as const;

/**
 * /neuigkeiten — the user's feed: only what is meant for them, pinned items first, newest first,
 * page by page; filters and words narrow it. The filter lives in the URL (shareable, back button).
 */
@Component({
  selector: 'portal-news-list-page',
  imports: [NewsFeed, NewsFilter, RouterLink, MatButton],
  templateUrl: './news-list-page.html',
  styleUrl: './news-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsListPage {
  private readonly api = inject(NewsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly mayWrite = inject(CurrentUser).can(Permission.NewsWrite);
  protected readonly filter = toSignal(
    this.route.queryParamMap.pipe(
      map((params): NewsFilterValue => ({
        q: params.get('q') ?? '',
        category: params.get('category') ?? '',
        state: params.get('state') ?? '',
        from: params.get('from') ?? '',
        to: params.get('to') ?? '',
        archived: params.get('archived') === 'true',
      })),
    ),
    { requireSync: true },
  );
  protected readonly filtered = computed(() => {
    const filter = this.filter();
    return FILTER_KEYS.some((key) => !!filter[key]);
  });
  protected readonly pinned = signal<NewsSummaryDto[]>([]);
  protected readonly items = signal<NewsSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<FeedStatus>('loading');
  protected readonly firstPageLoading = computed(
    () => this.status() === 'loading' && this.items().length === 0 && this.pinned().length === 0,
  );

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => this.reload());
  }

  protected applyFilter(value: NewsFilterValue): void {
    const queryParams = Object.fromEntries(
      FILTER_KEYS.map((key) => [key, value[key] ? String(value[key]) : null]),
    );
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }

  /** Appends the next page; the list keeps its place and focus stays on the button. */
  protected loadMore(): void {
    this.load(this.nextCursor() ?? undefined);
  }

  private reload(): void {
    this.pinned.set([]);
    this.items.set([]);
    this.nextCursor.set(null);
    this.load(undefined);
  }

  private load(cursor: string | undefined): void {
    const filter = this.filter();
    const query: NewsFeedQuery = {
      cursor,
      q: filter.q || undefined,
      category: (filter.category || undefined) as NewsFeedQuery['category'],
      state: (filter.state || undefined) as NewsFeedQuery['state'],
      from: filter.from || undefined,
      to: filter.to || undefined,
      archived: filter.archived || undefined,
    };
    this.status.set('loading');
    this.api.feed(query).subscribe({
      next: (page) => {
        if (!cursor) this.pinned.set(page.pinned);
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }
}
