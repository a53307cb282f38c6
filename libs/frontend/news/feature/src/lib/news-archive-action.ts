import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { NewsDto } from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
import { problemMessage } from '@portal/frontend/shared/util';

const STALE =
  'Jemand hat diese Neuigkeit inzwischen geändert. Bitte laden Sie die Seite neu und versuchen Sie es erneut.';

/**
 * „Archivieren“ on the detail page, next to „Bearbeiten“: asks in place first, because the item
 * leaves every feed at once (it stays readable by link and in the archive).
 */
@Component({
  selector: 'portal-news-archive-action',
  imports: [MatButton],
  template: `
    @if (confirming()) {
      <div class="confirm" role="group" aria-labelledby="news-archive-question">
        <p id="news-archive-question">
          Neuigkeit archivieren? Sie verschwindet sofort aus dem Nachrichtenstrom, bleibt aber über ihren Link
          und im Archiv lesbar.
        </p>
        <button
          #confirmButton
          mat-flat-button
          type="button"
          [disabled]="status() === 'saving'"
          (click)="archive()"
        >
          Ja, archivieren
        </button>
        <button mat-stroked-button type="button" [disabled]="status() === 'saving'" (click)="cancel()">
          Nicht archivieren
        </button>
      </div>
    } @else {
      <button #startButton mat-stroked-button type="button" (click)="start()">Archivieren …</button>
    }
    <div class="status" aria-live="polite">
      @if (status() === 'saving') {
        <p>Die Neuigkeit wird archiviert …</p>
      } @else if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    :host {
      display: contents;
    }
    .confirm {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2);
      align-items: center;
      flex-basis: 100%;
      padding: var(--portal-space-3);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
    }
    .confirm p {
      flex-basis: 100%;
      margin: 0;
    }
    .status {
      flex-basis: 100%;
    }
    .status:empty {
      display: none;
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsArchiveAction {
  readonly item = input.required<NewsDto>();
  /** The server's answer: the item now archived. */
  readonly archived = output<NewsDto>();

  private readonly api = inject(NewsApi);
  private readonly injector = inject(Injector);
  private readonly confirmButton = viewChild('confirmButton', { read: ElementRef<HTMLButtonElement> });
  private readonly startButton = viewChild('startButton', { read: ElementRef<HTMLButtonElement> });

  protected readonly confirming = signal(false);
  protected readonly status = signal<'idle' | 'saving'>('idle');
  protected readonly error = signal<string | null>(null);

  protected start(): void {
    this.error.set(null);
    this.confirming.set(true);
    afterNextRender(() => this.confirmButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancel(): void {
    this.confirming.set(false);
    afterNextRender(() => this.startButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected archive(): void {
    const item = this.item();
    this.status.set('saving');
    this.error.set(null);
    this.api.archive(item.id, item.version).subscribe({
      next: (updated) => {
        this.status.set('idle');
        this.confirming.set(false);
        this.archived.emit(updated);
      },
      error: (error: { status?: number }) => {
        this.status.set('idle');
        this.error.set(
          error.status === 409
            ? STALE
            : problemMessage(
                error,
                'Die Neuigkeit konnte nicht archiviert werden. Bitte versuchen Sie es erneut.',
              ),
        );
      },
    });
  }
}
