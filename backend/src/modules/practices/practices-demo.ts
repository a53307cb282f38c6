import type { DataSource } from 'typeorm';
import type { KeyFigureDto } from '@portal/contracts';

/**
 * Demo entries for Gute Praxis (marked `demo`, shown as „Demo-Inhalt“): invented practices of
 * real Jobcenter names, with comments and adoptions so that lists, statistics and
 * recommendations have something to show. Authors are inactive demo accounts that cannot sign in.
 */
interface DemoPractice {
  organisation: string;
  author: string;
  title: string;
  summary: string;
  situation: string;
  approach: string;
  results: string;
  keyFigures: KeyFigureDto[];
  duration: string;
  costs: string;
  partners: string;
  transferability: string;
  targetGroups: string[];
  fields: string[];
  adoptedBy: string[];
  comments: [string, string][];
  daysAgo: number;
}

const DEMO_PEOPLE: [string, string][] = [
  ['Claudia Roth-Meister', 'Landkreis Ravensburg'],
  ['Deniz Aksoy', 'Landeshauptstadt Stuttgart'],
  ['Frank Lehmann', 'Landkreis Havelland'],
  ['Sophie Brandt', 'Landkreis Fulda'],
  ['Markus Engel', 'Landkreis Emsland'],
  ['Ines Vogt', 'Main-Kinzig-Kreis'],
];

