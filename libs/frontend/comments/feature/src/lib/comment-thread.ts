import { HttpErrorResponse } from '@angular/common/http';
import {
  ChangeDetectionStrategy,
  Component,
  Injector,
  afterNextRender,
  computed,
  effect,
  inject,
  input,
  signal,
  untracked,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { CommentDto, CommentTargetType, ProblemDto } from '@portal/contracts';
import { CommentsApi } from '@portal/frontend/comments/data-access';
import { CommentItem, commentElementId } from '@portal/frontend/comments/ui';
import { CommentComposer } from './comment-composer';

/**
 * The comments of one piece of content: `<portal-comment-thread targetType="news" [targetId]="id" />`.
 * Oldest first with „Weitere Kommentare laden“, a form with @mentions, „Hilfreich“, editing and
 * deleting one's own, and removal by moderators. Results are announced in a polite live region.
 */
@Component({
  selector: 'portal-comment-thread',
  imports: [MatButton, CommentItem, CommentComposer],
  template: `
    <section class="thread" aria-labelledby="kommentare-titel">
      <h2 id="kommentare-titel">Kommentare</h2>

      @if (items().length > 0) {
        <ol class="list" aria-labelledby="kommentare-titel">
          @for (comment of items(); track comment.id) {
            <li>
              @if (editingId() === comment.id) {
                <portal-comment-composer
                  #editor
                  [targetType]="targetType()"
                  [targetId]="targetId()"
                  label="Kommentar bearbeiten"
                  submitLabel="Änderung speichern"
                  [cancellable]="true"
                  [busy]="busyId() === comment.id"
                  (submitted)="saveEdit(comment, $event)"
                  (cancelled)="stopEditing(comment)"
                />
              } @else {
                <portal-comment-item
                  [comment]="comment"
                  [busy]="busyId() === comment.id"
                  (helpfulToggled)="setHelpful(comment, $event)"
                  (editRequested)="startEditing(comment)"
                  (deleteConfirmed)="remove(comment)"
                />
              }
            </li>
          }
        </ol>
      } @else if (status() === 'idle') {
        <p class="empty">Noch keine Kommentare.</p>
      }

      <div class="more">
        @if (status() === 'loading') {
          <p>Kommentare werden geladen …</p>
        } @else if (status() === 'error') {
          <p class="error" role="alert">Die Kommentare konnten nicht geladen werden.</p>
          <button mat-stroked-button type="button" (click)="loadMore()">Erneut versuchen</button>
        } @else if (nextCursor()) {
          <button mat-stroked-button type="button" (click)="loadMore()">Weitere Kommentare laden</button>
        }
      </div>

      @if (problem()) {
        <p class="error" role="alert">{{ problem() }}</p>
      }

      @if (acceptsComments()) {
        <portal-comment-composer
          #composer
          [targetType]="targetType()"
          [targetId]="targetId()"
          [busy]="posting()"
          (submitted)="create($event)"
        />
      } @else if (status() !== 'loading') {
        <p class="closed">Kommentare sind für diesen Beitrag geschlossen.</p>
      }

      <p class="visually-hidden announcement" role="status" aria-live="polite">{{ announcement() }}</p>
    </section>
  `,
  styles: `
    .thread {
      max-width: 48rem;
      margin-top: var(--portal-space-7);
    }
    .list {
      display: grid;
      gap: var(--portal-space-3);
      margin: 0 0 var(--portal-space-4);
      padding: 0;
      list-style: none;
    }
    .more {
      margin-bottom: var(--portal-space-4);
    }
    .error {
      color: var(--portal-color-error);
    }
    .empty,
    .closed {
      color: var(--portal-color-text-muted);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentThread {
  readonly targetType = input.required<CommentTargetType>();
  readonly targetId = input.required<string>();
  /** The page may close the thread too; the server's answer has the last word. */
  readonly open = input(true);

  private readonly api = inject(CommentsApi);
  private readonly injector = inject(Injector);
  private readonly composer = viewChild<CommentComposer>('composer');
  private readonly editor = viewChild<CommentComposer>('editor');

  protected readonly items = signal<CommentDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');
  private readonly serverOpen = signal(false);
  protected readonly acceptsComments = computed(() => this.open() && this.serverOpen());
  protected readonly posting = signal(false);
  protected readonly busyId = signal<string | null>(null);
  protected readonly editingId = signal<string | null>(null);
  protected readonly announcement = signal('');
  protected readonly problem = signal('');

  constructor() {
    effect(() => {
      const key = `${this.targetType()}:${this.targetId()}`;
      untracked(() => this.reset(key));
    });
  }

  protected loadMore(): void {
    this.load(this.nextCursor() ?? undefined);
  }

  protected create(body: string): void {
    this.posting.set(true);
    this.problem.set('');
    this.api.create({ targetType: this.targetType(), targetId: this.targetId(), body }).subscribe({
      next: (created) => {
        this.posting.set(false);
        this.items.update((items) => [...items, created]);
        this.composer()?.load(null);
        this.announce('Ihr Kommentar wurde veröffentlicht.');
      },
      error: (error: unknown) => {
        this.posting.set(false);
        this.fail(error, 'Der Kommentar konnte nicht veröffentlicht werden.');
        if (error instanceof HttpErrorResponse && error.status === 409) this.serverOpen.set(false);
      },
    });
  }

  protected startEditing(comment: CommentDto): void {
    this.problem.set('');
    this.editingId.set(comment.id);
    afterNextRender(
      () => {
        this.editor()?.load(comment.body);
        this.editor()?.focus();
      },
      { injector: this.injector },
    );
  }

  protected stopEditing(comment: CommentDto): void {
    this.editingId.set(null);
    this.focusComment(comment.id);
  }

  protected saveEdit(comment: CommentDto, body: string): void {
    this.busyId.set(comment.id);
    this.problem.set('');
    this.api.update(comment.id, { body, version: comment.version }).subscribe({
      next: (updated) => {
        this.busyId.set(null);
        this.replace(updated);
        this.editingId.set(null);
        this.announce('Ihre Änderung wurde gespeichert.');
        this.focusComment(updated.id);
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.fail(error, 'Die Änderung konnte nicht gespeichert werden.');
      },
    });
  }

  protected remove(comment: CommentDto): void {
    this.busyId.set(comment.id);
    this.problem.set('');
    const own = comment.mayEdit;
    this.api.remove(comment.id).subscribe({
      next: () => {
        this.busyId.set(null);
        this.replace({
          ...comment,
          body: null,
          segments: [],
          deleted: { by: own ? 'author' : 'moderation', at: new Date().toISOString() },
          helpful: { count: 0, mine: false },
          mayEdit: false,
          mayDelete: false,
        });
        this.announce(own ? 'Ihr Kommentar wurde gelöscht.' : 'Der Kommentar wurde entfernt.');
        this.focusComment(comment.id);
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.fail(error, 'Der Kommentar konnte nicht gelöscht werden.');
      },
    });
  }

  protected setHelpful(comment: CommentDto, on: boolean): void {
    this.busyId.set(comment.id);
    this.api.setHelpful(comment.id, on).subscribe({
      next: (helpful) => {
        this.busyId.set(null);
        this.replace({ ...comment, helpful });
        this.announce(on ? 'Als hilfreich markiert.' : 'Markierung „Hilfreich“ entfernt.');
      },
      error: (error: unknown) => {
        this.busyId.set(null);
        this.fail(error, 'Die Markierung konnte nicht gespeichert werden.');
      },
    });
  }

  private reset(_key: string): void {
    this.items.set([]);
    this.nextCursor.set(null);
    this.editingId.set(null);
    this.problem.set('');
    this.load(undefined);
  }

  private load(cursor: string | undefined): void {
    this.status.set('loading');
    this.api.list({ targetType: this.targetType(), targetId: this.targetId(), cursor }).subscribe({
      next: (page) => {
        const known = new Set(this.items().map((item) => item.id));
        const fresh = page.items.filter((item) => !known.has(item.id));
        this.items.update((items) => [...items, ...fresh]);
        this.nextCursor.set(page.nextCursor);
        this.serverOpen.set(page.open);
        this.status.set('idle');
        if (cursor) {
          this.announce(
            fresh.length === 1
              ? '1 weiterer Kommentar geladen.'
              : `${fresh.length} weitere Kommentare geladen.`,
          );
          const first = fresh[0];
          if (first) this.focusComment(first.id);
        }
      },
      error: () => this.status.set('error'),
    });
  }

  private replace(updated: CommentDto): void {
    this.items.update((items) => items.map((item) => (item.id === updated.id ? updated : item)));
  }

  private focusComment(id: string): void {
    afterNextRender(() => document.getElementById(commentElementId(id))?.focus(), {
      injector: this.injector,
    });
  }

  private announce(message: string): void {
    // A changed text is announced even when the same message repeats.
    this.announcement.set(this.announcement() === message ? `${message}\u00a0` : message);
  }

  private fail(error: unknown, fallback: string): void {
    const problem = error instanceof HttpErrorResponse ? (error.error as Partial<ProblemDto> | null) : null;
    const fields = Object.values(problem?.errors ?? {}).flat();
    this.problem.set([problem?.detail || fallback, ...fields].join(' '));
  }
}
