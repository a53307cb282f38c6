import { berlinDay } from './berlin-day';

describe('berlinDay', () => {
  it('changes at German midnight, in winter and summer time, also when asked within one minute', () => {
    expect(berlinDay(new Date('2026-01-15T22:59:59.999Z'))).toBe('2026-01-15');
    expect(berlinDay(new Date('2026-01-15T23:00:00.000Z'))).toBe('2026-01-16');
    expect(berlinDay(new Date('2026-01-15T23:00:30.000Z'))).toBe('2026-01-16');
    expect(berlinDay(new Date('2026-07-15T21:59:59.000Z'))).toBe('2026-07-15');
    expect(berlinDay(new Date('2026-07-15T22:00:00.000Z'))).toBe('2026-07-16');
    // The night of the change to summer time (29 March 2026, 02:00 → 03:00).
    expect(berlinDay(new Date('2026-03-28T22:59:00.000Z'))).toBe('2026-03-28');
    expect(berlinDay(new Date('2026-03-28T23:00:00.000Z'))).toBe('2026-03-29');
    expect(berlinDay(new Date('2026-03-29T21:59:59.000Z'))).toBe('2026-03-29');
    expect(berlinDay(new Date('2026-03-29T22:00:00.000Z'))).toBe('2026-03-30');
  });
});
