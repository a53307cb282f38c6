import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';

export interface DayCount {
  day: string;
  downloads: number;
}

const WIDTH = 640;
const HEIGHT = 200;
const PAD = 28;

/**
 * Downloads per day as bars (SVG). The picture has a short text alternative; the exact numbers
 * are in the table next to it (rendered by the page), so nothing depends on seeing the chart.
 */
@Component({
  selector: 'portal-downloads-chart',
  template: `
    <svg
      [attr.viewBox]="'0 0 ' + width + ' ' + height"
      role="img"
      [attr.aria-label]="summary()"
      preserveAspectRatio="none"
      class="chart"
    >
      <line
        [attr.x1]="pad"
        [attr.y1]="height - pad"
        [attr.x2]="width"
        [attr.y2]="height - pad"
        class="axis"
      />
      <text [attr.x]="0" [attr.y]="pad - 8" class="label">{{ max() }}</text>
      <text [attr.x]="0" [attr.y]="height - pad + 4" class="label">0</text>
      @for (bar of bars(); track bar.day) {
        <rect
          [attr.x]="bar.x"
          [attr.y]="bar.y"
          [attr.width]="bar.width"
          [attr.height]="bar.height"
          class="bar"
        >
          <title>{{ bar.label }}</title>
        </rect>
      }
      @if (bars().length) {
        <text [attr.x]="pad" [attr.y]="height - 6" class="label">{{ bars()[0]!.short }}</text>
        <text [attr.x]="width" [attr.y]="height - 6" class="label end">
          {{ bars()[bars().length - 1]!.short }}
        </text>
      }
    </svg>
  `,
  styles: `
    .chart {
      width: 100%;
      height: 14rem;
      background: var(--portal-color-surface-raised);
      border: 1px solid var(--portal-color-border);
    }
    .axis {
      stroke: var(--portal-color-text-muted);
    }
    .bar {
      fill: var(--portal-color-brand);
    }
    .label {
      font-size: 12px;
      fill: var(--portal-color-text);
    }
    .end {
      text-anchor: end;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DownloadsChart {
  readonly days = input.required<DayCount[]>();

  protected readonly width = WIDTH;
  protected readonly height = HEIGHT;
  protected readonly pad = PAD;
  protected readonly max = computed(() => Math.max(1, ...this.days().map((day) => day.downloads)));
  protected readonly bars = computed(() => {
    const days = this.days();
    const slot = (WIDTH - PAD) / Math.max(1, days.length);
    const usable = HEIGHT - 2 * PAD;
    return days.map((day, index) => {
      const height = (day.downloads / this.max()) * usable;
      const date = new Date(`${day.day}T12:00:00`);
      return {
        day: day.day,
        x: PAD + index * slot + slot * 0.1,
        width: slot * 0.8,
        y: HEIGHT - PAD - height,
        height,
        short: date.toLocaleDateString('de-DE', { day: '2-digit', month: '2-digit' }),
        label: `${date.toLocaleDateString('de-DE')}: ${day.downloads.toLocaleString('de-DE')} Downloads`,
      };
    });
  });
  protected readonly summary = computed(() => {
    const days = this.days();
    const total = days.reduce((sum, day) => sum + day.downloads, 0);
    const best = days.reduce<DayCount | null>(
      (top, day) => (!top || day.downloads > top.downloads ? day : top),
      null,
    );
    const bestText =
      best && best.downloads > 0
        ? `, die meisten am ${new Date(`${best.day}T12:00:00`).toLocaleDateString('de-DE')} (${best.downloads.toLocaleString('de-DE')})`
        : '';
    return `Säulendiagramm: ${total.toLocaleString('de-DE')} Downloads an ${days.length} Tagen${bestText}. Die Zahlen stehen in der Tabelle darunter.`;
  });
}
