import { ChangeDetectionStrategy, Component, computed, input, output, signal } from '@angular/core';
import type { Bundesland, OrganisationStateCountDto } from '@portal/contracts';
import { GERMANY_MAP_VIEWBOX, LAND_SHAPES } from './germany-map-shapes';

/** „1 kommunales Jobcenter“, „16 kommunale Jobcenter“. */
export function jobcenterCountLabel(count: number): string {
  return count === 1 ? '1 kommunales Jobcenter' : `${count} kommunale Jobcenter`;
}

/**
 * Overview map of the kommunale Jobcenter per Land: an inline SVG (no tiles, no requests), each Land
 * with Jobcenter a keyboard-focusable link named „Hessen: 16 kommunale Jobcenter“; Länder without
 * one are drawn but not linked. The same figures as a table, always there for screen readers and
 * shown on request.
 */
@Component({
  selector: 'portal-germany-map',
  templateUrl: './germany-map.html',
  styleUrl: './germany-map.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class GermanyMap {
  readonly counts = input.required<readonly OrganisationStateCountDto[]>();
  /** Where a Land links to (the filtered list). */
  readonly hrefFor = input.required<(state: Bundesland) => string>();
  readonly selected = output<Bundesland>();

  protected readonly viewBox = GERMANY_MAP_VIEWBOX;
  protected readonly tableVisible = signal(false);
  protected readonly lands = computed(() => {
    const counts = new Map(this.counts().map((entry) => [entry.state, entry.jobcenterCount]));
    return LAND_SHAPES.map((shape) => {
      const count = counts.get(shape.state) ?? 0;
      return { ...shape, count, label: `${shape.state}: ${jobcenterCountLabel(count)}` };
    });
  });
  protected readonly total = computed(() =>
    this.counts().reduce((sum, entry) => sum + entry.jobcenterCount, 0),
  );

  protected follow(event: Event, state: Bundesland): void {
    // A plain click navigates inside the app; modified clicks (new tab) keep the browser's behaviour.
    if (
      event instanceof MouseEvent &&
      (event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0)
    )
      return;
    event.preventDefault();
    this.selected.emit(state);
  }

  protected toggleTable(): void {
    this.tableVisible.update((visible) => !visible);
  }
}
