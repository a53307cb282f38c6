import { EVERYONE } from '@portal/contracts';
import type { EventEntity } from './event.entity';

type OrganisationIds = Readonly<Record<string, string | undefined>>;

const DEMO = 'Demo-Inhalt: für die Vorführung des Portals geschrieben.';
const DAY = 86_400_000;

/**
 * Midnight UTC of the first working day (Monday to Friday) at least `days` days after `now`
 * (all-day events are whole UTC days).
 */
function dayFrom(now: Date, days: number): Date {
  const date = new Date(now.getTime() + days * DAY);
  const day = new Date(Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()));
  const weekday = day.getUTCDay();
  const toMonday = weekday === 6 ? 2 : weekday === 0 ? 1 : 0;
  return new Date(day.getTime() + toMonday * DAY);
}

/** `days` days from now at hh:mm Berlin winter time (UTC+1), close enough for demo data. */
function at(now: Date, days: number, hours: number, minutes = 0): Date {
  return new Date(dayFrom(now, days).getTime() + ((hours - 1) * 60 + minutes) * 60_000);
}

/**
 * Demo Termine, dated relative to the first start so they are upcoming, each marked „Demo“ in
 * its description.
 */
export function demoEvents(now: Date, organisations: OrganisationIds): Partial<EventEntity>[] {
  const dlt = organisations['deutscher-landkreistag'] ?? null;
  const biberach = organisations['landkreis-biberach'] ?? null;
  const congressDay = dayFrom(now, 45);
  return [
    {
      title: 'Tag der kommunalen Jobcenter',
      description: [
        'Der jährliche Kongress des Netzwerks: Leitungen, Fachkräfte und Redaktionen der kommunalen Jobcenter treffen sich in Berlin, um Erfahrungen auszutauschen und gemeinsame Positionen zur Arbeitsmarktpolitik vor Ort zu beraten.',
        'Programm: Begrüßung durch den Deutschen Landkreistag, Podiumsdiskussion „Stark. Sozial. Vor Ort. – Wie geht es weiter mit der Grundsicherung?“, Foren zu Digitalisierung, Integration in Arbeit und Kampagnenarbeit, Markt der Möglichkeiten mit guter Praxis aus den Jobcentern.',
        'Die Teilnahme ist kostenfrei. Bitte melden Sie sich bis zwei Wochen vorher an.',
        DEMO,
      ].join('\n\n'),
      startsAt: congressDay,
      endsAt: new Date(congressDay.getTime() + DAY),
      allDay: true,
      place: 'Deutscher Landkreistag, Ulrich-von-Hassell-Haus, Lennéstraße 11, 10785 Berlin',
      registrationUrl: 'https://www.landkreistag.de/',
      organisationId: dlt,
      audience: { ...EVERYONE },
    },
    {
      title: 'Webinar: Die E-Akte im Jobcenter einführen',
      description: [
        'Zwei Optionskommunen berichten, wie sie die E-Akte eingeführt haben: Scannen im Posteingang, Aktenplan, Schulung der Teams und was sie heute anders machen würden. Anschließend Zeit für Fragen.',
        DEMO,
      ].join('\n\n'),
      startsAt: at(now, 14, 10),
      endsAt: at(now, 14, 11, 30),
      allDay: false,
      onlineUrl: 'https://meet.example.org/e-akte-webinar',
      organisationId: dlt,
      audience: { ...EVERYONE },
    },
    {
      title: 'Regionaltreffen Hessen',
      description: [
        'Treffen der kommunalen Jobcenter in Hessen: aktuelle Weisungslage, Austausch zur Zusammenarbeit mit den Kreisen und Planung der gemeinsamen Aktionen im Frühjahr.',
        DEMO,
      ].join('\n\n'),
      startsAt: at(now, 21, 9, 30),
      endsAt: at(now, 21, 15),
      allDay: false,
      place: 'Kreishaus Offenbach, Werner-Hilpert-Straße 1, 63128 Dietzenbach',
      organisationId: dlt,
      audience: { ...EVERYONE, states: ['Hessen'] },
    },
    {
      title: 'Redaktionssprechstunde im Jobcenter Biberach',
      description: [
        'Die Redaktion zeigt, wie Neuigkeiten und Termine des Jobcenters im Portal erscheinen, und sammelt Themen für die nächsten Wochen.',
        DEMO,
      ].join('\n\n'),
      startsAt: at(now, 9, 14),
      endsAt: at(now, 9, 15),
      allDay: false,
      place: 'Jobcenter Landkreis Biberach, Besprechungsraum 1',
      organisationId: biberach,
      audience: { ...EVERYONE, organisationIds: biberach ? [biberach] : [] },
    },
  ];
}
