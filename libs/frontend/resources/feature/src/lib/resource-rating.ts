import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { MatButton } from '@angular/material/button';
import { ResourceRatingDto } from '@portal/contracts';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { problemMessage } from '@portal/frontend/shared/util';
import { ratingLabel } from './resource-format';

let nextId = 0;

/**
 * Usefulness rating as a native radio group (arrow keys move and choose, the legend names the
 * question; the radios stay enabled while saving so keyboard focus is never lost). Only the average and the count are shown; the own choice is remembered.
 */
@Component({
  selector: 'portal-resource-rating',
  imports: [MatButton],
  template: `
    <p class="summary" [id]="summaryId">Durchschnitt: {{ summary() }}</p>
    @if (enabled()) {
      <fieldset [attr.aria-describedby]="summaryId">
        <legend>Wie nützlich ist diese Ressource für Sie?</legend>
        <div class="options">
          @for (option of options; track option.value) {
            <label>
              <input
                type="radio"
                [name]="groupName"
                [value]="option.value"
                [checked]="current().mine === option.value"
                (change)="rate(option.value)"
              />
              {{ option.label }}
            </label>
          }
        </div>
      </fieldset>
      @if (current().mine !== null) {
        <button mat-stroked-button type="button" [disabled]="saving()" (click)="clear()">
          Meine Bewertung entfernen
        </button>
      }
    }
    <p class="status" aria-live="polite">{{ message() }}</p>
  `,
  styles: `
    fieldset {
      border: 1px solid var(--portal-color-border);
      border-radius: 4px;
      padding: var(--portal-space-2) var(--portal-space-3);
    }
    .options {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2) var(--portal-space-4);
    }
    .summary {
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceRating {
  readonly resourceId = input.required<string>();
  readonly rating = input.required<ResourceRatingDto>();
  readonly enabled = input(true);

  private readonly api = inject(ResourcesApi);
  protected readonly groupName = `resource-rating-${++nextId}`;
  protected readonly summaryId = `${this.groupName}-summary`;
  protected readonly options = [
    { value: 1, label: '1 – kaum nützlich' },
    { value: 2, label: '2' },
    { value: 3, label: '3' },
    { value: 4, label: '4' },
    { value: 5, label: '5 – sehr nützlich' },
  ];
  protected readonly current = linkedSignal(() => this.rating());
  protected readonly summary = computed(() => ratingLabel(this.current()));
  protected readonly saving = signal(false);
  protected readonly message = signal('');

  protected rate(value: number): void {
    this.saving.set(true);
    this.api.rate(this.resourceId(), value).subscribe({
      next: (rating) => {
        this.current.set(rating);
        this.saving.set(false);
        this.message.set(`Ihre Bewertung (${value} von 5) ist gespeichert.`);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.message.set(problemMessage(error, 'Die Bewertung konnte nicht gespeichert werden.'));
      },
    });
  }

  protected clear(): void {
    this.saving.set(true);
    this.api.unrate(this.resourceId()).subscribe({
      next: (rating) => {
        this.current.set(rating);
        this.saving.set(false);
        this.message.set('Ihre Bewertung wurde entfernt.');
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.message.set(problemMessage(error, 'Die Bewertung konnte nicht entfernt werden.'));
      },
    });
  }
}
