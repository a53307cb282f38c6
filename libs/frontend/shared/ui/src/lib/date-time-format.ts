const BERLIN_DATE_TIME = new Intl.DateTimeFormat('de-DE', {
  timeZone: 'Europe/Berlin',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
});

/**
 * „25.11.2025, 13:17 Uhr“ in German time, whatever the browser's time zone (Angular's DatePipe
 * only knows fixed offsets, which would be wrong across the change to and from summer time).
 */
export function formatBerlinDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return '';
  return `${BERLIN_DATE_TIME.format(date)} Uhr`;
}
