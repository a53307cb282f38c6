import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { Icon } from './icon';

/** Marks content that is not available yet („In Vorbereitung“) with a short explanation. */
@Component({
  selector: 'portal-placeholder-notice',
  imports: [Icon],
  template: `
    <div class="notice" role="note">
      <portal-icon name="tools" class="icon" />
      <div>
        <p class="label">{{ label() }}</p>
        <ng-content />
      </div>
    </div>
  `,
  styles: `
    .notice {
      display: flex;
      gap: var(--portal-space-3);
      /* Projected paragraphs bring their own bottom margin. */
      padding: var(--portal-space-4) var(--portal-space-4) 0;
      border: 1px solid var(--portal-color-border);
      border-left: 0.375rem solid var(--portal-color-brand);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .icon {
      color: var(--portal-color-brand);
      margin-top: 0.125rem;
    }
    .label {
      font-weight: 700;
      margin: 0 0 var(--portal-space-1);
    }
    .label:last-child {
      margin-bottom: var(--portal-space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceholderNotice {
  readonly label = input('In Vorbereitung');
}
