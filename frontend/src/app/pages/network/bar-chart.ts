import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface ChartSeries {
  name: string;
  /** CSS colour (design tokens); each series also gets its own pattern-free position in the group. */
  colour: string;
}

export interface ChartBar {
  label: string;
  values: number[];
}

const ROW = 22;
const GAP = 10;
const LABEL_WIDTH = 190;
const WIDTH = 640;
const VALUE_WIDTH = 70;

/**
 * A horizontal bar chart as inline SVG: role="img", named by its heading and described by a
 * summary; the numbers themselves are in the data table the page shows with every chart (screen
 * readers read that table, the SVG is the picture of it).
 */
@Component({
  selector: 'app-bar-chart',
  template: `
    <svg
      role="img"
      [attr.aria-labelledby]="chartId() + '-title ' + chartId() + '-desc'"
      [attr.viewBox]="'0 0 ' + width + ' ' + height()"
      [attr.width]="width"
      [attr.height]="height()"
      class="chart"
    >
      <title [attr.id]="chartId() + '-title'">{{ title() }}</title>
      <desc [attr.id]="chartId() + '-desc'">{{ description() }}</desc>
      @for (bar of layout(); track bar.label) {
        <text
          [attr.x]="labelWidth - 8"
          [attr.y]="bar.y + barHeight(bar) / 2 + 4"
          text-anchor="end"
          class="label"
        >
          {{ bar.shortLabel }}
        </text>
        @for (value of bar.values; track $index) {
          <rect
            [attr.x]="labelWidth"
            [attr.y]="bar.y + $index * rowHeight"
            [attr.width]="scale(value)"
            [attr.height]="rowHeight - 4"
            [attr.fill]="series()[$index]?.colour ?? 'currentColor'"
          />
          <text
            [attr.x]="labelWidth + scale(value) + 6"
            [attr.y]="bar.y + $index * rowHeight + rowHeight / 2 + 2"
            class="value"
          >
            {{ format()(value) }}
          </text>
        }
      }
    </svg>
    @if (series().length > 1) {
      <ul class="legend" aria-hidden="true">
        @for (entry of series(); track entry.name) {
          <li>
            <svg class="swatch" width="12" height="12" aria-hidden="true">
              <rect width="12" height="12" [attr.fill]="entry.colour" />
            </svg>
            {{ entry.name }}
          </li>
        }
      </ul>
    }
  `,
  styles: `
    :host {
      display: block;
      overflow-x: auto;
    }
    .chart {
      max-width: 100%;
      height: auto;
    }
    .label,
    .value {
      font-size: 12px;
      fill: var(--portal-color-text, #1a1a1a);
    }
    .legend {
      display: flex;
      gap: var(--portal-space-4);
      list-style: none;
      padding: 0;
      font-size: 0.875rem;
    }
    .swatch {
      display: inline-block;
      width: 0.8em;
      height: 0.8em;
      margin-right: 0.3em;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class BarChart {
  readonly chartId = input.required<string>();
  readonly title = input.required<string>();
  readonly description = input.required<string>();
  readonly bars = input.required<ChartBar[]>();
  readonly series = input<ChartSeries[]>([{ name: 'Wert', colour: 'var(--portal-color-primary, #00508c)' }]);
  readonly format = input<(value: number) => string>((value) => value.toLocaleString('de-DE'));

  protected readonly width = WIDTH;
  protected readonly labelWidth = LABEL_WIDTH;
  protected readonly rowHeight = ROW;

  private readonly max = computed(() => Math.max(1, ...this.bars().flatMap((bar) => bar.values)));
  protected readonly layout = computed(() => {
    let y = GAP;
    return this.bars().map((bar) => {
      const placed = {
        ...bar,
        y,
        shortLabel: bar.label.length > 28 ? `${bar.label.slice(0, 27)}…` : bar.label,
      };
      y += bar.values.length * ROW + GAP;
      return placed;
    });
  });
  protected readonly height = computed(() =>
    Math.max(
      40,
      this.bars().reduce((sum, bar) => sum + bar.values.length * ROW + GAP, GAP),
    ),
  );

  protected barHeight(bar: ChartBar): number {
    return bar.values.length * ROW - 4;
  }

  protected scale(value: number): number {
    return Math.round((value / this.max()) * (WIDTH - LABEL_WIDTH - VALUE_WIDTH));
  }
}
