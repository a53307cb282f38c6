/** The calendar day (YYYY-MM-DD) of an instant in German time. */
export function berlinDay(instant: Date): string {
  // en-CA formats as YYYY-MM-DD.
  return instant.toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });
}
