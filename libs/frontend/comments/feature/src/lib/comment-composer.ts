import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { MatButton } from '@angular/material/button';
import { COMMENT_LIMITS, CommentTargetType, MentionSuggestionDto } from '@portal/contracts';
import {
  CommentsApi,
  DraftMention,
  bodyFromDraft,
  draftFromBody,
  mentionQueryAt,
} from '@portal/frontend/comments/data-access';
import { Subject, catchError, debounceTime, distinctUntilChanged, of, switchMap } from 'rxjs';

let nextId = 0;

/**
 * Writing or editing a comment. Typing „@“ and two letters offers people who can see the content
 * (WAI-ARIA combobox pattern on the text area: arrow keys choose, Enter or Tab inserts, Escape
 * closes). The person sees „@Maria Muster“; the body sent carries the mention token.
 */
@Component({
  selector: 'portal-comment-composer',
  imports: [MatButton],
  template: `
    <form class="composer" (submit)="submit($event)" novalidate>
      <label class="label" [for]="fieldId">{{ label() }}</label>
      <div class="field">
        <textarea
          #field
          [id]="fieldId"
          rows="4"
          [value]="text()"
          [attr.aria-describedby]="hintId + ' ' + counterId + (error() ? ' ' + errorId : '')"
          [attr.aria-invalid]="error() ? true : null"
          aria-autocomplete="list"
          [attr.aria-controls]="expanded() ? listboxId : null"
          [attr.aria-activedescendant]="activeOptionId()"
          (input)="onInput()"
          (keydown)="onKeydown($event)"
          (click)="updateQuery()"
          (blur)="close()"
        ></textarea>
        @if (expanded()) {
          <ul class="suggestions" role="listbox" [id]="listboxId" aria-label="Personen erwähnen">
            @for (person of suggestions(); track person.id; let index = $index) {
              <li
                role="option"
                [id]="optionId(index)"
                [attr.aria-selected]="index === active()"
                [class.active]="index === active()"
                (mousedown)="$event.preventDefault(); pick(person)"
              >
                {{ person.displayName }}
                @if (person.organisationName) {
                  <span class="organisation">– {{ person.organisationName }}</span>
                }
              </li>
            }
          </ul>
        }
      </div>
      <p class="hint" [id]="hintId">Mit @ und mindestens zwei Buchstaben erwähnen Sie eine Person.</p>
      <p class="counter" [id]="counterId" [class.over]="tooLong()">
        {{ length().toLocaleString('de-DE') }} von {{ max.toLocaleString('de-DE') }} Zeichen
      </p>
      @if (error(); as error) {
        <p class="error" [id]="errorId">{{ error }}</p>
      }
      <p class="visually-hidden" role="status" aria-live="polite">{{ suggestionStatus() }}</p>
      <div class="buttons">
        <button mat-flat-button type="submit" [disabled]="busy()">{{ submitLabel() }}</button>
        @if (cancellable()) {
          <button mat-stroked-button type="button" (click)="cancelled.emit()">Abbrechen</button>
        }
      </div>
    </form>
  `,
  styles: `
    .composer {
      display: grid;
      gap: var(--portal-space-2);
    }
    .label {
      font-weight: 600;
    }
    .field {
      position: relative;
    }
    textarea {
      width: 100%;
      padding: var(--portal-space-2);
      font: inherit;
      border: 1px solid var(--portal-color-text-muted);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
      color: var(--portal-color-text);
      resize: vertical;
    }
    .suggestions {
      position: absolute;
      z-index: 10;
      left: 0;
      right: 0;
      margin: 0;
      padding: var(--portal-space-1) 0;
      list-style: none;
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
      box-shadow: 0 4px 12px rgb(0 0 0 / 15%);
    }
    .suggestions li {
      padding: var(--portal-space-2) var(--portal-space-3);
      cursor: pointer;
    }
    .suggestions li.active {
      background: var(--portal-color-brand-soft);
      outline: 2px solid var(--portal-focus-color);
      outline-offset: -2px;
    }
    .organisation {
      color: var(--portal-color-text-muted);
    }
    .hint,
    .counter {
      margin: 0;
      color: var(--portal-color-text-muted);
      font-size: var(--portal-font-size-sm);
    }
    .counter.over,
    .error {
      color: var(--portal-color-error);
      margin: 0;
    }
    .buttons {
      display: flex;
      gap: var(--portal-space-2);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentComposer {
  readonly targetType = input.required<CommentTargetType>();
  readonly targetId = input.required<string>();
  readonly label = input('Kommentar schreiben');
  readonly submitLabel = input('Kommentar veröffentlichen');
  readonly cancellable = input(false);
  readonly busy = input(false);

  /** The body to send (with mention tokens), already trimmed and within the limit. */
  readonly submitted = output<string>();
  readonly cancelled = output<void>();

  private readonly api = inject(CommentsApi);
  private readonly field = viewChild.required<ElementRef<HTMLTextAreaElement>>('field');

  protected readonly max = COMMENT_LIMITS.body;
  protected readonly fieldId = `kommentar-feld-${++nextId}`;
  protected readonly hintId = `${this.fieldId}-hinweis`;
  protected readonly counterId = `${this.fieldId}-zaehler`;
  protected readonly errorId = `${this.fieldId}-fehler`;
  protected readonly listboxId = `${this.fieldId}-vorschlaege`;

  protected readonly text = signal('');
  private readonly mentions = signal<DraftMention[]>([]);
  protected readonly suggestions = signal<MentionSuggestionDto[]>([]);
  protected readonly active = signal(-1);
  private readonly query = signal<{ start: number; query: string } | null>(null);
  private readonly queries = new Subject<string>();

  protected readonly body = computed(() =>
    bodyFromDraft({ text: this.text(), mentions: this.mentions() }).trim(),
  );
  protected readonly length = computed(() => this.body().length);
  protected readonly tooLong = computed(() => this.length() > this.max);
  private readonly emptySubmitted = signal(false);
  protected readonly error = computed(() => {
    if (this.tooLong()) return 'Der Kommentar ist zu lang. Bitte kürzen Sie ihn.';
    return this.emptySubmitted() && this.length() === 0 ? 'Bitte schreiben Sie zuerst Ihren Kommentar.' : '';
  });
  protected readonly expanded = computed(() => this.query() !== null && this.suggestions().length > 0);
  protected readonly activeOptionId = computed(() =>
    this.expanded() && this.active() >= 0 ? this.optionId(this.active()) : null,
  );
  protected readonly suggestionStatus = computed(() => {
    if (!this.expanded()) return '';
    const count = this.suggestions().length;
    return `${count} ${count === 1 ? 'Vorschlag' : 'Vorschläge'}. Pfeiltasten wählen, Eingabetaste übernimmt.`;
  });

  constructor() {
    this.queries
      .pipe(
        debounceTime(200),
        distinctUntilChanged(),
        switchMap((q) =>
          q.length < COMMENT_LIMITS.suggestionMinChars
            ? of([])
            : this.api
                .mentionSuggestions({ q, targetType: this.targetType(), targetId: this.targetId() })
                .pipe(catchError(() => of([]))),
        ),
        takeUntilDestroyed(inject(DestroyRef)),
      )
      .subscribe((people) => {
        this.suggestions.set(people);
        this.active.set(people.length > 0 ? 0 : -1);
      });
  }

  /** Starts from a stored body (editing) or empty (new comment). */
  load(body: string | null): void {
    const draft = draftFromBody(body ?? '');
    this.text.set(draft.text);
    this.mentions.set(draft.mentions);
    this.emptySubmitted.set(false);
    this.close();
  }

  focus(): void {
    this.field().nativeElement.focus();
  }

  protected optionId(index: number): string {
    return `${this.listboxId}-${index}`;
  }

  protected onInput(): void {
    this.text.set(this.field().nativeElement.value);
    this.updateQuery();
  }

  protected updateQuery(): void {
    const element = this.field().nativeElement;
    const found = mentionQueryAt(element.value, element.selectionStart ?? element.value.length);
    this.query.set(found);
    if (!found) this.suggestions.set([]);
    this.queries.next(found?.query ?? '');
  }

  protected onKeydown(event: KeyboardEvent): void {
    if (!this.expanded()) return;
    const count = this.suggestions().length;
    if (event.key === 'ArrowDown') {
      event.preventDefault();
      this.active.set((this.active() + 1) % count);
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      this.active.set((this.active() - 1 + count) % count);
    } else if (event.key === 'Enter' || event.key === 'Tab') {
      const person = this.suggestions()[this.active()];
      if (person) {
        event.preventDefault();
        this.pick(person);
      }
    } else if (event.key === 'Escape') {
      event.preventDefault();
      this.close();
    }
  }

  /** Replaces the typed „@Mar“ with „@Maria Muster “ and remembers whom it stands for. */
  protected pick(person: MentionSuggestionDto): void {
    const found = this.query();
    const element = this.field().nativeElement;
    if (!found) return;
    const caret = element.selectionStart ?? element.value.length;
    const inserted = `@${person.displayName} `;
    const value = element.value.slice(0, found.start) + inserted + element.value.slice(caret);
    element.value = value;
    const position = found.start + inserted.length;
    element.setSelectionRange(position, position);
    this.text.set(value);
    this.mentions.update((mentions) => [
      ...mentions.filter((mention) => mention.userId !== person.id),
      { userId: person.id, displayName: person.displayName },
    ]);
    this.close();
  }

  protected close(): void {
    this.query.set(null);
    this.suggestions.set([]);
    this.active.set(-1);
  }

  protected submit(event: Event): void {
    event.preventDefault();
    this.close();
    const body = this.body();
    this.emptySubmitted.set(body.length === 0);
    if (body.length === 0 || this.tooLong()) {
      this.focus();
      return;
    }
    this.submitted.emit(body);
  }
}
