import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from './icon';

/** Shown instead of a list that has no entries; projected content may suggest what to do next. */
@Component({
  selector: 'portal-empty-state',
  imports: [Icon],
  template: `
    <div class="empty">
      <portal-icon name="info" class="icon" />
      <div>
        <p class="title">{{ title() }}</p>
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    .empty {
      display: flex;
      gap: var(--portal-space-3);
      padding: var(--portal-space-4) var(--portal-space-4) 0;
      border: 1px dashed var(--portal-color-border);
      border-radius: var(--portal-radius);
    }
    .icon {
      color: var(--portal-color-text-muted);
      margin-top: 0.125rem;
    }
    .title {
      font-weight: 700;
      margin: 0 0 var(--portal-space-1);
    }
    .title:last-child {
      margin-bottom: var(--portal-space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EmptyState {
  readonly title = input.required<string>();
}
