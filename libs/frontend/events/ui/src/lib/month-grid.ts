import type { EventSummaryDto } from '@portal/contracts';
import { addDays, dayFromKey, eventDayKeys, utcDayKey } from './event-dates';

export interface GridDay {
  key: string;
  dayOfMonth: number;
  inMonth: boolean;
  isToday: boolean;
  /** „Mittwoch, 25. November 2026“ for screen readers. */
  label: string;
  events: EventSummaryDto[];
}

export interface MonthGrid {
  /** „November 2026“ */
  title: string;
  weeks: GridDay[][];
  /** Range to load: generous around the grid (time zones), well below the API's 62 days. */
  from: Date;
  to: Date;
}

export const WEEKDAYS: readonly { short: string; long: string }[] = [
  { short: 'Mo', long: 'Montag' },
  { short: 'Di', long: 'Dienstag' },
  { short: 'Mi', long: 'Mittwoch' },
  { short: 'Do', long: 'Donnerstag' },
  { short: 'Fr', long: 'Freitag' },
  { short: 'Sa', long: 'Samstag' },
  { short: 'So', long: 'Sonntag' },
];

const MONTH_TITLE = new Intl.DateTimeFormat('de-DE', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const DAY_LABEL = new Intl.DateTimeFormat('de-DE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** Year and month (0–11) shifted by `delta` months. */
export function shiftMonth(year: number, month: number, delta: number): { year: number; month: number } {
  const index = year * 12 + month + delta;
  return { year: Math.floor(index / 12), month: ((index % 12) + 12) % 12 };
}

/**
 * The month as weeks from Monday to Sunday, days outside the month included, each with the
 * events that touch it (ordered as given, i.e. by start).
 */
export function buildMonthGrid(
  year: number,
  month: number,
  events: readonly EventSummaryDto[],
  todayKey: string,
): MonthGrid {
  const first = new Date(Date.UTC(year, month, 1));
  const last = new Date(Date.UTC(year, month + 1, 0));
  const mondayOffset = (first.getUTCDay() + 6) % 7;
  const start = addDays(utcDayKey(first), -mondayOffset);
  const sundayOffset = (7 - last.getUTCDay()) % 7;
  const end = addDays(utcDayKey(last), sundayOffset);

  const byDay = new Map<string, EventSummaryDto[]>();
  for (const event of events) {
    for (const key of eventDayKeys(event)) {
      const list = byDay.get(key) ?? [];
      list.push(event);
      byDay.set(key, list);
    }
  }

  const weeks: GridDay[][] = [];
  let week: GridDay[] = [];
  for (let key = start; key <= end; key = addDays(key, 1)) {
    const date = dayFromKey(key);
    // The grid starts on a Monday, so every Monday opens a new row.
    if ((date.getUTCDay() + 6) % 7 === 0) {
      week = [];
      weeks.push(week);
    }
    week.push({
      key,
      dayOfMonth: date.getUTCDate(),
      inMonth: date.getUTCMonth() === month,
      isToday: key === todayKey,
      label: DAY_LABEL.format(date),
      events: byDay.get(key) ?? [],
    });
  }
  return {
    title: MONTH_TITLE.format(first),
    weeks,
    from: dayFromKey(addDays(start, -1)),
    to: dayFromKey(addDays(end, 2)),
  };
}