const ENTRIES: DemoPractice[] = [
  {
    organisation: 'Landkreis Ravensburg',
    author: 'Claudia Roth-Meister',
    title: 'Aufsuchende Beratung im Dorfgemeinschaftshaus',
    summary:
      'Fachkräfte beraten einmal pro Woche vor Ort in kleinen Gemeinden – ohne Termin, ohne lange Anfahrt. So erreichen wir Menschen, die seit Jahren nicht mehr ins Jobcenter kommen.',
    situation:
      'Im ländlichen Raum fahren Busse selten. Viele Langzeitarbeitslose nahmen Termine in der Kreisstadt nicht wahr, Sanktionen halfen nicht weiter.',
    approach:
      'Zwei Integrationsfachkräfte sind an festen Wochentagen in sechs Dorfgemeinschaftshäusern. Die Gemeinden stellen Raum und WLAN, das Jobcenter bringt Laptop und mobiles Drucken mit. Termine gibt es nicht, wer kommt, wird beraten.',
    results:
      'Nach einem Jahr kamen 38 % der Menschen, die zuvor mehrere Termine versäumt hatten, mindestens einmal in die Sprechstunde. Die Vermittlungen in dieser Gruppe stiegen deutlich.',
    keyFigures: [
      { label: 'Beratungen', value: '640', unit: 'pro Jahr' },
      { label: 'Vermittlungen', value: '52', unit: 'Personen' },
    ],
    duration: 'seit März 2023, unbefristet',
    costs: 'Personal aus dem Verwaltungsbudget; Fahrtkosten rund 4.000 Euro im Jahr.',
    partners: 'Gemeinden des Landkreises, Kreisseniorenrat',
    transferability:
      'Braucht zwei erfahrene Fachkräfte, Räume der Gemeinden und mobile Technik. In drei Monaten aufzubauen.',
    targetGroups: ['Langzeitarbeitslose', 'Ältere'],
    fields: ['Netzwerkarbeit', 'Digitalisierung'],
    adoptedBy: ['Landkreis Biberach', 'Landkreis Oberallgäu', 'Landkreis Fulda', 'Landkreis Emsland'],
    comments: [
      ['Frank Lehmann', 'Wie organisieren Sie die Vertretung bei Urlaub? Bei uns scheitert es genau daran.'],
      [
        'Claudia Roth-Meister',
        'Wir haben einen festen Springer aus dem Team – die Sprechstunde fällt nie aus.',
      ],
    ],
    daysAgo: 120,
  },
  {
    organisation: 'Landeshauptstadt Stuttgart',
    author: 'Deniz Aksoy',
    title: 'Digitale Sprechstunde für Alleinerziehende',
    summary:
      'Videoberatung am frühen Abend, wenn die Kinder versorgt sind: Alleinerziehende buchen online und sprechen mit ihrer Fachkraft von zu Hause.',
    situation:
      'Alleinerziehende sagten Termine oft ab, weil Kita-Zeiten und Sprechzeiten nicht zusammenpassten.',
    approach:
      'Zweimal pro Woche bieten wir Termine zwischen 17 und 19 Uhr per Video an. Gebucht wird über das Online-Portal; Unterlagen werden vorher hochgeladen. Eine Kinderbetreuung im Haus ergänzt das Angebot für persönliche Termine.',
    results:
      'Die Zahl abgesagter Termine halbierte sich; 60 Teilnehmerinnen starteten eine Teilzeitausbildung oder Qualifizierung.',
    keyFigures: [
      { label: 'Teilnehmende', value: '310', unit: 'Personen' },
      { label: 'Absagequote', value: '-50', unit: '%' },
    ],
    duration: '2022–2025',
    costs: 'Lizenzen für die Videoplattform rund 6.000 Euro im Jahr; ESF-Mittel für die Kinderbetreuung.',
    partners: 'Kita-Träger der Stadt, Frauenberatungsstelle',
    transferability: 'Datenschutzkonforme Videoplattform und ein Team mit Abendschicht nötig.',
    targetGroups: ['Alleinerziehende', 'Bedarfsgemeinschaften mit Kindern'],
    fields: ['Digitalisierung', 'Kinderbetreuung'],
    adoptedBy: ['Landeshauptstadt Wiesbaden', 'Stadt Erlangen', 'Kreis Offenbach'],
    comments: [['Ines Vogt', 'Sehr hilfreich! Welche Plattform nutzen Sie?']],
    daysAgo: 90,
  },
  {
    organisation: 'Landkreis Havelland',
    author: 'Frank Lehmann',
    title: 'Gesundheitslotsen im Jobcenter',
    summary:
      'Geschulte Lotsinnen begleiten Menschen mit gesundheitlichen Einschränkungen zu Ärzten, Krankenkassen und Reha-Trägern.',
    situation:
      'Viele Leistungsberechtigte kamen mit gesundheitlichen Problemen nicht weiter, weil Anträge und Zuständigkeiten unübersichtlich waren.',
    approach:
      'Drei Gesundheitslotsinnen mit Pflegehintergrund sind im Jobcenter angestellt. Sie vereinbaren Termine, begleiten auf Wunsch und halten Kontakt zu den Krankenkassen. Alles freiwillig und mit Einwilligung.',
    results: 'Jede dritte begleitete Person nahm innerhalb eines Jahres an einer Maßnahme teil.',
    keyFigures: [{ label: 'Begleitete Personen', value: '210', unit: '' }],
    duration: 'seit 2021',
    costs: 'Drei Stellen, kofinanziert über das Bundesprogramm rehapro.',
    partners: 'AOK Nordost, Deutsche Rentenversicherung, Sozialpsychiatrischer Dienst',
    transferability: 'Fachpersonal mit Gesundheitshintergrund und verbindliche Absprachen mit Krankenkassen.',
    targetGroups: ['Menschen mit gesundheitlichen Einschränkungen', 'Langzeitarbeitslose'],
    fields: ['Gesundheit', 'Netzwerkarbeit'],
    adoptedBy: ['Landkreis Göttingen', 'Landkreis Vorpommern-Rügen'],
    comments: [
      ['Sophie Brandt', 'Wir planen etwas Ähnliches – dürfen wir Ihre Stellenbeschreibung bekommen?'],
    ],
    daysAgo: 200,
  },
  {
    organisation: 'Landkreis Fulda',
    author: 'Sophie Brandt',
    title: 'Arbeitgeberfrühstück im Gewerbegebiet',
    summary:
      'Einmal im Quartal lädt der Arbeitgeberservice Betriebe eines Gewerbegebiets zum Frühstück ein – mit drei Bewerberinnen und Bewerbern, die sich vorstellen.',
    situation: 'Kleine Betriebe kannten den Arbeitgeberservice kaum und meldeten offene Stellen selten.',
    approach:
      'Wir wählen ein Gewerbegebiet, laden alle Betriebe ein und bereiten mit drei passenden Bewerbern eine kurze Vorstellung vor. Danach gibt es Gespräche am Stehtisch.',
    results: 'Aus elf Frühstücken entstanden 41 Einstellungen und viele neue Kontakte.',
    keyFigures: [{ label: 'Einstellungen', value: '41', unit: 'Personen' }],
    duration: 'seit 2023',
    costs: 'Rund 300 Euro pro Frühstück, gesponsert von der Wirtschaftsförderung.',
    partners: 'Wirtschaftsförderung, IHK',
    transferability: 'Einfach: ein Raum, ein Catering und eine gute Vorbereitung der Bewerbenden.',
    targetGroups: ['Langzeitarbeitslose', 'Menschen mit Migrationsgeschichte'],
    fields: ['Arbeitgeberservice'],
    adoptedBy: ['Landkreis Biberach', 'Main-Kinzig-Kreis', 'Landkreis Ansbach'],
    comments: [
      ['Markus Engel', 'Bei uns klappt das auch mit einem Feierabend-Treffen statt Frühstück.'],
      ['Claudia Roth-Meister', 'Tolle Idee, wir probieren es im Herbst aus.'],
    ],
    daysAgo: 60,
  },
  {
    organisation: 'Landkreis Emsland',
    author: 'Markus Engel',
    title: 'Sprachcafé mit Praxisteil',
    summary:
      'Ehrenamtliche und Fachkräfte üben mit Geflüchteten Deutsch im Alltag – mit Betriebsbesuchen, bei denen Fachwörter direkt am Arbeitsplatz gelernt werden.',
    situation: 'Nach dem Integrationskurs fehlte vielen die Sprachpraxis für den Arbeitsalltag.',
    approach:
      'Wöchentliches Sprachcafé, einmal im Monat ein Betriebsbesuch (Pflege, Logistik, Handwerk). Die Vokabeln dazu werden vorher geübt.',
    results: '70 Teilnehmende, davon 25 in Arbeit oder Ausbildung.',
    keyFigures: [
      { label: 'Teilnehmende', value: '70', unit: 'Personen' },
      { label: 'In Arbeit oder Ausbildung', value: '25', unit: 'Personen' },
    ],
    duration: 'seit 2022',
    costs: 'Geringe Sachkosten; Ehrenamtspauschalen.',
    partners: 'Volkshochschule, Freiwilligenagentur, örtliche Betriebe',
    transferability: 'Engagierte Ehrenamtliche und zwei, drei offene Betriebe genügen für den Start.',
    targetGroups: ['Menschen mit Migrationsgeschichte'],
    fields: ['Sprachförderung', 'Arbeitgeberservice'],
    adoptedBy: ['Landkreis Leer', 'Landkreis Aurich'],
    comments: [['Deniz Aksoy', 'Betriebsbesuche sind der Schlüssel – das können wir bestätigen.']],
    daysAgo: 150,
  },
  {
    organisation: 'Main-Kinzig-Kreis',
    author: 'Ines Vogt',
    title: 'Schuldnerberatung ohne Wartezeit',
    summary:
      'Eine Schuldnerberaterin hat feste Sprechzeiten im Jobcenter. Wer Schulden hat, bekommt binnen einer Woche einen Termin statt nach drei Monaten.',
    situation: 'Lange Wartezeiten bei der Schuldnerberatung blockierten Arbeitsaufnahmen.',
    approach:
      'Kooperationsvertrag mit dem freien Träger: zwei Tage pro Woche im Jobcenter, Überleitung durch die Fachkräfte mit einem kurzen Formular.',
    results: 'Wartezeit von 12 auf 1 Woche gesenkt.',
    keyFigures: [{ label: 'Wartezeit', value: '1', unit: 'Woche' }],
    duration: 'seit 2020',
    costs: 'Finanziert über kommunale Eingliederungsleistungen nach § 16a SGB II.',
    partners: 'Diakonie, Caritas',
    transferability: 'Vertrag mit einem Träger, Räume im Jobcenter.',
    targetGroups: ['Langzeitarbeitslose', 'Bedarfsgemeinschaften mit Kindern'],
    fields: ['Schuldner- und Suchtberatung'],
    adoptedBy: ['Landkreis Darmstadt-Dieburg'],
    comments: [],
    daysAgo: 240,
  },
  {
    organisation: 'Landkreis Biberach',
    author: 'Claudia Roth-Meister',
    title: 'Jugendberufsagentur unter einem Dach',
    summary:
      'Jobcenter, Agentur für Arbeit und Jugendhilfe beraten junge Menschen unter 25 gemeinsam an einem Ort und mit einer Fallkonferenz.',
    situation: 'Junge Menschen wurden zwischen Stellen hin- und hergeschickt und gingen verloren.',
    approach:
      'Gemeinsamer Empfang, abgestimmte Beratung, wöchentliche Fallkonferenz mit Einwilligung der Jugendlichen.',
    results: 'Weniger Abbrüche; 85 % der Jugendlichen haben nach sechs Monaten einen Anschluss.',
    keyFigures: [{ label: 'Anschlussquote', value: '85', unit: '%' }],
    duration: 'seit 2019',
    costs: 'Räume vom Landkreis; Personal der Partner.',
    partners: 'Agentur für Arbeit, Jugendamt, Schulen',
    transferability: 'Politischer Wille und eine gemeinsame Vereinbarung der drei Partner.',
    targetGroups: ['Jugendliche unter 25'],
    fields: ['Netzwerkarbeit', 'Qualifizierung'],
    adoptedBy: ['Landkreis Ravensburg', 'Landkreis Tuttlingen'],
    comments: [['Frank Lehmann', 'Wie regeln Sie den Datenaustausch?']],
    daysAgo: 300,
  },
  {
    organisation: 'Stadt Erlangen',
    author: 'Deniz Aksoy',
    title: 'Digitalwerkstatt für Ältere',
    summary: 'Kurse für über 50-Jährige: Bewerbung am Computer, Online-Portale, Videogespräche.',
    situation: 'Ältere Kundinnen und Kunden scheiterten an Online-Bewerbungen.',
    approach: 'Sechswöchige Kurse mit höchstens acht Personen, Leihgeräte für zu Hause.',
    results: '90 % schlossen den Kurs ab; viele nutzen seitdem das Online-Portal.',
    keyFigures: [{ label: 'Abschlussquote', value: '90', unit: '%' }],
    duration: 'seit 2024',
    costs: 'Rund 15.000 Euro im Jahr für Geräte und Dozierende.',
    partners: 'Stadtbibliothek, Seniorenbeirat',
    transferability: 'Ein Raum mit Geräten und geduldige Dozierende.',
    targetGroups: ['Ältere'],
    fields: ['Digitalisierung', 'Qualifizierung'],
    adoptedBy: ['Landkreis Würzburg'],
    comments: [],
    daysAgo: 45,
  },
  {
    organisation: 'Landkreis Göttingen',
    author: 'Markus Engel',
    title: 'Kinderbetreuung bei Maßnahmebeginn',
    summary:
      'Eine Notfall-Kinderbetreuung überbrückt die ersten Wochen einer Maßnahme, bis ein Kita-Platz da ist.',
    situation: 'Eltern konnten Maßnahmen nicht antreten, weil die Betreuung fehlte.',
    approach: 'Kooperation mit Tagespflegepersonen; Vermittlung in 48 Stunden.',
    results: '120 Eltern konnten pünktlich starten.',
    keyFigures: [{ label: 'Eltern', value: '120', unit: 'Personen' }],
    duration: '2023–2026',
    costs: 'Landesmittel für Tagespflege, Koordination aus dem Jobcenter.',
    partners: 'Jugendamt, Tagespflegebörse',
    transferability: 'Eine gute Tagespflegestruktur im Landkreis.',
    targetGroups: ['Alleinerziehende', 'Bedarfsgemeinschaften mit Kindern'],
    fields: ['Kinderbetreuung'],
    adoptedBy: ['Landkreis Havelland'],
    comments: [['Ines Vogt', 'Genau das fehlt uns.']],
    daysAgo: 75,
  },
  {
    organisation: 'Landkreis Vorpommern-Rügen',
    author: 'Frank Lehmann',
    title: 'Saisonarbeit als Brücke',
    summary: 'Gemeinsam mit Tourismusbetrieben wird Saisonarbeit mit Qualifizierung im Winter verbunden.',
    situation: 'Saisonkräfte fielen im Winter zurück in den Leistungsbezug.',
    approach:
      'Im Winter Qualifizierung (Gastronomie, Hygiene, Sprache), im Sommer Arbeit bei denselben Betrieben.',
    results: '40 % erhielten einen Ganzjahresvertrag.',
    keyFigures: [{ label: 'Ganzjahresverträge', value: '40', unit: '%' }],
    duration: 'seit 2022',
    costs: 'Bildungsgutscheine, Eigenanteil der Betriebe.',
    partners: 'DEHOGA, Tourismusverband',
    transferability: 'Passt zu Regionen mit saisonaler Wirtschaft.',
    targetGroups: ['Langzeitarbeitslose'],
    fields: ['Qualifizierung', 'Arbeitgeberservice'],
    adoptedBy: ['Landkreis Oberallgäu'],
    comments: [],
    daysAgo: 180,
  },
  {
    organisation: 'Landeshauptstadt Wiesbaden',
    author: 'Sophie Brandt',
    title: 'Suchtberatung im Jobcenter',
    summary:
      'Vertrauliche Sprechstunde einer Suchtberatungsstelle im Jobcenter, erreichbar ohne Überweisung.',
    situation: 'Suchterkrankungen wurden spät erkannt, Überleitungen scheiterten.',
    approach: 'Wöchentliche offene Sprechstunde, kurze Wege, Schulung der Fachkräfte zum Ansprechen.',
    results: 'Doppelt so viele Überleitungen in Beratung wie zuvor.',
    keyFigures: [],
    duration: 'seit 2021',
    costs: 'Kommunale Eingliederungsleistungen.',
    partners: 'Suchthilfezentrum',
    transferability: 'Ein Träger der Suchthilfe mit freien Kapazitäten.',
    targetGroups: ['Menschen mit gesundheitlichen Einschränkungen'],
    fields: ['Schuldner- und Suchtberatung', 'Gesundheit'],
    adoptedBy: [],
    comments: [['Claudia Roth-Meister', 'Wie schulen Sie die Fachkräfte?']],
    daysAgo: 30,
  },
  {
    organisation: 'Kreis Offenbach',
    author: 'Ines Vogt',
    title: 'Mentoring durch Unternehmen',
    summary:
      'Beschäftigte aus Unternehmen begleiten Jugendliche ein halbes Jahr als Mentorinnen und Mentoren.',
    situation: 'Vielen Jugendlichen fehlten Vorbilder aus dem Berufsleben.',
    approach: 'Matching-Abend, monatliche Treffen, Praktikum im Betrieb der Mentorin.',
    results: '55 Tandems, 30 Ausbildungsverträge.',
    keyFigures: [
      { label: 'Tandems', value: '55', unit: '' },
      { label: 'Ausbildungsverträge', value: '30', unit: '' },
    ],
    duration: 'seit 2023',
    costs: 'Koordinationsstelle halbtags.',
    partners: 'Unternehmerverband, Schulen',
    transferability: 'Ein Netzwerk engagierter Betriebe.',
    targetGroups: ['Jugendliche unter 25'],
    fields: ['Arbeitgeberservice', 'Netzwerkarbeit'],
    adoptedBy: ['Landkreis Biberach', 'Landeshauptstadt Stuttgart'],
    comments: [['Markus Engel', 'Wie finden Sie die Mentorinnen?']],
    daysAgo: 20,
  },
  {
    organisation: 'Landkreis Ansbach',
    author: 'Markus Engel',
    title: 'Führerschein als Integrationshilfe',
    summary: 'Zuschuss und Lernbegleitung für den Führerschein, wenn ein Arbeitsvertrag in Aussicht ist.',
    situation: 'Ohne Auto waren viele Arbeitsplätze im ländlichen Raum nicht erreichbar.',
    approach: 'Förderung nach Prüfung der Erreichbarkeit, Theorie-Lerngruppe im Jobcenter.',
    results: '80 % bestanden im ersten Anlauf.',
    keyFigures: [{ label: 'Bestehensquote', value: '80', unit: '%' }],
    duration: 'seit 2020',
    costs: 'Bis 1.500 Euro pro Person aus dem Vermittlungsbudget.',
    partners: 'Fahrschulen der Region',
    transferability: 'Klare Förderkriterien und Absprachen mit Fahrschulen.',
    targetGroups: ['Langzeitarbeitslose', 'Jugendliche unter 25'],
    fields: ['Qualifizierung'],
    adoptedBy: ['Landkreis Havelland', 'Landkreis Emsland'],
    comments: [],
    daysAgo: 100,
  },
];

