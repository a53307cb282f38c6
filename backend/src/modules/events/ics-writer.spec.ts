import { escapeIcsText, foldIcsLine, IcsEvent, writeCalendar } from './ics-writer';

const base: IcsEvent = {
  uid: 'abc@portal.example',
  sequence: 0,
  title: 'Tag der kommunalen Jobcenter',
  description: 'Zeile eins\nZeile zwei; mit, Zeichen \\ und mehr',
  startsAt: new Date('2026-03-10T00:00:00Z'),
  endsAt: new Date('2026-03-11T00:00:00Z'),
  allDay: true,
  location: 'Berlin, Lennéstraße 11',
  url: 'https://portal.example/termine/abc',
  cancelled: false,
  organiser: 'Deutscher Landkreistag',
  updatedAt: new Date('2026-01-01T12:00:00Z'),
};

/** Unfolds and splits like a calendar client would (RFC 5545 3.1). */
function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

describe('ics writer', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets without splitting a UTF-8 character', () => {
    const line = `DESCRIPTION:${'ä'.repeat(100)}`;
    const folded = foldIcsLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
  });

  it('writes a VCALENDAR with CRLF, METHOD:PUBLISH and VALUE=DATE for all-day events', () => {
    const ics = writeCalendar({ name: 'Test', stamp: new Date('2026-02-01T08:00:00Z'), events: [base] });
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = unfold(ics);
    expect(lines[0]).toBe('BEGIN:VCALENDAR');
    expect(lines).toContain('METHOD:PUBLISH');
    expect(lines).toContain('DTSTART;VALUE=DATE:20260310');
    expect(lines).toContain('DTEND;VALUE=DATE:20260311');
    expect(lines).toContain('DTSTAMP:20260201T080000Z');
    expect(lines).toContain('UID:abc@portal.example');
    expect(lines).toContain('DESCRIPTION:Zeile eins\\nZeile zwei\\; mit\\, Zeichen \\\\ und mehr');
    expect(lines).toContain('LOCATION:Berlin\\, Lennéstraße 11');
    expect(lines.at(-2)).toBe('END:VCALENDAR');
  });

  it('writes UTC times for timed events and marks cancelled ones', () => {
    const ics = writeCalendar({
      name: 'Test',
      stamp: new Date('2026-02-01T08:00:00Z'),
      events: [
        {
          ...base,
          allDay: false,
          cancelled: true,
          startsAt: new Date('2026-03-10T09:30:00Z'),
          endsAt: new Date('2026-03-10T11:00:00Z'),
        },
      ],
    });
    const lines = unfold(ics);
    expect(lines).toContain('DTSTART:20260310T093000Z');
    expect(lines).toContain('DTEND:20260310T110000Z');
    expect(lines).toContain('STATUS:CANCELLED');
    expect(lines).toContain('SUMMARY:Abgesagt: Tag der kommunalen Jobcenter');
  });
});
