import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { NewsSummaryDto } from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
import { NewsCard } from '@portal/frontend/news/ui';
import { EmptyState } from '@portal/frontend/shared/ui';

const PAGE_SIZE = 5;

/**
 * The personal feed on the Start page: what is meant for this user, pinned items first, unread
 * ones marked, a few at a time.
 */
@Component({
  selector: 'app-news-start-feed',
  imports: [NewsCard, EmptyState, RouterLink],
  template: `
    <section aria-labelledby="fuer-sie">
      <h2 id="fuer-sie">Neuigkeiten für Sie</h2>
      @if (items().length > 0) {
        <ul class="feed">
          @for (item of items(); track item.id) {
            <li><portal-news-card [item]="item" /></li>
          }
        </ul>
      } @else if (status() === 'idle') {
        <portal-empty-state title="Zurzeit gibt es keine Neuigkeiten für Sie." />
      }
      <div class="more" aria-live="polite">
        @if (status() === 'loading') {
          <p>Neuigkeiten werden geladen …</p>
        } @else if (status() === 'error') {
          <p class="error" role="alert">Die Neuigkeiten konnten nicht geladen werden.</p>
        } @else if (nextCursor()) {
          <button type="button" class="button" (click)="load()">Weitere Neuigkeiten laden</button>
        }
        <a routerLink="/neuigkeiten">Alle Neuigkeiten, Suche und Archiv</a>
      </div>
    </section>
  `,
  styles: `
    .feed {
      display: grid;
      gap: var(--portal-space-3);
      margin: 0;
      padding: 0;
      list-style: none;
    }
    .more {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portal-space-4);
      margin-top: var(--portal-space-3);
    }
    .button {
      min-height: 2.75rem;
      padding: 0 var(--portal-space-4);
      border: 1px solid var(--portal-color-brand);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
      color: var(--portal-color-brand);
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsStartFeed {
  private readonly api = inject(NewsApi);

  protected readonly items = signal<NewsSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');

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
