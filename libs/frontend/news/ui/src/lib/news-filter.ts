import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { MatCheckbox } from '@angular/material/checkbox';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { BUNDESLAENDER, NATIONAL_STATE, NEWS_CATEGORIES, NEWS_CATEGORY_LABELS } from '@portal/contracts';

/** The filter of the news list as it lives in the URL ('' = not set). */
export interface NewsFilterValue {
  q: string;
  category: string;
  state: string;
  from: string;
  to: string;
  archived: boolean;
}

export const EMPTY_NEWS_FILTER: NewsFilterValue = {
  q: '',
  category: '',
  state: '',
  from: '',
  to: '',
  archived: false,
};

/**
 * Search words, category, Land, period and the archive switch. Applied on submit (Enter or the
 * button), so nothing moves while someone is still choosing. Native controls keep the platform's
 * accessibility (keyboard, screen readers, date pickers).
 */
@Component({
  selector: 'portal-news-filter',
  imports: [MatFormField, MatLabel, MatHint, MatInput, MatButton, MatCheckbox],
  template: `
    <form class="filter" role="search" aria-label="Neuigkeiten filtern" (submit)="submit($event, form)" #form>
      <mat-form-field class="words">
        <mat-label>Suchbegriffe</mat-label>
        <input matInput name="q" type="search" autocomplete="off" maxlength="200" [value]="value().q" />
        <mat-hint>Phrasen in Anführungszeichen, -Wort schließt aus</mat-hint>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Kategorie</mat-label>
        <select matNativeControl name="category">
          <option value="" [selected]="value().category === ''">Alle Kategorien</option>
          @for (category of categories; track category) {
            <option [value]="category" [selected]="value().category === category">
              {{ categoryLabels[category] }}
            </option>
          }
        </select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Bundesland</mat-label>
        <select matNativeControl name="state">
          <option value="" [selected]="value().state === ''">Alle Länder</option>
          <option [value]="national" [selected]="value().state === national">
            Bund (kommunale Spitzenverbände)
          </option>
          @for (land of states; track land) {
            <option [value]="land" [selected]="value().state === land">{{ land }}</option>
          }
        </select>
      </mat-form-field>
      <mat-form-field>
        <mat-label>Veröffentlicht ab</mat-label>
        <input matInput name="from" type="date" [value]="value().from" />
      </mat-form-field>
      <mat-form-field>
        <mat-label>Veröffentlicht bis</mat-label>
        <input matInput name="to" type="date" [value]="value().to" />
      </mat-form-field>
      <mat-checkbox name="archived" [checked]="value().archived">Archiv durchsuchen</mat-checkbox>
      <div class="buttons">
        <button mat-flat-button type="submit">Filtern</button>
        <button mat-stroked-button type="button" (click)="valueChange.emit(empty)">Zurücksetzen</button>
      </div>
    </form>
  `,
  styles: `
    .filter {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: var(--portal-space-2) var(--portal-space-4);
      margin-bottom: var(--portal-space-4);
    }
    mat-form-field {
      flex: 1 1 12rem;
      min-width: 0;
    }
    .words {
      flex-basis: 100%;
    }
    .buttons {
      display: flex;
      gap: var(--portal-space-2);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NewsFilter {
  readonly value = input<NewsFilterValue>(EMPTY_NEWS_FILTER);
  readonly valueChange = output<NewsFilterValue>();

  protected readonly categories = NEWS_CATEGORIES;
  protected readonly categoryLabels = NEWS_CATEGORY_LABELS;
  protected readonly states = BUNDESLAENDER;
  /** News of the national associations (and for a national audience). */
  protected readonly national = NATIONAL_STATE;
  protected readonly empty = EMPTY_NEWS_FILTER;

  protected submit(event: Event, form: HTMLFormElement): void {
    event.preventDefault();
    const data = new FormData(form);
    const text = (name: string) => String(data.get(name) ?? '').trim();
    this.valueChange.emit({
      q: text('q'),
      category: text('category'),
      state: text('state'),
      from: text('from'),
      to: text('to'),
      archived: (form.querySelector('input[type=checkbox]') as HTMLInputElement | null)?.checked ?? false,
    });
  }
}
