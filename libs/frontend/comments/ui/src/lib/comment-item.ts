import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  Injector,
  afterNextRender,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { CommentDto } from '@portal/contracts';
import { CommentTime } from './comment-time';

/**
 * One comment: author, time, the body as text and mentions (never HTML), „Hilfreich“, and edit or
 * delete where the server allows it. Deleting asks for confirmation in place.
 */
@Component({
  selector: 'portal-comment-item',
  imports: [MatButton, CommentTime],
  template: `
    <article class="comment" tabindex="-1" [id]="articleId()" [attr.aria-labelledby]="headingId()">
      <header class="header">
        <h3 class="author" [id]="headingId()">
          @if (comment().deleted) {
            <span class="visually-hidden">Gelöschter Kommentar</span>
          } @else {
            {{ comment().author?.displayName ?? 'ehemalige Person' }}
          }
        </h3>
        <p class="meta">
          <portal-comment-time [iso]="comment().createdAt" />
          @if (comment().editedAt && !comment().deleted) {
            <span>(bearbeitet)</span>
          }
        </p>
      </header>

      @if (comment().deleted; as deleted) {
        <p class="deleted">
          {{ deleted.by === 'moderation' ? 'Von der Moderation entfernt' : 'Kommentar gelöscht' }}
        </p>
      } @else {
        <p class="body">
          @for (segment of comment().segments; track $index) {
            @if (segment.type === 'mention') {
              <span class="mention">&#64;{{ segment.displayName }}</span>
            } @else {
              {{ segment.text }}
            }
          }
        </p>

        @if (confirming()) {
          <div class="confirm" role="group" [attr.aria-label]="confirmQuestion()">
            <p>{{ confirmQuestion() }}</p>
            <button
              #confirmButton
              mat-flat-button
              type="button"
              (click)="confirmDelete()"
              [disabled]="busy()"
            >
              {{ ownComment() ? 'Ja, löschen' : 'Ja, entfernen' }}
            </button>
            <button mat-stroked-button type="button" (click)="cancelDelete()">Abbrechen</button>
          </div>
        } @else {
          <div class="actions">
            <button
              mat-stroked-button
              type="button"
              class="helpful"
              [attr.aria-pressed]="comment().helpful.mine"
              [disabled]="busy()"
              (click)="helpfulToggled.emit(!comment().helpful.mine)"
            >
              Hilfreich
              <span class="count" aria-hidden="true">{{ comment().helpful.count }}</span>
              <span class="visually-hidden">({{ helpfulCount() }})</span>
            </button>
            @if (comment().mayEdit) {
              <button mat-stroked-button type="button" [disabled]="busy()" (click)="editRequested.emit()">
                Bearbeiten
              </button>
            }
            @if (comment().mayDelete) {
              <button
                #deleteButton
                mat-stroked-button
                type="button"
                [disabled]="busy()"
                (click)="askDelete()"
              >
                {{ ownComment() ? 'Löschen' : 'Entfernen (Moderation)' }}
              </button>
            }
          </div>
        }
      }
    </article>
  `,
  styles: `
    .comment {
      padding: var(--portal-space-3) var(--portal-space-4);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .header {
      display: flex;
      flex-wrap: wrap;
      align-items: baseline;
      gap: var(--portal-space-1) var(--portal-space-3);
    }
    .author {
      margin: 0;
      font-size: var(--portal-font-size-md);
    }
    .meta {
      display: flex;
      gap: var(--portal-space-2);
      margin: 0;
      color: var(--portal-color-text-muted);
      font-size: var(--portal-font-size-sm);
    }
    .body {
      margin: var(--portal-space-2) 0;
      white-space: pre-wrap;
    }
    .mention {
      font-weight: 600;
      color: var(--portal-color-brand);
    }
    .deleted {
      margin: var(--portal-space-2) 0 0;
      font-style: italic;
      color: var(--portal-color-text-muted);
    }
    .actions,
    .confirm {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portal-space-2);
    }
    .confirm p {
      margin: 0;
      font-weight: 600;
    }
    .count {
      margin-left: var(--portal-space-1);
      font-variant-numeric: tabular-nums;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentItem {
  readonly comment = input.required<CommentDto>();
  /** The signed-in user, to tell deleting one's own from moderating. */
  readonly viewerId = input<string | null>(null);
  /** A request for this comment is running. */
  readonly busy = input(false);

  readonly helpfulToggled = output<boolean>();
  readonly editRequested = output<void>();
  readonly deleteConfirmed = output<void>();

  private readonly injector = inject(Injector);
  private readonly confirmButton = viewChild('confirmButton', { read: ElementRef<HTMLButtonElement> });
  private readonly deleteButton = viewChild('deleteButton', { read: ElementRef<HTMLButtonElement> });

  protected readonly confirming = signal(false);
  protected readonly headingId = computed(() => `kommentar-${this.comment().id}-autor`);
  protected readonly articleId = computed(() => commentElementId(this.comment().id));
  protected readonly ownComment = computed(
    () => this.comment().mayEdit || this.comment().author?.id === this.viewerId(),
  );
  protected readonly confirmQuestion = computed(() =>
    this.ownComment() ? 'Diesen Kommentar wirklich löschen?' : 'Diesen Kommentar als Moderation entfernen?',
  );
  protected readonly helpfulCount = computed(() => {
    const count = this.comment().helpful.count;
    return count === 1
      ? '1 Person fand das hilfreich'
      : `${count.toLocaleString('de-DE')} Personen fanden das hilfreich`;
  });

  protected askDelete(): void {
    this.confirming.set(true);
    afterNextRender(() => this.confirmButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected cancelDelete(): void {
    this.confirming.set(false);
    afterNextRender(() => this.deleteButton()?.nativeElement.focus(), { injector: this.injector });
  }

  protected confirmDelete(): void {
    this.confirming.set(false);
    this.deleteConfirmed.emit();
  }
}

/** The id of a comment's article, for moving focus to it (it has tabindex -1). */
export function commentElementId(commentId: string): string {
  return `kommentar-${commentId}`;
}
