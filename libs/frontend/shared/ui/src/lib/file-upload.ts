import { HttpErrorResponse, HttpEvent, HttpEventType } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  computed,
  DestroyRef,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import type { ProblemDto } from '@portal/contracts';
import { Observable, Subscription } from 'rxjs';
import { formatFileSize } from './file-size';

/** Sends the chosen file; data-access services return `HttpClient` events with `reportProgress`. */
export type FileUploadFn = (file: File) => Observable<HttpEvent<unknown>>;

type UploadState =
  | { status: 'idle' }
  | { status: 'uploading'; name: string; percent: number }
  | { status: 'done'; name: string }
  | { status: 'error'; message: string };

let nextId = 0;

/** German message for a failed upload, from the server's problem+json where there is one. */
export function uploadErrorMessage(error: unknown): string {
  if (!(error instanceof HttpErrorResponse)) return 'Die Datei konnte nicht hochgeladen werden.';
  const problem = error.error as Partial<ProblemDto> | null;
  if (problem && typeof problem === 'object' && (problem.detail || problem.title)) {
    return String(problem.detail ?? problem.title);
  }
  switch (error.status) {
    case 0:
      return 'Keine Verbindung zum Portal. Bitte prüfen Sie Ihre Verbindung und versuchen Sie es erneut.';
    case 413:
      return 'Die Datei ist zu groß.';
    case 415:
      return 'Dieses Dateiformat wird nicht unterstützt.';
    default:
      return 'Die Datei konnte nicht hochgeladen werden. Bitte versuchen Sie es später erneut.';
  }
}

/**
 * A labelled file input that uploads the chosen file at once, shows a progress bar, announces
 * progress and outcome politely (aria-live) and errors assertively, in German.
 */
@Component({
  selector: 'portal-file-upload',
  imports: [MatButton],
  template: `
    <div class="file-upload">
      <label [for]="inputId">{{ label() }}</label>
      @if (hint()) {
        <p class="hint" [id]="hintId">{{ hint() }}</p>
      }
      <input
        #fileInput
        type="file"
        [id]="inputId"
        [attr.accept]="accept() || null"
        [disabled]="disabled() || uploading()"
        [attr.aria-describedby]="describedBy()"
        [attr.aria-invalid]="errorMessage() ? true : null"
        (change)="choose($event)"
      />
      @if (state(); as state) {
        @if (state.status === 'uploading') {
          <div class="progress">
            <progress max="100" [value]="state.percent" [attr.aria-labelledby]="inputId">
              {{ state.percent }} %
            </progress>
            <button mat-stroked-button type="button" (click)="cancel()">Hochladen abbrechen</button>
          </div>
        }
      }
      <p class="status" role="status" aria-live="polite">{{ statusText() }}</p>
      @if (errorMessage(); as message) {
        <p class="error" role="alert" [id]="errorId">{{ message }}</p>
      }
    </div>
  `,
  styles: `
    /* One column that may shrink: a file input is about 350 px wide, more than a phone has. */
    .file-upload {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--portal-space-1);
      justify-items: start;
    }
    input[type='file'] {
      max-inline-size: 100%;
    }
    label {
      font-weight: 600;
    }
    .hint {
      margin: 0;
      color: var(--portal-color-text-muted);
    }
    .progress {
      display: flex;
      align-items: center;
      gap: var(--portal-space-2);
    }
    progress {
      width: 16rem;
      max-width: 100%;
    }
    .status:empty {
      display: none;
    }
    .status,
    .error {
      margin: 0;
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class FileUpload {
  readonly label = input.required<string>();
  /** Performs the upload, e.g. `(file) => api.uploadAttachment(id, file)`. */
  readonly upload = input.required<FileUploadFn>();
  /** Guides the file picker (`.pdf,.docx`); the server decides. */
  readonly accept = input('');
  /** Shown under the label, e.g. allowed types and the size limit. */
  readonly hint = input('');
  /** Refused before sending when set. */
  readonly maxBytes = input<number | null>(null);
  readonly disabled = input(false);
  /** The server's answer for the stored file (e.g. the created attachment). */
  readonly uploaded = output<unknown>();

  private readonly fileInput = viewChild.required<ElementRef<HTMLInputElement>>('fileInput');
  private subscription?: Subscription;

  protected readonly inputId = `portal-file-upload-${++nextId}`;
  protected readonly hintId = `${this.inputId}-hint`;
  protected readonly errorId = `${this.inputId}-error`;
  protected readonly state = signal<UploadState>({ status: 'idle' });
  protected readonly uploading = computed(() => this.state().status === 'uploading');
  protected readonly errorMessage = computed(() => {
    const state = this.state();
    return state.status === 'error' ? state.message : null;
  });
  protected readonly describedBy = computed(
    () =>
      [this.hint() ? this.hintId : '', this.errorMessage() ? this.errorId : ''].filter(Boolean).join(' ') ||
      null,
  );
  /** Announced politely; progress only in quarter steps so screen readers are not flooded. */
  protected readonly statusText = computed(() => {
    const state = this.state();
    if (state.status === 'uploading') {
      return `„${state.name}“ wird hochgeladen … ${Math.floor(state.percent / 25) * 25} %`;
    }
    return state.status === 'done' ? `„${state.name}“ wurde hochgeladen.` : '';
  });

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected choose(event: Event): void {
    const file = (event.target as HTMLInputElement).files?.[0];
    if (!file) return;
    const max = this.maxBytes();
    if (max !== null && file.size > max) {
      this.fail(`Die Datei ist zu groß. Erlaubt sind höchstens ${formatFileSize(max)}.`);
      return;
    }
    this.state.set({ status: 'uploading', name: file.name, percent: 0 });
    this.subscription?.unsubscribe();
    this.subscription = this.upload()(file).subscribe({
      next: (event) => {
        if (event.type === HttpEventType.UploadProgress) {
          const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
          this.state.set({ status: 'uploading', name: file.name, percent });
        } else if (event.type === HttpEventType.Response) {
          this.state.set({ status: 'done', name: file.name });
          this.reset();
          this.uploaded.emit(event.body);
        }
      },
      error: (error: unknown) => this.fail(uploadErrorMessage(error)),
    });
  }

  protected cancel(): void {
    this.subscription?.unsubscribe();
    this.fail('Das Hochladen wurde abgebrochen.');
  }

  private fail(message: string): void {
    this.state.set({ status: 'error', message });
    this.reset();
    // Back to the input, so the next attempt is one key press away.
    queueMicrotask(() => this.fileInput().nativeElement.focus());
  }

  private reset(): void {
    this.fileInput().nativeElement.value = '';
  }
}
