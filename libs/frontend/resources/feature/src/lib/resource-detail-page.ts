import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  FILE_TEXT_MISSING_LABEL,
  RESOURCE_STATUS_LABELS,
  ResourceDto,
  ResourceFileDto,
} from '@portal/contracts';
import { CommentThread } from '@portal/frontend/comments/feature';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import {
  describeAudience,
  FilePreview,
  FileSizePipe,
  FileUpload,
  NotFoundNotice,
  portalTitle,
} from '@portal/frontend/shared/ui';
import { problemMessage } from '@portal/frontend/shared/util';
import { catchError, of, switchMap } from 'rxjs';
import { formatCalendarDate, kindLabel, linkLabel } from './resource-format';
import { ResourceRating } from './resource-rating';

/** /digitalisierung/:id — one resource: description, link, files, rating, comments; review and edit for the coordination. */
@Component({
  selector: 'portal-resource-detail-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButton,
    NotFoundNotice,
    FilePreview,
    FileSizePipe,
    FileUpload,
    CommentThread,
    ResourceRating,
  ],
  templateUrl: './resource-detail-page.html',
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceDetailPage {
  readonly id = input.required<string>();

  private readonly api = inject(ResourcesApi);
  private readonly title = inject(Title);
  private readonly router = inject(Router);

  protected readonly statusLabels = RESOURCE_STATUS_LABELS;
  protected readonly textMissingLabel = FILE_TEXT_MISSING_LABEL;
  protected readonly resource = signal<ResourceDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly message = signal('');
  protected readonly error = signal<string | null>(null);
  protected rejectComment = '';

  private readonly loaded = toSignal(
    toObservable(this.id).pipe(switchMap((id) => this.api.get(id).pipe(catchError(() => of(null))))),
  );

  protected readonly kind = computed(() => {
    const resource = this.resource();
    return resource ? kindLabel(resource.kind) : '';
  });
  protected readonly publishedOn = computed(() => formatCalendarDate(this.resource()?.publishedOn));
  protected readonly audienceText = computed(() => {
    const resource = this.resource();
    return resource ? describeAudience(resource.audience) : '';
  });
  protected readonly link = computed(() => linkLabel(this.resource()?.link ?? null));
  protected readonly upload = (file: File) => this.api.uploadFile(this.id(), file);

  constructor() {
    effect(() => {
      const loaded = this.loaded();
      if (loaded === undefined) return;
      this.notFound.set(loaded === null);
      this.resource.set(loaded);
      this.title.setTitle(portalTitle(loaded?.title ?? 'Ressource nicht gefunden'));
    });
  }

  protected accept(resource: ResourceDto): void {
    this.run(this.api.accept(resource.id, resource.version), 'Die Ressource ist veröffentlicht.');
  }

  protected reject(resource: ResourceDto): void {
    if (!this.rejectComment.trim()) {
      this.error.set(
        'Bitte begründen Sie die Ablehnung kurz – die vorschlagende Person erhält den Kommentar.',
      );
      return;
    }
    this.run(
      this.api.reject(resource.id, { version: resource.version, comment: this.rejectComment }),
      'Der Vorschlag wurde abgelehnt.',
    );
  }

  protected recheck(resource: ResourceDto): void {
    this.api.recheckLink(resource.id).subscribe({
      next: () => this.message.set('Der Link wird gleich geprüft. Laden Sie die Seite später neu.'),
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Die Prüfung konnte nicht gestartet werden.')),
    });
  }

  protected remove(resource: ResourceDto): void {
    if (!confirm(`„${resource.title}“ wirklich löschen? Bewertungen, Kommentare und Dateien gehen verloren.`))
      return;
    this.api.remove(resource.id).subscribe({
      next: () => void this.router.navigate(['/digitalisierung']),
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Die Ressource konnte nicht gelöscht werden.')),
    });
  }

  protected fileAdded(): void {
    this.reload('Die Datei wurde hinzugefügt.');
  }

  protected removeFile(resource: ResourceDto, file: ResourceFileDto): void {
    if (!confirm(`Datei „${file.name}“ entfernen?`)) return;
    this.api.removeFile(resource.id, file.id).subscribe({
      next: () => this.reload('Die Datei wurde entfernt.'),
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Die Datei konnte nicht entfernt werden.')),
    });
  }

  private run(action: ReturnType<ResourcesApi['accept']>, done: string): void {
    this.error.set(null);
    action.subscribe({
      next: (resource) => {
        this.resource.set(resource);
        this.message.set(done);
      },
      error: (error: unknown) => this.error.set(problemMessage(error, 'Das hat nicht geklappt.')),
    });
  }

  private reload(done: string): void {
    this.api.get(this.id()).subscribe({
      next: (resource) => {
        this.resource.set(resource);
        this.message.set(done);
      },
    });
  }
}
