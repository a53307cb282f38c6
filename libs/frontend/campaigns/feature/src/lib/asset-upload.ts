import { HttpEvent, HttpEventType } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, DestroyRef, inject, input, output, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ASSET_FILE_ACCEPT, type AssetVersionDto } from '@portal/contracts';
import { CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { FileSizePipe, uploadErrorMessage } from '@portal/frontend/shared/ui';
import { Observable, Subscription } from 'rxjs';

interface QueuedFile {
  file: File;
  percent: number;
  /** `checking`: all bytes sent, the server checks (type, malware scan) and stores the file. */
  state: 'waiting' | 'uploading' | 'checking' | 'done' | 'error';
  message: string;
}

let nextId = 0;

/** Between the last byte sent and the server's answer (large files take a while to check). */
const CHECKING_TEXT = 'Wird geprüft und gespeichert …';

/**
 * Coordinators' upload of one or several files — by drag and drop or the file picker — as a new
 * version (the first file opens it, the others become its variants) or as further variants of the
 * latest version. Each file shows its progress; status is announced politely, errors assertively.
 */
@Component({
  selector: 'portal-asset-upload',
  imports: [FormsModule, FileSizePipe],
  template: `
    <fieldset class="mode">
      <legend>Hochladen als</legend>
      <label>
        <input type="radio" name="mode-{{ id }}" value="version" [(ngModel)]="mode" />
        neue Version (die bisherige bleibt in der Versionsgeschichte)
      </label>
      <label>
        <input
          type="radio"
          name="mode-{{ id }}"
          value="variant"
          [(ngModel)]="mode"
          [disabled]="!latestVersion()"
        />
        weitere Formate der aktuellen Version
      </label>
    </fieldset>
    @if (mode === 'version') {
      <label class="note">
        Änderungshinweis (optional)
        <input type="text" maxlength="500" [(ngModel)]="note" name="note-{{ id }}" />
      </label>
    }
    <div
      class="drop"
      [class.over]="over()"
      (dragover)="$event.preventDefault(); over.set(true)"
      (dragleave)="over.set(false)"
      (drop)="drop($event)"
    >
      <label [for]="inputId">Dateien auswählen oder hierher ziehen</label>
      <p class="hint" [id]="hintId">
        PDF, PNG, JPG, SVG, EPS, PPTX, DOCX, MP4 und weitere; mehrere Dateien möglich. Der Inhalt wird
        geprüft.
      </p>
      <input
        #picker
        type="file"
        multiple
        [id]="inputId"
        [attr.accept]="accept"
        [attr.aria-describedby]="hintId"
        [disabled]="busy()"
        (change)="choose(picker.files); picker.value = ''"
      />
    </div>
    @if (queue().length) {
      <ul class="queue">
        @for (item of queue(); track $index) {
          <li>
            <span class="name">{{ item.file.name }} ({{ item.file.size | portalFileSize }})</span>
            @if (item.state === 'uploading' || item.state === 'waiting') {
              <progress max="100" [value]="item.percent" [attr.aria-label]="'Fortschritt ' + item.file.name">
                {{ item.percent }} %
              </progress>
            } @else if (item.state === 'checking') {
              <progress [attr.aria-label]="'Prüfung ' + item.file.name"></progress>
              <span class="checking">{{ checkingText }}</span>
            } @else if (item.state === 'done') {
              <span>hochgeladen</span>
            } @else {
              <span class="error" role="alert">{{ item.message }}</span>
            }
          </li>
        }
      </ul>
    }
    <p role="status" aria-live="polite" class="status">{{ status() }}</p>
    @if (busy()) {
      <button type="button" class="button" (click)="cancel()">Hochladen abbrechen</button>
    }
  `,
  styles: `
    :host {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--portal-space-3);
    }
    .mode {
      display: grid;
      gap: var(--portal-space-1);
      border: 0;
      padding: 0;
    }
    legend,
    .drop label,
    .note {
      font-weight: 600;
    }
    .note {
      display: grid;
      gap: var(--portal-space-1);
    }
    .drop {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--portal-space-2);
      padding: var(--portal-space-5);
      border: 2px dashed var(--portal-color-border);
      border-radius: var(--portal-radius);
    }
    .drop.over {
      border-color: var(--portal-color-brand);
      background: var(--portal-color-brand-soft);
    }
    .hint {
      margin: 0;
      color: var(--portal-color-text-muted);
    }
    input[type='file'] {
      max-inline-size: 100%;
    }
    .queue {
      display: grid;
      gap: var(--portal-space-2);
      padding-left: 1.25rem;
    }
    progress {
      width: 12rem;
      margin-left: var(--portal-space-2);
    }
    .status:empty {
      display: none;
    }
    .checking {
      margin-left: var(--portal-space-2);
    }
    .error {
      color: var(--portal-color-error);
      margin-left: var(--portal-space-2);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetUpload {
  readonly assetId = input.required<string>();
  /** Number of the latest version; null before the first upload. */
  readonly latestVersion = input<number | null>(null);
  /** After each stored file (the parent reloads the asset). */
  readonly uploaded = output<AssetVersionDto>();

  private readonly api = inject(CampaignsApi);
  private subscription?: Subscription;

  protected readonly id = ++nextId;
  protected readonly inputId = `portal-asset-upload-${this.id}`;
  protected readonly hintId = `${this.inputId}-hint`;
  protected readonly accept = ASSET_FILE_ACCEPT;
  protected mode: 'version' | 'variant' = 'version';
  protected note = '';
  protected readonly over = signal(false);
  protected readonly busy = signal(false);
  protected readonly queue = signal<QueuedFile[]>([]);
  protected readonly status = signal('');
  protected readonly checkingText = CHECKING_TEXT;

  constructor() {
    inject(DestroyRef).onDestroy(() => this.subscription?.unsubscribe());
  }

  protected drop(event: DragEvent): void {
    event.preventDefault();
    this.over.set(false);
    this.choose(event.dataTransfer?.files ?? null);
  }

  protected choose(files: FileList | null): void {
    if (!files?.length || this.busy()) return;
    this.queue.set(Array.from(files).map((file) => ({ file, percent: 0, state: 'waiting', message: '' })));
    this.busy.set(true);
    void this.run(this.mode === 'version' ? null : this.latestVersion());
  }

  protected cancel(): void {
    this.subscription?.unsubscribe();
    this.busy.set(false);
    this.queue.update((queue) =>
      queue.map((item) =>
        item.state === 'done' ? item : { ...item, state: 'error', message: 'Abgebrochen.' },
      ),
    );
    this.status.set('Das Hochladen wurde abgebrochen.');
  }

  /** Uploads one file after the other; the first of a new version opens it. */
  private async run(version: number | null): Promise<void> {
    let target = version;
    const total = this.queue().length;
    for (let index = 0; index < total && this.busy(); index++) {
      const file = this.queue()[index]?.file;
      if (!file) break;
      const request =
        target === null
          ? this.api.uploadVersion(this.assetId(), file, this.note.trim())
          : this.api.uploadVariant(this.assetId(), target, file);
      const result = await this.send(index, request);
      if (result && target === null) target = result.number;
      // Without a version the remaining files have nothing to attach to.
      if (!result && target === null) break;
    }
    this.busy.set(false);
    const done = this.queue().filter((item) => item.state === 'done').length;
    this.status.set(`${done} von ${total} ${total === 1 ? 'Datei' : 'Dateien'} hochgeladen.`);
    this.note = '';
  }

  private send(
    index: number,
    request: Observable<HttpEvent<AssetVersionDto>>,
  ): Promise<AssetVersionDto | null> {
    const name = this.queue()[index]?.file.name ?? '';
    return new Promise((resolve) => {
      this.patch(index, { state: 'uploading' });
      this.subscription = request.subscribe({
        next: (event) => {
          if (event.type === HttpEventType.UploadProgress) {
            const percent = event.total ? Math.round((100 * event.loaded) / event.total) : 0;
            if (event.total && event.loaded >= event.total) {
              this.patch(index, { percent: 100, state: 'checking' });
              this.status.set(`„${name}“: ${CHECKING_TEXT}`);
              return;
            }
            this.patch(index, { percent });
            this.status.set(`„${name}“ wird hochgeladen … ${Math.floor(percent / 25) * 25} %`);
          } else if (event.type === HttpEventType.Response && event.body) {
            this.patch(index, { percent: 100, state: 'done' });
            this.status.set(`„${name}“ wurde hochgeladen.`);
            this.uploaded.emit(event.body);
            resolve(event.body);
          }
        },
        error: (error: unknown) => {
          this.patch(index, { state: 'error', message: uploadErrorMessage(error) });
          resolve(null);
        },
      });
    });
  }

  private patch(index: number, change: Partial<QueuedFile>): void {
    this.queue.update((queue) => queue.map((item, i) => (i === index ? { ...item, ...change } : item)));
  }
}
