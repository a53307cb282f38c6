import { formatBerlinDateTime } from './date-time-format';

describe('formatBerlinDateTime', () => {
  it('formats winter time (UTC+1) in German notation', () => {
    expect(formatBerlinDateTime('2025-01-15T08:05:00Z')).toBe('15.01.2025, 09:05 Uhr');
  });

  it('formats summer time (UTC+2)', () => {
    expect(formatBerlinDateTime('2025-07-01T22:30:00Z')).toBe('02.07.2025, 00:30 Uhr');
  });

  it.each([null, undefined, '', 'kein Datum'])('returns an empty string for %p', (value) => {
    expect(formatBerlinDateTime(value)).toBe('');
  });
});
