import { CampaignStatus } from '@portal/contracts';
import type { CampaignEntity } from './campaign.entity';

/** Fixed, so that the demo assets and the kit template of other seeds can refer to it. */
export const DEMO_CAMPAIGN_ID = '2018c0de-0000-4000-8000-000000002018';

/** The joint campaign of the Deutscher Landkreistag and the Deutscher Städtetag, launched in 2018. */
export function demoCampaign(): Partial<CampaignEntity> {
  return {
    id: DEMO_CAMPAIGN_ID,
    name: 'Kommunale Jobcenter – Stark. Sozial. Vor Ort.',
    status: CampaignStatus.Active,
    startsOn: '2018-11-26',
    endsOn: null,
    description: [
      'Gemeinsame Kampagne des Deutschen Landkreistages und des Deutschen Städtetages, gestartet am',
      '26. November 2018 beim Tag der kommunalen Jobcenter. Sie zeigt, was die 104 kommunalen Jobcenter',
      'leisten: Sie betreuen 1,5 Millionen Menschen, integrieren jedes Jahr mehr als 250.000 Menschen',
      'nachhaltig in Arbeit und sind für ein Gebiet mit 22 Millionen Einwohnern zuständig.',
      '',
      '*Demo-Inhalt: Beschreibung und Gestaltungsregeln sind für die Vorführung des Portals geschrieben.*',
    ].join('\n'),
    keyMessages: [
      'Stark: Kommunale Jobcenter verbinden Arbeitsmarkt- und Sozialpolitik aus einer Hand.',
      'Sozial: Sie sehen den ganzen Menschen und die ganze Familie – nicht nur den Arbeitsmarkt.',
      'Vor Ort: Sie kennen die Betriebe, Schulen, Beratungsstellen und Netzwerke ihrer Region.',
    ],
    guidelines: {
      colours: [
        { name: 'Kampagnenrot', hex: '#B01E2D', usage: 'Claim, Akzente, Schaltflächen' },
        { name: 'Dunkelgrau', hex: '#2B2B2B', usage: 'Fließtext' },
        { name: 'Hellgrau', hex: '#F2F2F2', usage: 'Flächen und Hintergründe' },
      ],
      fonts: [
        { name: 'Source Sans 3', usage: 'Überschriften und Fließtext' },
        { name: 'Arial', usage: 'Ersatzschrift in Office-Dokumenten' },
      ],
      dos: [
        'Den Claim „Stark. Sozial. Vor Ort.“ immer vollständig und in dieser Reihenfolge verwenden.',
        'Das Logo mit ausreichendem Schutzraum (mindestens die Höhe des „K“) platzieren.',
        'Den Namen des eigenen Jobcenters nur in den dafür vorgesehenen Feldern eintragen.',
      ],
      donts: [
        'Das Logo nicht verzerren, drehen oder umfärben.',
        'Keine eigenen Slogans mit dem Kampagnenlogo kombinieren.',
        'Keine Fotos von Kundinnen und Kunden ohne schriftliche Einwilligung verwenden.',
      ],
      text: 'Alle Materialien dürfen für die Öffentlichkeitsarbeit des eigenen kommunalen Jobcenters genutzt werden.',
    },
    usageTerms: [
      'Die Materialien der Kampagne „Kommunale Jobcenter – Stark. Sozial. Vor Ort.“ dürfen von den',
      'kommunalen Jobcentern und ihren Trägern für die eigene Öffentlichkeitsarbeit genutzt und in den',
      'vorgesehenen Feldern angepasst werden. Eine Weitergabe an Dritte, eine kommerzielle Nutzung und',
      'Veränderungen an Logo, Claim und Gestaltung sind nicht gestattet. Bildrechte gelten nur im Rahmen',
      'der Kampagne.',
      '',
      '*Demo-Inhalt: Nutzungsbedingungen für die Vorführung des Portals.*',
    ].join('\n'),
    termsVersion: 1,
  };
}
