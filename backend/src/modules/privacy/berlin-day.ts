// en-CA formats as YYYY-MM-DD. One formatter for all calls: `toLocaleDateString` builds a new one
// each time, which cost 2 % of the CPU time of every request (the activity mark asks per request).
const BERLIN_DAY = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Berlin',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

// German time changes day only at whole minutes (its offsets are whole hours), so the day of
// the last minute asked for answers every request of that minute without formatting.
let lastMinute = NaN;
let lastDay = '';

/** The calendar day (YYYY-MM-DD) of an instant in German time. */
export function berlinDay(instant: Date): string {
  const minute = Math.floor(instant.getTime() / 60_000);
  if (minute !== lastMinute) {
    lastDay = BERLIN_DAY.format(instant);
    lastMinute = minute;
  }
  return lastDay;
}
