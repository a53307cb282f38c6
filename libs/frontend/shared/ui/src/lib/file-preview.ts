import { ChangeDetectionStrategy, Component, computed, input, linkedSignal } from '@angular/core';
import { Icon } from './icon';

/**
 * The preview image of a stored file (thumbnail or large preview, rendered by the backend), or
 * a neutral placeholder when there is none or it fails to load. Features pass the preview URL
 * (null when the API offers none) and an alt text describing the file's content.
 */
@Component({
  selector: 'portal-file-preview',
  imports: [Icon],
  template: `
    @if (showImage()) {
      <img
        class="image"
        [src]="src()"
        [alt]="alt()"
        [attr.width]="width()"
        loading="lazy"
        decoding="async"
        (error)="failed.set(true)"
      />
    } @else {
      <div class="placeholder">
        <portal-icon name="info" />
        <span>Keine Vorschau verfügbar</span>
      </div>
    }
  `,
  styles: `
    :host {
      display: block;
    }
    .image {
      display: block;
      max-width: 100%;
      height: auto;
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .placeholder {
      display: flex;
      flex-direction: column;
      align-items: center;
      justify-content: center;
      gap: var(--portal-space-2);
      min-height: 8rem;
      padding: var(--portal-space-3);
      border: 1px dashed var(--portal-color-border);
      border-radius: var(--portal-radius);
      color: var(--portal-color-text-muted);
      text-align: center;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FilePreview {
  /** Preview URL (e.g. `thumbnailUrl` of a DTO); null or empty shows the placeholder. */
  readonly src = input<string | null>(null);
  /** Describes what the image shows; required, as for every image in the portal. */
  readonly alt = input.required<string>();
  /** Rendered width in CSS pixels (the thumbnail is ~400 px, the large preview ~1600 px). */
  readonly width = input<number | null>(null);

  /** A new URL gets a new chance to load. */
  protected readonly failed = linkedSignal({ source: this.src, computation: () => false });
  protected readonly showImage = computed(() => !!this.src() && !this.failed());
}
