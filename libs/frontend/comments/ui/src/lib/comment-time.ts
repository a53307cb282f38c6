import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { formatBerlinDateTime } from '@portal/frontend/shared/ui';

const RELATIVE = new Intl.RelativeTimeFormat('de-DE', { numeric: 'auto' });
const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * „gerade eben“, „vor 5 Minuten“, „vor 3 Stunden“, „gestern“, „vor 4 Tagen“; from a week on the
 * absolute „25.11.2026, 13:17 Uhr“ (German time), which is more useful than „vor 5 Wochen“.
 */
export function formatCommentTime(iso: string, now: Date = new Date()): string {
  const time = new Date(iso);
  if (Number.isNaN(time.getTime())) return '';
  const ago = now.getTime() - time.getTime();
  if (ago < 0 || ago >= 7 * DAY) return formatBerlinDateTime(iso);
  if (ago < MINUTE) return 'gerade eben';
  if (ago < HOUR) return RELATIVE.format(-Math.floor(ago / MINUTE), 'minute');
  if (ago < DAY) return RELATIVE.format(-Math.floor(ago / HOUR), 'hour');
  return RELATIVE.format(-Math.floor(ago / DAY), 'day');
}

/** A comment's time: relative in words, the exact time as machine-readable value and tooltip. */
@Component({
  selector: 'portal-comment-time',
  template: `<time [attr.datetime]="iso()" [attr.title]="absolute()">{{ text() }}</time>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CommentTime {
  readonly iso = input.required<string>();
  protected readonly text = computed(() => formatCommentTime(this.iso()));
  protected readonly absolute = computed(() => formatBerlinDateTime(this.iso()));
}
