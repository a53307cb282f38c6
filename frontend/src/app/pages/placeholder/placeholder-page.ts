import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { PlaceholderNotice } from '@portal/frontend/shared/ui';

/** Sections and legal pages that are announced but not written yet. Heading and text come from route data. */
@Component({
  selector: 'app-placeholder-page',
  imports: [PlaceholderNotice],
  template: `
    <h1>{{ heading() }}</h1>
    @if (description()) {
      <p class="description">{{ description() }}</p>
    }
    <portal-placeholder-notice>
      <p>Dieser Bereich wird gerade aufgebaut und steht in Kürze zur Verfügung.</p>
    </portal-placeholder-notice>
  `,
  styles: `
    .description {
      font-size: var(--portal-font-size-lg);
      max-width: 48rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PlaceholderPage {
  readonly heading = input.required<string>();
  readonly description = input<string>();
}
