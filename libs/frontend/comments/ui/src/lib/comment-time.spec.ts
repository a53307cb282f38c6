import { formatCommentTime } from './comment-time';

describe('formatCommentTime', () => {
  const now = new Date('2026-11-25T12:00:00Z');
  const ago = (ms: number) => new Date(now.getTime() - ms).toISOString();

  it('speaks German, relative within a week', () => {
    expect(formatCommentTime(ago(20_000), now)).toBe('gerade eben');
    expect(formatCommentTime(ago(5 * 60_000), now)).toBe('vor 5 Minuten');
    expect(formatCommentTime(ago(3 * 3_600_000), now)).toBe('vor 3 Stunden');
    expect(formatCommentTime(ago(26 * 3_600_000), now)).toBe('gestern');
    expect(formatCommentTime(ago(4 * 86_400_000), now)).toBe('vor 4 Tagen');
  });

  it('gives the absolute German time from a week on', () => {
    expect(formatCommentTime('2018-11-26T08:00:00Z', now)).toBe('26.11.2018, 09:00 Uhr');
    expect(formatCommentTime('kaputt', now)).toBe('');
  });
});