export async function seedPracticeDemo(dataSource: DataSource, now: Date): Promise<number> {
  const organisations = new Map<string, { id: string; state: string; category: string }>(
    (
      (await dataSource.query('SELECT id, name, state, category FROM organisations')) as {
        id: string;
        name: string;
        state: string;
        category: string;
      }[]
    ).map((row) => [row.name, row]),
  );
  const terms = new Map<string, string>(
    ((await dataSource.query('SELECT id, label FROM taxonomy_terms')) as { id: string; label: string }[]).map(
      (row) => [row.label, row.id],
    ),
  );
  return dataSource.transaction(async (manager) => {
    const people = new Map<string, string>();
    for (const [index, [name, organisation]] of DEMO_PEOPLE.entries()) {
      const [row] = (await manager.query(
        `INSERT INTO users (issuer, subject, display_name, email, roles, organisation_id, active)
         VALUES ('urn:portal:demo', $1, $2, $1 || '@demo.kommunale-jobcenter.example', '{staff}', $3, false)
         ON CONFLICT (issuer, subject) DO UPDATE SET display_name = EXCLUDED.display_name RETURNING id`,
        [`gute-praxis-${index + 1}`, name, organisations.get(organisation)?.id ?? null],
      )) as { id: string }[];
      if (row) people.set(name, row.id);
    }
    let count = 0;
    for (const entry of ENTRIES) {
      const organisation = organisations.get(entry.organisation);
      if (!organisation) continue;
      const publishedAt = new Date(now.getTime() - entry.daysAgo * 86_400_000);
      const adopters = entry.adoptedBy.flatMap((name) => organisations.get(name)?.id ?? []);
      const [practice] = (await manager.query(
        `INSERT INTO practices (title, summary, situation, approach, results, duration, costs, partners,
            transferability, key_figures, has_key_figures, contact_name, contact_role, contact_email, contact_phone,
            status, organisation_id, state, organisation_category, author_id, adoption_count, submitted_at,
            published_at, demo, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10::jsonb, $11, $12, 'Integrationsfachkraft', '', '',
            'published', $13, $14, $15, $16, $17, $18, $18, true, $18)
         RETURNING id`,
        [
          entry.title,
          entry.summary,
          entry.situation,
          entry.approach,
          entry.results,
          entry.duration,
          entry.costs,
          entry.partners,
          entry.transferability,
          JSON.stringify(entry.keyFigures),
          entry.keyFigures.length > 0,
          entry.author,
          organisation.id,
          organisation.state,
          organisation.category,
          people.get(entry.author) ?? null,
          adopters.length,
          publishedAt,
        ],
      )) as { id: string }[];
      if (!practice) continue;
      const termIds = [...entry.targetGroups, ...entry.fields].flatMap((label) => terms.get(label) ?? []);
      for (const termId of termIds) {
        await manager.query(
          `INSERT INTO taxonomy_assignments (target_type, target_id, term_id) VALUES ('practice', $1, $2)`,
          [practice.id, termId],
        );
      }
      await manager.query(
        `INSERT INTO practice_versions (practice_id, version, content, edited_by, edited_at, published)
         SELECT id, version, jsonb_build_object('title', title, 'summary', summary, 'situation', situation,
           'approach', approach, 'results', results, 'duration', duration, 'costs', costs, 'partners', partners,
           'transferability', transferability, 'keyFigures', key_figures,
           'contact', jsonb_build_object('name', contact_name, 'role', contact_role, 'email', contact_email, 'phone', contact_phone),
           'targetGroupIds', $2::jsonb, 'fieldIds', $3::jsonb), author_id, published_at, true
           FROM practices WHERE id = $1`,
        [
          practice.id,
          JSON.stringify(entry.targetGroups.flatMap((label) => terms.get(label) ?? [])),
          JSON.stringify(entry.fields.flatMap((label) => terms.get(label) ?? [])),
        ],
      );
      for (const [offset, organisationId] of adopters.entries()) {
        await manager.query(
          `INSERT INTO practice_adoptions (practice_id, organisation_id, note, created_at) VALUES ($1, $2, $3, $4)`,
          [
            practice.id,
            organisationId,
            offset === 0 ? 'Bei uns seit einigen Monaten im Einsatz – mit guten Erfahrungen.' : null,
            new Date(publishedAt.getTime() + (offset + 1) * 5 * 86_400_000),
          ],
        );
      }
      for (const [offset, [author, body]] of entry.comments.entries()) {
        await manager.query(
          `INSERT INTO comments (target_type, target_id, author_id, body, created_at) VALUES ('practice', $1, $2, $3, $4)`,
          [
            practice.id,
            people.get(author) ?? null,
            body,
            new Date(publishedAt.getTime() + (offset + 1) * 86_400_000),
          ],
        );
      }
      count++;
    }
    return count;
  });
}
