import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { NewsSummaryDto } from '@portal/contracts';
import { EmptyState } from '@portal/frontend/shared/ui';
import { NewsCard } from './news-card';

export type FeedStatus = 'loading' | 'idle' | 'error';

/**
 * A list of news cards with its loading state and „Weitere Neuigkeiten laden“ (keyset paging:
 * appended below, so the place and the focus stay). Used on /neuigkeiten and the Start page.
 */
@Component({
  selector: 'portal-news-feed',
  imports: [NewsCard, EmptyState],
  template: `
    @if (items().length > 0) {
      <ul class="feed">
        @for (item of items(); track item.id) {
          <li><portal-news-card [item]="item" /></li>
        }
      </ul>
    } @else if (status() === 'idle') {
      <portal-empty-state [title]="emptyText()" />
    } @else if (status() === 'loading' && placeholders() > 0) {
      <!-- Keeps the space the first cards will take, so nothing below jumps when they arrive. -->
      <ul class="feed" aria-hidden="true">
        @for (placeholder of placeholderSlots(); track placeholder) {
          <li class="placeholder"></li>
        }
      </ul>
    }
    <div class="more" aria-live="polite">
      @if (status() === 'loading') {
        <p>Neuigkeiten werden geladen …</p>
      } @else if (status() === 'error') {
        <p class="error" role="alert">Die Neuigkeiten konnten nicht geladen werden.</p>
        <button type="button" class="button" (click)="loadMore.emit()">Erneut versuchen</button>
      } @else if (hasMore()) {
        <button type="button" class="button" (click)="loadMore.emit()">Weitere Neuigkeiten laden</button>
      }
      <ng-content />
    </div>
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
      margin-top: var(--portal-space-4);
    }
    .error {
      color: var(--portal-color-error);
    }
    .placeholder {
      /* About one news card: title, meta line, teaser. */
      min-height: 7.25rem;
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsFeed {
  readonly items = input.required<NewsSummaryDto[]>();
  readonly status = input.required<FeedStatus>();
  readonly hasMore = input(false);
  readonly emptyText = input('Zurzeit gibt es keine Neuigkeiten für Sie.');
  /** Empty cards shown while the first page loads (its expected size); 0 for none. */
  readonly placeholders = input(0);
  protected readonly placeholderSlots = computed(() =>
    Array.from({ length: this.placeholders() }, (_, i) => i),
  );
  /** Next page, or the retry after an error. */
  readonly loadMore = output();
}
