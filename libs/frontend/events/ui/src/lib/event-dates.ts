import type { EventSummaryDto } from '@portal/contracts';

const DAY = 86_400_000;
const BERLIN_KEY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const LONG_DAY = new Intl.DateTimeFormat('de-DE', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});
const SHORT_DAY_UTC = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'UTC',
});
const TIME = new Intl.DateTimeFormat('de-DE', {
  hour: '2-digit',
  minute: '2-digit',
  timeZone: 'Europe/Berlin',
});
const SHORT_DAY_BERLIN = new Intl.DateTimeFormat('de-DE', {
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  timeZone: 'Europe/Berlin',
});

/** „2026-11-25“: the calendar day in Germany. */
export function berlinDayKey(date: Date): string {
  return BERLIN_KEY.format(date);
}

/** „2026-11-25“ of a UTC date (all-day events and grid arithmetic). */
export function utcDayKey(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Date at 00:00 UTC of a day key; used for pure day arithmetic. */
export function dayFromKey(key: string): Date {
  return new Date(`${key}T00:00:00Z`);
}

export function addDays(key: string, days: number): string {
  return utcDayKey(new Date(dayFromKey(key).getTime() + days * DAY));
}

/** The days (keys) an event covers: Berlin days for timed events, UTC days for all-day ones. */
export function eventDayKeys(event: Pick<EventSummaryDto, 'startsAt' | 'endsAt' | 'allDay'>): string[] {
  const start = new Date(event.startsAt);
  // The end is exclusive: an event ending at midnight does not touch the next day.
  const lastMoment = new Date(Math.max(start.getTime(), new Date(event.endsAt).getTime() - 1));
  const first = event.allDay ? utcDayKey(start) : berlinDayKey(start);
  const last = event.allDay ? utcDayKey(lastMoment) : berlinDayKey(lastMoment);
  const keys: string[] = [];
  for (let key = first; key <= last && keys.length < 62; key = addDays(key, 1)) keys.push(key);
  return keys;
}

/** „Mittwoch, 9. Dezember 2026, 10:00–11:30 Uhr“ or „Freitag, 8. Januar 2027 (ganztägig)“. */
export function formatEventWhen(event: Pick<EventSummaryDto, 'startsAt' | 'endsAt' | 'allDay'>): string {
  const start = new Date(event.startsAt);
  const end = new Date(event.endsAt);
  if (event.allDay) {
    const lastDay = new Date(end.getTime() - DAY);
    if (utcDayKey(lastDay) <= utcDayKey(start)) return `${LONG_DAY.format(start)} (ganztägig)`;
    return `${SHORT_DAY_UTC.format(start)} – ${SHORT_DAY_UTC.format(lastDay)} (ganztägig)`;
  }
  if (berlinDayKey(start) === berlinDayKey(new Date(end.getTime() - 1))) {
    return `${LONG_DAY.format(dayFromKey(berlinDayKey(start)))}, ${TIME.format(start)}–${TIME.format(end)} Uhr`;
  }
  return `${SHORT_DAY_BERLIN.format(start)}, ${TIME.format(start)} Uhr – ${SHORT_DAY_BERLIN.format(end)}, ${TIME.format(end)} Uhr`;
}

/** „10:00“ in Germany, for the calendar cell. */
export function formatBerlinTime(iso: string): string {
  return TIME.format(new Date(iso));
}
