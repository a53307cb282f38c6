import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EVERYONE, NewsStatus } from '@portal/contracts';
import type { NewsEntity } from './news.entity';

type OrganisationIds = Readonly<Record<string, string | undefined>>;

const DEMO = '*Demo-Inhalt: für die Vorführung des Portals geschrieben.*';

/**
 * Demo news: the campaign's press release of 26 Nov 2018 (source named) and a few items written
 * for the demo, clearly marked as such.
 */
export async function demoNews(
  assetsDir: string,
  organisations: OrganisationIds,
  now: Date,
): Promise<Partial<NewsEntity>[]> {
  const pressRelease = await readFile(join(assetsDir, 'press-release-2018-11-26.md'), 'utf8');
  const dlt = organisations['deutscher-landkreistag'] ?? null;
  const biberach = organisations['landkreis-biberach'] ?? null;
  // Everything but the press release is written for the demo (`demo` marks it in every list).
  const published = (iso: string) => ({
    status: NewsStatus.Published,
    publishedAt: new Date(iso),
    demo: true,
  });
  const daysFromNow = (days: number) => new Date(now.getTime() + days * 86_400_000);
  const everyone = {
    audience: { ...EVERYONE },
  };
  return [
    {
      title: 'Willkommen im Netzwerk-Portal der kommunalen Jobcenter',
      teaser:
        'Kampagnenmaterial, Gute Praxis, Termine und Neuigkeiten aus dem Netzwerk – an einem Ort. So finden Sie sich zurecht.',
      body: [
        '## Was Sie hier finden',
        '',
        '- **Neuigkeiten** aus dem Deutschen Landkreistag, dem Deutschen Städtetag und aus den Jobcentern',
        '- **Termine** des Netzwerks, zum Beispiel den *Tag der kommunalen Jobcenter*',
        '- das **Verzeichnis** der kommunalen Jobcenter',
        '',
        '## Wichtige Neuigkeiten',
        '',
        'Neuigkeiten mit dem Hinweis „Wichtig“ bestätigen Sie mit „Zur Kenntnis genommen“. Wer die Neuigkeit verfasst hat, sieht nur, wie viele Personen je Jobcenter bestätigt haben – nicht, wer.',
        '',
        'Fragen zum Portal beantwortet die Koordination beim [Deutschen Landkreistag](https://www.landkreistag.de).',
        '',
        DEMO,
      ].join('\n'),
      category: 'netzwerk',
      organisationId: dlt,
      pinnedUntil: daysFromNow(30),
      ...everyone,
      ...published(daysFromNow(-1).toISOString()),
    },
    {
      title: 'Videoberatung: aktualisierte Hinweise zum Datenschutz',
      teaser:
        'Die Hinweise zur datenschutzgerechten Videoberatung wurden überarbeitet. Bitte lesen und bestätigen Sie sie.',
      body: [
        'Die Arbeitshilfe zur Videoberatung wurde nach Abstimmung mit den Datenschutzbeauftragten überarbeitet.',
        '',
        '1. Einwilligung vor dem ersten Termin dokumentieren',
        '2. Nur freigegebene Software nutzen',
        '3. Keine Aufzeichnung von Gesprächen',
        '',
        DEMO,
      ].join('\n'),
      category: 'recht-politik',
      important: true,
      organisationId: dlt,
      ...everyone,
      ...published(daysFromNow(-3).toISOString()),
    },
    {
      title: '104 kommunale Jobcenter starten Kampagne „Stark. Sozial. Vor Ort.“',
      teaser:
        'Der Deutsche Landkreistag und der Deutsche Städtetag starten mit den 104 kommunalen Jobcentern eine gemeinsame Kampagne für dezentrale Arbeitsmarktpolitik.',
      body: pressRelease,
      category: 'kampagne',
      important: true,
      organisationId: dlt,
      ...everyone,
      ...published('2018-11-26T09:00:00+01:00'),
      // A real press release, with its source named: not demo content.
      demo: false,
    },
    {
      title: 'Kampagnenmaterial 2019: neue Plakatmotive abrufbar',
      teaser: 'Drei neue Plakatmotive und Kacheln für soziale Medien stehen im Bereich Kampagnen bereit.',
      body: `Ab sofort stehen drei neue Plakatmotive zur Kampagne „Stark. Sozial. Vor Ort.“ bereit – jeweils als Druckvorlage und als Kachel für soziale Medien.\n\n${DEMO}`,
      category: 'kampagne',
      organisationId: dlt,
      ...everyone,
      ...published('2019-02-04T10:00:00+01:00'),
    },
    {
      title: 'E-Akte: Erfahrungsaustausch der Optionskommunen',
      teaser: 'Online-Treffen für alle, die die E-Akte einführen oder schon nutzen.',
      body: `Die Koordination lädt zu einem digitalen Erfahrungsaustausch zur Einführung der E-Akte ein. Themen: Scannen im Posteingang, Aktenplan, Schulung der Teams.\n\n${DEMO}`,
      category: 'digitalisierung',
      organisationId: dlt,
      ...everyone,
      ...published('2019-03-12T09:30:00+01:00'),
    },
    {
      title: 'Biberach: neue Sprechzeiten im Jobcenter',
      teaser: 'Ab dem 1. April gelten im Jobcenter Landkreis Biberach erweiterte Sprechzeiten.',
      body: `Ab dem 1. April ist das Jobcenter donnerstags bis 18 Uhr geöffnet. Bitte informieren Sie Ihre Kundinnen und Kunden.\n\n${DEMO}`,
      category: 'netzwerk',
      organisationId: biberach,
      audience: { ...EVERYONE, organisationIds: biberach ? [biberach] : [] },
      ...published('2019-03-25T08:00:00+01:00'),
    },
  ];
}
