import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
} from '@angular/core';
import { KeyValuePipe } from '@angular/common';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { NonNullableFormBuilder, ReactiveFormsModule, Validators } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatError, MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { Title } from '@angular/platform-browser';
import { Router, RouterLink } from '@angular/router';
import {
  AudienceDto,
  CreateNewsRequest,
  EVERYONE,
  FILE_TEXT_MISSING_LABEL,
  NEWS_CATEGORIES,
  NEWS_CATEGORY_LABELS,
  NEWS_LIMITS,
  NewsCategory,
  NewsDto,
  Permission,
} from '@portal/contracts';
import { NewsApi } from '@portal/frontend/news/data-access';
import { MarkdownToolbar } from '@portal/frontend/news/ui';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import {
  AudiencePicker,
  DateTimePipe,
  FileSizePipe,
  FileUpload,
  FileUploadFn,
  portalTitle,
} from '@portal/frontend/shared/ui';
import { CurrentUser, problemMessage, problemOf } from '@portal/frontend/shared/util';
import {
  Observable,
  catchError,
  debounceTime,
  distinctUntilChanged,
  map,
  of,
  startWith,
  switchMap,
} from 'rxjs';
import { fromLocalInput, toLocalInput } from './local-date-time';

/** `update` saves a live item's changes only: publishing again would re-date it. */
type Action = 'draft' | 'publish' | 'update';

/**
 * /neuigkeiten/neu and /neuigkeiten/:id/bearbeiten — write a news item: Markdown with a small
 * toolbar and the server's live preview, audience, pinning, expiry, and publish now or later.
 */
