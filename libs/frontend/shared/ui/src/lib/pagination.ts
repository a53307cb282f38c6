import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatButton } from '@angular/material/button';
import { Icon } from './icon';

/**
 * Previous/next pagination with the position in words („Seite 2 von 5“). Buttons at either end stay
 * focusable (aria-disabled) so keyboard focus is not lost when the last page is reached.
 */
@Component({
  selector: 'portal-pagination',
  imports: [MatButton, Icon],
  template: `
    @if (pageCount() > 1) {
      <nav class="pagination" [attr.aria-label]="label()">
        <button
          mat-stroked-button
          type="button"
          [disabled]="!hasPrevious()"
          [disabledInteractive]="true"
          (click)="go(page() - 1)"
        >
          <portal-icon name="arrow-left" />
          Vorherige Seite
        </button>
        <p class="position">Seite {{ page() }} von {{ pageCount() }}</p>
        <button
          mat-stroked-button
          type="button"
          [disabled]="!hasNext()"
          [disabledInteractive]="true"
          (click)="go(page() + 1)"
        >
          Nächste Seite
          <portal-icon name="arrow-right" />
        </button>
      </nav>
    }
  `,
  styles: `
    .pagination {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      justify-content: space-between;
      gap: var(--portal-space-3);
      margin-block: var(--portal-space-5);
    }
    .position {
      margin: 0;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class Pagination {
  /** Current page, 1-based as in the API. */
  readonly page = input.required<number>();
  readonly pageSize = input.required<number>();
  readonly total = input.required<number>();
  readonly label = input('Seitennavigation');
  readonly pageChange = output<number>();

  protected readonly pageCount = computed(() =>
    Math.max(1, Math.ceil(this.total() / Math.max(1, this.pageSize()))),
  );
  protected readonly hasPrevious = computed(() => this.page() > 1);
  protected readonly hasNext = computed(() => this.page() < this.pageCount());

  protected go(target: number): void {
    if (target < 1 || target > this.pageCount() || target === this.page()) return;
    this.pageChange.emit(target);
  }
}
