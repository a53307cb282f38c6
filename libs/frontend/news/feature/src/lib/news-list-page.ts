import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { NewsSummaryDto } from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
import { NewsCard } from '@portal/frontend/news/ui';
import { EmptyState } from '@portal/frontend/shared/ui';

/** /neuigkeiten — the user's feed: only what is meant for them, newest first, page by page. */
@Component({
  selector: 'portal-news-list-page',
  imports: [NewsCard, EmptyState],
  templateUrl: './news-list-page.html',
  styleUrl: './news-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsListPage {
  private readonly api = inject(NewsApi);

  protected readonly items = signal<NewsSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');

  constructor() {
    this.loadMore();
  }

  /** Appends the next page; the list keeps its place and focus stays on the button. */
  protected loadMore(): void {
    this.status.set('loading');
    this.api.feed({ cursor: this.nextCursor() ?? undefined }).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }
}
