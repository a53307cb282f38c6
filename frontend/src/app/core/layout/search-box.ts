import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  inject,
  signal,
  viewChild,
} from '@angular/core';
import { Router } from '@angular/router';
import { SEARCH_TYPE_LABELS, SearchSuggestionDto } from '@portal/contracts';
import { SearchApi } from '@portal/frontend/search/data-access';
import { EMPTY, Subject, catchError, map, of, switchMap, timer } from 'rxjs';

const DEBOUNCE_MS = 200;

/**
 * The header search box: a WAI-ARIA combobox (editable, list autocomplete). Typing asks for
 * suggestions (debounced); ↓/↑ move through them (aria-activedescendant, focus stays in the
 * field), Enter opens the active one or the results page, Escape closes the list (a second
 * Escape clears the field). Closing, Enter and choosing cancel a pending request, and answers
 * open the list only while the field has the focus and still holds the text they are for.
 */
@Component({
  selector: 'app-search-box',
  templateUrl: './search-box.html',
  styleUrl: './search-box.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchBox {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  /** Typed text; `null` cancels the pending (debounced or running) request. */
  private readonly typed = new Subject<string | null>();
  private readonly input = viewChild.required<ElementRef<HTMLInputElement>>('input');

  protected readonly labels = SEARCH_TYPE_LABELS;
  protected readonly query = signal('');
  protected readonly suggestions = signal<SearchSuggestionDto[]>([]);
  protected readonly open = signal(false);
  protected readonly active = signal(-1);

  constructor() {
    // switchMap over a timer (not debounceTime) so that a cancel also drops a debounce still waiting.
    const subscription = this.typed
      .pipe(
        switchMap((q) =>
          q === null
            ? EMPTY
            : timer(DEBOUNCE_MS).pipe(
                switchMap(() =>
                  q.trim().length < 2
                    ? of({ suggestions: [] })
                    : this.api.suggest(q).pipe(catchError(() => of({ suggestions: [] }))),
                ),
                map((response) => ({ q, suggestions: response.suggestions })),
              ),
        ),
      )
      .subscribe(({ q, suggestions }) => {
        this.suggestions.set(suggestions);
        this.active.set(-1);
        const current = this.input().nativeElement;
        const stillAsked = current === current.ownerDocument.activeElement && this.query() === q;
        this.open.set(stillAsked && suggestions.length > 0);
      });
    inject(DestroyRef).onDestroy(() => subscription.unsubscribe());
  }

  protected optionId(index: number): string {
    return `portal-search-option-${index}`;
  }

  protected activeDescendant(): string | null {
    return this.open() && this.active() >= 0 ? this.optionId(this.active()) : null;
  }

  protected onInput(value: string): void {
    this.query.set(value);
    this.typed.next(value);
  }

  protected onKeydown(event: KeyboardEvent): void {
    const count = this.suggestions().length;
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (count === 0) return;
        if (!this.open()) this.open.set(true);
        this.active.set((this.active() + 1) % count);
        break;
      case 'ArrowUp':
        event.preventDefault();
        if (count === 0) return;
        if (!this.open()) this.open.set(true);
        this.active.set(this.active() <= 0 ? count - 1 : this.active() - 1);
        break;
      case 'Enter': {
        event.preventDefault();
        const chosen = this.open() ? this.suggestions()[this.active()] : undefined;
        if (chosen) this.choose(chosen);
        else this.submit();
        break;
      }
      case 'Escape':
        if (this.open()) {
          event.preventDefault();
          this.close();
        } else if (this.query()) {
          event.preventDefault();
          this.query.set('');
          this.typed.next('');
        }
        break;
    }
  }

  protected choose(suggestion: SearchSuggestionDto): void {
    this.close();
    void this.router.navigateByUrl(suggestion.path);
  }

  protected submit(): void {
    const q = this.query().trim();
    this.close();
    if (q) void this.router.navigate(['/suche'], { queryParams: { q } });
  }

  protected close(): void {
    this.typed.next(null);
    this.open.set(false);
    this.active.set(-1);
  }
}