@Component({
  selector: 'portal-news-editor-page',
  imports: [
    KeyValuePipe,
    ReactiveFormsModule,
    RouterLink,
    MatButton,
    MatCheckbox,
    MatFormField,
    MatLabel,
    MatHint,
    MatError,
    MatInput,
    MarkdownToolbar,
    AudiencePicker,
    FileUpload,
    FileSizePipe,
    DateTimePipe,
  ],
  templateUrl: './news-editor-page.html',
  styleUrl: './news-editor-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsEditorPage {
  /** Route parameter when editing; absent for a new item. */
  readonly id = input<string>();

  private readonly api = inject(NewsApi);
  private readonly router = inject(Router);
  private readonly title = inject(Title);
  private readonly destroyRef = inject(DestroyRef);
  private readonly user = inject(CurrentUser);

  protected readonly limits = NEWS_LIMITS;
  protected readonly categories = NEWS_CATEGORIES;
  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
  protected readonly textMissingLabel = FILE_TEXT_MISSING_LABEL;
  /** Editors write for their own Jobcenter only; network authors choose the audience. */
  protected readonly networkAuthor = this.user.can(Permission.NewsPublishNetwork);
  protected readonly ownOrganisation = computed(() => this.user.me()?.organisation ?? null);
  /** Editors' picker is fixed to their Jobcenter (they may still narrow it by role). */
  protected readonly fixedOrganisationId = computed(() =>
    this.networkAuthor ? null : (this.ownOrganisation()?.id ?? null),
  );
  protected readonly organisations = toSignal(
    inject(OrganisationsApi)
      .all()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );

  protected readonly form = inject(NonNullableFormBuilder).group({
    title: ['', [Validators.required, Validators.maxLength(NEWS_LIMITS.title)]],
    teaser: ['', [Validators.maxLength(NEWS_LIMITS.teaser)]],
    category: ['netzwerk' as NewsCategory, Validators.required],
    body: ['', [Validators.maxLength(NEWS_LIMITS.body)]],
    audience: [EVERYONE as AudienceDto],
    important: [false],
    commentsEnabled: [true],
    pinnedUntil: [''],
    expiresAt: [''],
    publishAt: [''],
  });

  protected readonly loaded = signal<NewsDto | null>(null);
  /** Readers already see it: the main action saves changes and keeps the publication date. */
  protected readonly live = computed(() => {
    const item = this.loaded();
    return item?.status === 'published' && !item.scheduled;
  });
  /** Waiting for its date: „Planung aufheben“ takes it back to a draft. */
  protected readonly scheduled = computed(() => this.loaded()?.scheduled === true);
  /** What just happened, for the polite live region (errors go to the assertive one). */
  protected readonly notice = signal<string | null>(null);
  protected readonly loadFailed = signal(false);
  protected readonly saving = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly fieldErrors = signal<Record<string, string[]>>({});
  protected readonly previewHtml = signal('');
  /** How many active people the chosen audience reaches (null while unknown). */
  protected readonly recipients = signal<number | null>(null);
  protected readonly coverAltText = signal('');
  protected readonly fileError = signal<string | null>(null);

  /** Uploads go to the saved item; the editor reloads it afterwards (files have no version). */
  protected readonly uploadAttachment: FileUploadFn = (file) =>
    this.api.uploadAttachment(this.loaded()?.id ?? '', file);
  protected readonly uploadCover: FileUploadFn = (file) =>
    this.api.setCover(this.loaded()?.id ?? '', file, this.coverAltText());

  constructor() {
    this.form.controls.body.valueChanges
      .pipe(
        debounceTime(400),
        distinctUntilChanged(),
        switchMap((body) => this.api.preview(body)),
        takeUntilDestroyed(),
      )
      .subscribe({ next: (preview) => this.previewHtml.set(preview.html) });

    this.form.controls.audience.valueChanges
      .pipe(
        startWith(this.form.controls.audience.value),
        debounceTime(300),
        switchMap((audience) =>
          this.api.audiencePreview(audience).pipe(
            map((preview) => preview.recipients),
            catchError(() => of(null)),
          ),
        ),
        takeUntilDestroyed(),
      )
      .subscribe((count) => this.recipients.set(count));

    queueMicrotask(() => this.start());
  }

  protected heading(): string {
    return this.id() ? 'Neuigkeit bearbeiten' : 'Neuigkeit schreiben';
  }

  protected onToolbarEdit(text: string): void {
    this.form.controls.body.setValue(text);
    this.form.controls.body.markAsDirty();
  }

  protected submitLabel(): string {
    if (this.live()) return 'Änderungen speichern';
    return this.form.controls.publishAt.value ? 'Veröffentlichung planen' : 'Veröffentlichen';
  }

  /** The form's main button (and Enter): a live item is only saved, anything else published. */
  protected submit(): void {
    this.save(this.live() ? 'update' : 'publish');
  }

  protected save(action: Action): void {
    this.error.set(null);
    this.fieldErrors.set({});
    if (this.form.invalid) {
      this.form.markAllAsTouched();
      this.error.set('Bitte prüfen Sie die markierten Felder.');
      return;
    }
    const value = this.form.getRawValue();
    const existing = this.loaded();
    const request: CreateNewsRequest = {
      title: value.title,
      teaser: value.teaser,
      body: value.body,
      category: value.category,
      important: value.important,
      commentsEnabled: value.commentsEnabled,
      audience: value.audience,
      pinnedUntil: this.keptDate(value.pinnedUntil, existing?.pinnedUntil),
      expiresAt: this.keptDate(value.expiresAt, existing?.expiresAt),
    };
    const saved$: Observable<NewsDto> = existing
      ? this.api.update(existing.id, { ...request, version: existing.version })
      : this.api.create(request);
    this.saving.set(true);
    saved$
      .pipe(
        switchMap((saved) =>
          action === 'publish'
            ? this.api.publish(saved.id, {
                version: saved.version,
                publishAt:
                  this.keptDate(
                    value.publishAt,
                    existing?.status === 'published' ? existing.publishedAt : null,
                  ) ?? undefined,
              })
            : [saved],
        ),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (saved) => {
          this.saving.set(false);
          // A saved draft stays in the editor (now with its files section); published items open.
          void this.router.navigate(
            action === 'draft' ? ['/neuigkeiten', saved.id, 'bearbeiten'] : ['/neuigkeiten', saved.id],
          );
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.fieldErrors.set(problemOf(error)?.errors ?? {});
          this.error.set(problemMessage(error, 'Die Neuigkeit konnte nicht gespeichert werden.'));
        },
      });
  }

  /**
   * Only the scheduling is undone; unsaved changes in the form stay there for „Als Entwurf
   * speichern“ (which now sends the new version).
   */
  protected unschedule(): void {
    const item = this.loaded();
    if (!item) return;
    this.error.set(null);
    this.notice.set(null);
    this.saving.set(true);
    this.api
      .unschedule(item.id, item.version)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (draft) => {
          this.saving.set(false);
          this.loaded.set(draft);
          this.form.controls.publishAt.setValue('');
          this.notice.set(
            'Die Planung ist aufgehoben. Die Neuigkeit ist wieder ein Entwurf und wird nicht veröffentlicht.',
          );
        },
        error: (error: unknown) => {
          this.saving.set(false);
          this.error.set(problemMessage(error, 'Die Planung konnte nicht aufgehoben werden.'));
        },
      });
  }

  protected refreshFiles(): void {
    const item = this.loaded();
    if (!item) return;
    this.api
      .get(item.id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (fresh) => this.loaded.set({ ...item, cover: fresh.cover, attachments: fresh.attachments }),
      });
  }

  protected removeAttachment(fileId: string): void {
    const item = this.loaded();
    if (!item) return;
    this.fileError.set(null);
    this.api.deleteAttachment(item.id, fileId).subscribe({
      next: () => this.refreshFiles(),
      error: (error: unknown) =>
        this.fileError.set(problemMessage(error, 'Der Anhang konnte nicht entfernt werden.')),
    });
  }

  protected removeCover(): void {
    const item = this.loaded();
    if (!item) return;
    this.fileError.set(null);
    this.api.deleteCover(item.id).subscribe({
      next: () => this.refreshFiles(),
      error: (error: unknown) =>
        this.fileError.set(problemMessage(error, 'Das Titelbild konnte nicht entfernt werden.')),
    });
  }

  private start(): void {
    const id = this.id();
    this.title.setTitle(portalTitle(this.heading()));
    if (!this.networkAuthor) this.form.controls.audience.setValue(this.ownAudience());
    if (!id) return;
    this.api
      .get(id)
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (item) => {
          this.loaded.set(item);
          this.form.setValue({
            title: item.title,
            teaser: item.teaser,
            category: item.category,
            body: item.body,
            audience: item.audience,
            important: item.important,
            commentsEnabled: item.commentsEnabled,
            pinnedUntil: toLocalInput(item.pinnedUntil),
            expiresAt: toLocalInput(item.expiresAt),
            publishAt: item.status === 'published' ? toLocalInput(item.publishedAt) : '',
          });
        },
        error: () => this.loadFailed.set(true),
      });
  }

  /**
   * The stored time when the field still shows it: the field has minutes only, and the server
   * accepts a date that has passed (an ended pin, an expiry) only when it is sent back unchanged.
   */
  private keptDate(value: string, stored: string | null | undefined): string | null {
    return stored && value === toLocalInput(stored) ? stored : fromLocalInput(value);
  }

  private ownAudience(): AudienceDto {
    const organisation = this.ownOrganisation();
    return { ...EVERYONE, organisationIds: organisation ? [organisation.id] : [] };
  }
}
