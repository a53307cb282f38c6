import { DomainError } from '../../core/http/domain-error';
import { checkEventInput, checkRange } from './event-rules';
import { icsFilename } from './events.service';

function errorsOf(run: () => unknown): Record<string, string[]> {
  try {
    run();
  } catch (error) {
    return (error as DomainError).fieldErrors ?? {};
  }
  return {};
}

describe('event rules', () => {
  const valid = {
    startsAt: '2026-03-10T09:00:00Z',
    endsAt: '2026-03-10T10:00:00Z',
    allDay: false,
    place: 'Berlin',
  };

  it('requires the end after the start, https links and a place or link', () => {
    expect(errorsOf(() => checkEventInput({ ...valid, endsAt: valid.startsAt }))['endsAt']).toEqual([
      'Das Ende muss nach dem Beginn liegen.',
    ]);
    expect(
      errorsOf(() => checkEventInput({ ...valid, onlineUrl: 'http://x.example' }))['onlineUrl'],
    ).toBeDefined();
    expect(
      errorsOf(() => checkEventInput({ ...valid, registrationUrl: 'javascript:alert(1)' })),
    ).toHaveProperty('registrationUrl');
    expect(errorsOf(() => checkEventInput({ ...valid, place: null }))).toHaveProperty('place');
    expect(
      errorsOf(() => checkEventInput({ ...valid, place: null, onlineUrl: 'https://x.example/' })),
    ).toEqual({});
  });

  it('stores all-day events as whole UTC days with an exclusive end', () => {
    const times = checkEventInput({
      ...valid,
      allDay: true,
      startsAt: '2026-03-10T00:00:00Z',
      endsAt: '2026-03-10T00:00:00Z',
    });
    expect(times.startsAt.toISOString()).toBe('2026-03-10T00:00:00.000Z');
    expect(times.endsAt.toISOString()).toBe('2026-03-11T00:00:00.000Z');
  });

  it('limits the range to 62 days', () => {
    expect(() => checkRange('2026-03-01T00:00:00Z', '2026-04-12T00:00:00Z')).not.toThrow();
    expect(errorsOf(() => checkRange('2026-03-01T00:00:00Z', '2026-06-01T00:00:00Z'))).toHaveProperty('to');
    expect(errorsOf(() => checkRange('2026-03-02T00:00:00Z', '2026-03-01T00:00:00Z'))).toHaveProperty('to');
  });

  it('makes ASCII file names', () => {
    expect(icsFilename('Tag der kommunalen Jobcenter')).toBe('tag-der-kommunalen-jobcenter');
    expect(icsFilename('Übergänge & Größe')).toBe('uebergaenge-groesse');
    expect(icsFilename('!!!')).toBe('termin');
  });
});
