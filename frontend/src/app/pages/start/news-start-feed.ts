import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NewsSummaryDto } from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
import { FeedStatus, NewsFeed } from '@portal/frontend/news/ui';

const PAGE_SIZE = 5;

/**
 * The personal feed on the Start page: what is meant for this user, pinned items first, unread
 * ones marked, a few at a time.
 */
@Component({
  selector: 'app-news-start-feed',
  imports: [NewsFeed, RouterLink],
  template: `
    <section aria-labelledby="fuer-sie">
      <h2 id="fuer-sie">Neuigkeiten für Sie</h2>
      <portal-news-feed
        [items]="items()"
        [status]="status()"
        [hasMore]="!!nextCursor()"
        [placeholders]="pageSize"
        (loadMore)="load()"
      >
        <a routerLink="/neuigkeiten">Alle Neuigkeiten, Suche und Archiv</a>
      </portal-news-feed>
    </section>
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsStartFeed {
  private readonly api = inject(NewsApi);

  protected readonly pageSize = PAGE_SIZE;
  protected readonly items = signal<NewsSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<FeedStatus>('loading');

  constructor() {
    this.load();
  }

  protected load(): void {
    const cursor = this.nextCursor() ?? undefined;
    this.status.set('loading');
    this.api.feed({ cursor, limit: PAGE_SIZE }).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...(cursor ? [] : page.pinned), ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }
}
