import type { DataSource } from 'typeorm';
import type { OrganisationState, ResourceKind, Role } from '@portal/contracts';

/**
 * Demo resources for the Digitalisierung library (marked `demo`, shown as „Demo-Inhalt“).
 * Links point to real public pages; demo rows are never link-checked, so neither the demo nor
 * the tests make requests to third parties.
 */
interface DemoResource {
  key: string;
  kind: ResourceKind;
  title: string;
  description: string;
  url: string | null;
  provider: { organisation: string } | { name: string };
  publishedOn: string | null;
  topics: string[];
  states?: OrganisationState[];
  roles?: Role[];
  daysAgo: number;
  rating?: [sum: number, count: number];
}

const RESOURCES: DemoResource[] = [
  {
    key: 'e-akte-leitfaden',
    kind: 'guide',
    title: 'E-Akte im Jobcenter einführen: Leitfaden für die ersten 100 Tage',
    description:
      'Der Leitfaden beschreibt Schritt für Schritt, wie ein kommunales Jobcenter von der Papierakte zur **E-Akte** wechselt: Projektauftrag, Scan-Strategie (ersetzendes Scannen nach TR-RESISCAN), Aktenplan, Schulung der Teams und Kommunikation mit dem Personalrat.\n\n- Checkliste für die Projektleitung\n- Musterzeitplan über zwölf Monate\n- Erfahrungen aus drei Optionskommunen',
    url: 'https://www.landkreistag.de/',
    provider: { organisation: 'Deutscher Landkreistag' },
    publishedOn: '2018-09-14',
    topics: ['E-Akte', 'Prozessdigitalisierung'],
    daysAgo: 40,
    rating: [27, 6],
  },
  {
    key: 'ozg-informationsplattform',
    kind: 'link',
    title: 'OZG-Informationsplattform: Stand der Umsetzung',
    description:
      'Die Informationsplattform des Bundes zeigt, welche Verwaltungsleistungen nach dem Onlinezugangsgesetz bereits digital angeboten werden – auch die Leistungen aus dem Themenfeld „Arbeit & Ruhestand“.',
    url: 'https://www.digitale-verwaltung.de/',
    provider: { name: 'Bundesministerium des Innern und für Heimat' },
    publishedOn: null,
    topics: ['Online-Antrag und OZG'],
    daysAgo: 35,
    rating: [12, 3],
  },
  {
    key: 'ozg-gesetz',
    kind: 'document',
    title: 'Onlinezugangsgesetz (OZG) im Wortlaut',
    description:
      'Gesetz zur Verbesserung des Onlinezugangs zu Verwaltungsleistungen in der jeweils geltenden Fassung – Grundlage für digitale Anträge auch im SGB II.',
    url: 'https://www.gesetze-im-internet.de/ozg/',
    provider: { name: 'Bundesamt für Justiz' },
    publishedOn: '2017-08-14',
    topics: ['Online-Antrag und OZG'],
    daysAgo: 33,
  },
  {
    key: 'it-grundschutz',
    kind: 'tool',
    title: 'IT-Grundschutz-Kompendium des BSI',
    description:
      'Bausteine und Anforderungen für ein angemessenes Sicherheitsniveau. Für Jobcenter besonders relevant: Bausteine zu Clients, Fachverfahren, mobilen Arbeitsplätzen und Videokonferenzen.',
    url: 'https://www.bsi.bund.de/DE/Themen/Unternehmen-und-Organisationen/Standards-und-Zertifizierung/IT-Grundschutz/it-grundschutz_node.html',
    provider: { name: 'Bundesamt für Sicherheit in der Informationstechnik' },
    publishedOn: '2023-02-01',
    topics: ['IT-Sicherheit'],
    daysAgo: 30,
    rating: [9, 2],
  },
  {
    key: 'videoberatung-datenschutz',
    kind: 'guide',
    title: 'Videoberatung datenschutzkonform einsetzen',
    description:
      'Worauf Jobcenter bei Videoberatungen achten müssen: Rechtsgrundlage, Einwilligung, Auswahl des Dienstes, Auftragsverarbeitung, keine Aufzeichnung ohne Anlass. Mit einer Checkliste für das erste Gespräch.',
    url: 'https://www.bfdi.bund.de/',
    provider: { name: 'Der Bundesbeauftragte für den Datenschutz und die Informationsfreiheit' },
    publishedOn: '2021-05-10',
    topics: ['Videoberatung', 'Datenschutz'],
    daysAgo: 28,
    rating: [22, 5],
  },
  {
    key: 'ki-verwaltung',
    kind: 'link',
    title: 'Künstliche Intelligenz in der öffentlichen Verwaltung',
    description:
      'Überblick über die KI-Strategie des Bundes mit Beispielen aus der Verwaltung: Texterkennung im Posteingang, Übersetzungshilfen, Chatbots für häufige Fragen – und die Grenzen beim Einsatz in Leistungsentscheidungen.',
    url: 'https://www.ki-strategie-deutschland.de/',
    provider: { name: 'Bundesregierung' },
    publishedOn: '2020-12-02',
    topics: ['Künstliche Intelligenz'],
    daysAgo: 24,
  },
  {
    key: 'egov-campus',
    kind: 'tool',
    title: 'eGov-Campus: offene Online-Kurse zur digitalen Verwaltung',
    description:
      'Kostenfreie Kurse von Hochschulen zu E-Government, Informationssicherheit und Prozessmanagement – geeignet für die Fortbildung von Fach- und Führungskräften.',
    url: 'https://egov-campus.org/',
    provider: { name: 'eGov-Campus' },
    publishedOn: null,
    topics: ['Fortbildung'],
    daysAgo: 20,
    rating: [17, 4],
  },
  {
    key: 'fim-portal',
    kind: 'link',
    title: 'Föderales Informationsmanagement (FIM): Leistungen, Prozesse, Datenfelder',
    description:
      'Im FIM-Portal finden sich standardisierte Leistungsbeschreibungen, Prozessmodelle und Datenfelder. Hilfreich, um eigene Antragsstrecken an bundesweite Standards anzulehnen.',
    url: 'https://fimportal.de/',
    provider: { name: 'FITKO' },
    publishedOn: null,
    topics: ['Prozessdigitalisierung', 'Online-Antrag und OZG'],
    daysAgo: 16,
  },
  {
    key: 'sdm',
    kind: 'guide',
    title: 'Standard-Datenschutzmodell (SDM)',
    description:
      'Methode der Datenschutzaufsichtsbehörden, um Anforderungen der DSGVO in technische und organisatorische Maßnahmen zu übersetzen – eine gute Grundlage für Datenschutz-Folgenabschätzungen bei neuen digitalen Verfahren.',
    url: 'https://www.datenschutzzentrum.de/sdm/',
    provider: { name: 'Konferenz der Datenschutzaufsichtsbehörden' },
    publishedOn: '2022-11-09',
    topics: ['Datenschutz'],
    daysAgo: 12,
    rating: [8, 2],
  },
  {
    key: 'webinar-e-akte-hessen',
    kind: 'webinar-recording',
    title: 'Webinar-Aufzeichnung: E-Akte in hessischen Optionskommunen',
    description:
      'Aufzeichnung des Erfahrungsaustauschs der hessischen Optionskommunen zur E-Akte: Was hat sich bewährt, was würden wir heute anders machen? (Nur für Jobcenter in Hessen freigegeben.)',
    url: 'https://www.landkreistag.de/',
    provider: { organisation: 'Main-Kinzig-Kreis' },
    publishedOn: '2018-10-25',
    topics: ['E-Akte', 'Fortbildung'],
    states: ['Hessen'],
    daysAgo: 9,
  },
  {
    key: 'vorlage-dienstvereinbarung',
    kind: 'template',
    title: 'Vorlage: Dienstvereinbarung mobiles Arbeiten und Videoberatung',
    description:
      'Mustertext für eine Dienstvereinbarung zwischen Jobcenter und Personalrat: Geltungsbereich, Erreichbarkeit, Datenschutz am mobilen Arbeitsplatz, Videoberatung mit Kundinnen und Kunden. Für Leitungen und Koordination.',
    url: 'https://www.landkreistag.de/',
    provider: { organisation: 'Deutscher Landkreistag' },
    publishedOn: '2019-03-01',
    topics: ['Videoberatung', 'Datenschutz'],
    roles: ['manager', 'coordinator', 'admin'],
    daysAgo: 6,
  },
  {
    key: 'video-e-akte',
    kind: 'video',
    title: 'Erklärvideo: Was ändert sich mit der E-Akte für Kundinnen und Kunden?',
    description:
      'Drei Minuten, einfache Sprache: Wie Unterlagen künftig eingereicht werden, warum Originale zurückgegeben werden und wie schnell Anträge bearbeitet werden. Zum Einbinden in die eigene Website.',
    url: 'https://www.bva.bund.de/',
    provider: { name: 'Bundesverwaltungsamt' },
    publishedOn: '2022-06-15',
    topics: ['E-Akte'],
    daysAgo: 3,
    rating: [14, 3],
  },
];

