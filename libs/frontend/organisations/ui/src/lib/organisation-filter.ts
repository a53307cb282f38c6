import { ChangeDetectionStrategy, Component, input, output } from '@angular/core';
import { MatFormField, MatHint, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { BUNDESLAENDER, NATIONAL_STATE, ORGANISATION_CATEGORIES } from '@portal/contracts';

/**
 * Filter form of the directory: Bundesland, category and name search. It only reports changes; the page
 * decides when to search (debouncing) and keeps the state in the URL. Native controls keep the
 * platform's accessibility (keyboard, screen readers, mobile pickers).
 */
@Component({
  selector: 'portal-organisation-filter',
  imports: [MatFormField, MatLabel, MatHint, MatInput],
  templateUrl: './organisation-filter.html',
  styleUrl: './organisation-filter.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationFilter {
  /** Selected Bundesland, `Bund` for the national associations, or '' for all. */
  readonly state = input('');
  readonly query = input('');
  /** Selected category or '' for all. */
  readonly category = input('');
  readonly stateChange = output<string>();
  readonly categoryChange = output<string>();
  readonly queryChange = output<string>();
  /** Enter in the search field: search now instead of waiting for the debounce. */
  readonly searchSubmit = output<string>();

  protected readonly states = BUNDESLAENDER;
  protected readonly nationalState = NATIONAL_STATE;
  protected readonly categories = ORGANISATION_CATEGORIES;

  protected onCategoryChange(event: Event): void {
    this.categoryChange.emit((event.target as HTMLSelectElement).value);
  }

  protected onStateChange(event: Event): void {
    this.stateChange.emit((event.target as HTMLSelectElement).value);
  }

  protected onQueryInput(event: Event): void {
    this.queryChange.emit((event.target as HTMLInputElement).value);
  }

  protected onSubmit(event: Event, value: string): void {
    event.preventDefault();
    this.searchSubmit.emit(value);
  }
}
