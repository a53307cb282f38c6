/**
 * A minimal RFC 5545 writer for published Termine: CRLF line ends, lines folded at 75 octets
 * (never inside a UTF-8 character), TEXT values escaped, times in UTC or as VALUE=DATE.
 */
export interface IcsEvent {
  uid: string;
  sequence: number;
  title: string;
  description: string;
  startsAt: Date;
  /** Exclusive end (for all-day events the day after the last day). */
  endsAt: Date;
  allDay: boolean;
  location: string | null;
  url: string | null;
  cancelled: boolean;
  organiser: string | null;
  updatedAt: Date;
}

export interface IcsCalendar {
  name: string;
  stamp: Date;
  events: readonly IcsEvent[];
}

const CRLF = '\r\n';

/** TEXT escaping (RFC 5545 3.3.11): backslash first, then `;` `,` and line breaks. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets; continuation lines start with a space. */
export function foldIcsLine(line: string): string {
  const chunks: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    if (octets + size > limit) {
      chunks.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space counts
    }
    current += char;
    octets += size;
  }
  chunks.push(current);
  return chunks.join(`${CRLF} `);
}

function two(value: number): string {
  return String(value).padStart(2, '0');
}

export function icsUtc(date: Date): string {
  return (
    `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}` +
    `T${two(date.getUTCHours())}${two(date.getUTCMinutes())}${two(date.getUTCSeconds())}Z`
  );
}

export function icsDate(date: Date): string {
  return `${date.getUTCFullYear()}${two(date.getUTCMonth() + 1)}${two(date.getUTCDate())}`;
}

function eventLines(event: IcsEvent, stamp: Date): string[] {
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `SEQUENCE:${event.sequence}`,
    `DTSTAMP:${icsUtc(stamp)}`,
    `LAST-MODIFIED:${icsUtc(event.updatedAt)}`,
    event.allDay ? `DTSTART;VALUE=DATE:${icsDate(event.startsAt)}` : `DTSTART:${icsUtc(event.startsAt)}`,
    event.allDay ? `DTEND;VALUE=DATE:${icsDate(event.endsAt)}` : `DTEND:${icsUtc(event.endsAt)}`,
    `SUMMARY:${escapeIcsText(event.cancelled ? `Abgesagt: ${event.title}` : event.title)}`,
  ];
  if (event.description) lines.push(`DESCRIPTION:${escapeIcsText(event.description)}`);
  if (event.location) lines.push(`LOCATION:${escapeIcsText(event.location)}`);
  if (event.url) lines.push(`URL:${event.url}`);
  if (event.organiser) lines.push(`X-PORTAL-ORGANISER:${escapeIcsText(event.organiser)}`);
  lines.push(`STATUS:${event.cancelled ? 'CANCELLED' : 'CONFIRMED'}`, 'TRANSP:OPAQUE', 'END:VEVENT');
  return lines;
}

export function writeCalendar(calendar: IcsCalendar): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Netzwerk-Portal der kommunalen Jobcenter//Termine//DE',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeIcsText(calendar.name)}`,
    ...calendar.events.flatMap((event) => eventLines(event, calendar.stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