const COLLECTIONS: { title: string; intro: string; items: string[] }[] = [
  {
    title: 'Einstieg E-Akte',
    intro:
      'Sie beginnen mit der E-Akte? Diese Sammlung führt in sinnvoller Reihenfolge durch Planung, Rechtsgrundlagen, Datenschutz und die Kommunikation mit Kundinnen und Kunden.',
    items: ['e-akte-leitfaden', 'webinar-e-akte-hessen', 'sdm', 'video-e-akte'],
  },
  {
    title: 'Datenschutz und IT-Sicherheit bei digitalen Angeboten',
    intro:
      'Grundlagen, bevor ein neues digitales Angebot startet – von der Videoberatung bis zum Online-Antrag.',
    items: ['videoberatung-datenschutz', 'sdm', 'it-grundschutz', 'vorlage-dienstvereinbarung'],
  },
];

export async function seedResourceDemo(dataSource: DataSource, now: Date): Promise<number> {
  const organisations = new Map<string, string>(
    ((await dataSource.query('SELECT id, name FROM organisations')) as { id: string; name: string }[]).map(
      (row) => [row.name, row.id],
    ),
  );
  const topics = new Map<string, string>(
    (
      (await dataSource.query(
        `SELECT term.id, term.label FROM taxonomy_terms term JOIN taxonomies t ON t.id = term.taxonomy_id WHERE t.key = 'ressourcen-themen'`,
      )) as { id: string; label: string }[]
    ).map((row) => [row.label, row.id]),
  );
  return dataSource.transaction(async (manager) => {
    const ids = new Map<string, string>();
    for (const resource of RESOURCES) {
      const organisationId =
        'organisation' in resource.provider
          ? (organisations.get(resource.provider.organisation) ?? null)
          : null;
      const providerName = 'name' in resource.provider ? resource.provider.name : '';
      const publishedAt = new Date(now.getTime() - resource.daysAgo * 86_400_000);
      const [row] = (await manager.query(
        `INSERT INTO resources (kind, title, description, provider_organisation_id, provider_name, published_on, url,
           status, published_at, audience_states, audience_roles, rating_sum, rating_count, demo, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, 'published', $8, $9, $10, $11, $12, true, $8, $8) RETURNING id`,
        [
          resource.kind,
          resource.title,
          resource.description,
          organisationId,
          providerName,
          resource.publishedOn,
          resource.url,
          publishedAt,
          resource.states ?? [],
          resource.roles ?? [],
          resource.rating?.[0] ?? 0,
          resource.rating?.[1] ?? 0,
        ],
      )) as { id: string }[];
      if (!row) continue;
      ids.set(resource.key, row.id);
      for (const topic of resource.topics) {
        const termId = topics.get(topic);
        if (termId)
          await manager.query(
            `INSERT INTO taxonomy_assignments (target_type, target_id, term_id) VALUES ('resource', $1, $2)`,
            [row.id, termId],
          );
      }
    }
    for (const [index, collection] of COLLECTIONS.entries()) {
      const created = new Date(now.getTime() - (10 - index) * 86_400_000);
      const [row] = (await manager.query(
        `INSERT INTO resource_collections (title, intro, demo, created_at, updated_at) VALUES ($1, $2, true, $3, $3) RETURNING id`,
        [collection.title, collection.intro, created],
      )) as { id: string }[];
      for (const [position, key] of collection.items.entries()) {
        const resourceId = ids.get(key);
        if (row && resourceId)
          await manager.query(
            'INSERT INTO resource_collection_items (collection_id, resource_id, position) VALUES ($1, $2, $3)',
            [row.id, resourceId, position],
          );
      }
    }
    return ids.size;
  });
}
