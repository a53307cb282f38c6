/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * The bench data set of issue 8, set-based (generate_series / unnest, no per-row API calls):
 * 10,000 users, 100,000 news items, 50,000 practices, 20,000 campaign assets and a search index
 * topped up to 200,000 documents (organisations: the 104 of the demo seed). Each part is seeded
 * once per database (recorded in `bench_seeds`), by the benchmark that needs it; BENCH_SCALE
 * shrinks every count.
 */
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { scaled } from './lib/scale';
import { results } from './lib/results';

export const COUNTS = {
  users: scaled('BENCH_USERS', 10_000),
  news: scaled('BENCH_NEWS', 100_000),
  practices: scaled('BENCH_PRACTICES', 50_000),
  assets: scaled('BENCH_ASSETS', 20_000),
  searchDocuments: scaled('BENCH_SEARCH_DOCS', 200_000),
};

/** Runs `work` once per database under `name`; records how long it took. */
async function once(db: Pool, name: string, work: () => Promise<string>): Promise<void> {
  await db.query(
    'CREATE TABLE IF NOT EXISTS bench_seeds (name text PRIMARY KEY, seconds numeric NOT NULL, summary text NOT NULL)',
  );
  const { rowCount } = await db.query('SELECT 1 FROM bench_seeds WHERE name = $1', [name]);
  if (rowCount) return;
  const started = performance.now();
  const summary = await work();
  // A production table is vacuumed: visibility map set (index-only scans), no autovacuum beside the
  // measurement that follows the seed (it ran during the feed run and cost it ≈ 30 %).
  await db.query('VACUUM (ANALYZE)');
  const seconds = Math.round((performance.now() - started) / 100) / 10;
  await db.query('INSERT INTO bench_seeds (name, seconds, summary) VALUES ($1, $2, $3)', [
    name,
    seconds,
    summary,
  ]);
  results.durations[`seed:${name}`] = seconds;
  console.log(`Seed ${name}: ${summary} in ${seconds} s`);
}

export function seedUsers(db: Pool): Promise<void> {
  return once(db, 'users', async () => {
    // The demo news are the portal's history for these people, not news to announce to 10,000 new
    // accounts: otherwise 20,000 immediate mails went out beside the first measurements (≈ 6 min).
    await db.query(`UPDATE news SET notified_at = now() WHERE notified_at IS NULL AND status = 'published'`);
    await db.query(
      `INSERT INTO users (issuer, subject, display_name, email, roles, organisation_id)
       SELECT 'bench', 'bench-' || i, 'Bench Person ' || i, 'bench' || i || '@example.org',
              CASE WHEN i % 10 = 0 THEN ARRAY['editor'] ELSE ARRAY['staff'] END,
              (SELECT id FROM organisations ORDER BY key OFFSET (i % 100) LIMIT 1)
         FROM generate_series(1, $1) AS i`,
      [COUNTS.users],
    );
    return `${COUNTS.users} Personen`;
  });
}

export function seedNews(db: Pool): Promise<void> {
  return once(db, 'news', async () => {
    // Realistic mix: a fifth network-wide, the rest addressed to one Land, one organisation or a
    // role; some important, some archived, some expired; already announced (the portal's history,
    // not 100,000 fresh notifications).
    await db.query(
      `WITH orgs AS (SELECT array_agg(id ORDER BY key) AS ids, array_agg(DISTINCT state) AS states FROM organisations)
       INSERT INTO news (title, teaser, body, category, status, important, published_at, organisation_id,
                         audience_states, audience_organisation_ids, audience_roles, expires_at, notified_at)
       SELECT 'Bench-Meldung ' || i || ' zu Jobcentern und Digitalisierung',
              'Kurzfassung der Meldung ' || i,
              repeat('Text über kommunale Jobcenter, Qualifizierung und Vermittlung. ', 20),
              (ARRAY['kampagne','digitalisierung','veranstaltung','recht-politik','netzwerk'])[1 + i % 5],
              CASE WHEN i % 50 = 0 THEN 'archived' ELSE 'published' END,
              i % 40 = 0,
              now() - (i || ' minutes')::interval,
              orgs.ids[1 + i % array_length(orgs.ids, 1)],
              CASE WHEN i % 5 = 1 THEN ARRAY[orgs.states[1 + i % array_length(orgs.states, 1)]] ELSE '{}' END,
              CASE WHEN i % 5 = 2 THEN ARRAY[orgs.ids[1 + i % array_length(orgs.ids, 1)]] ELSE '{}' END,
              CASE WHEN i % 5 = 3 THEN ARRAY['manager'] ELSE '{}' END,
              CASE WHEN i % 97 = 0 THEN now() - interval '1 day' ELSE NULL END,
              now()
         FROM generate_series(1, $1) AS i, orgs`,
      [COUNTS.news],
    );
    return `${COUNTS.news} Neuigkeiten`;
  });
}

export function seedPractices(db: Pool): Promise<void> {
  return once(db, 'practices', async () => {
    await db.query(
      `WITH orgs AS (SELECT array_agg(id ORDER BY key) AS ids, array_agg(state ORDER BY key) AS states,
                            array_agg(category ORDER BY key) AS categories
                       FROM organisations WHERE kind = 'jobcenter')
       INSERT INTO practices (title, summary, approach, results, status, organisation_id, state, organisation_category,
                              adoption_count, helpful_count, has_key_figures, key_figures, published_at, submitted_at)
       SELECT 'Bench-Praxis ' || i || ' zu Beratung und Vermittlung',
              'Kurzbeschreibung des Praxisbeispiels ' || i,
              repeat('Vorgehen mit Netzwerkpartnern, Qualifizierung und aufsuchender Beratung. ', 10),
              'Ergebnisse ' || i,
              'published',
              orgs.ids[1 + i % array_length(orgs.ids, 1)],
              orgs.states[1 + i % array_length(orgs.ids, 1)],
              orgs.categories[1 + i % array_length(orgs.ids, 1)],
              ((i::bigint * 7919) % 23)::int, ((i::bigint * 104729) % 31)::int, i % 3 = 0,
              CASE WHEN i % 3 = 0 THEN '[{"label":"Teilnehmende","value":"100","unit":""}]'::jsonb ELSE '[]'::jsonb END,
              now() - (i || ' minutes')::interval, now() - (i || ' minutes')::interval
         FROM generate_series(1, $1) AS i, orgs`,
      [COUNTS.practices],
    );
    // Two Handlungsfelder and one Zielgruppe per entry.
    await db.query(
      `WITH fields AS (SELECT array_agg(t.id ORDER BY t.position) AS ids FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id WHERE x.key = 'handlungsfelder'),
            groups AS (SELECT array_agg(t.id ORDER BY t.position) AS ids FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id WHERE x.key = 'zielgruppen'),
            entries AS (SELECT id, row_number() OVER (ORDER BY id) AS n FROM practices WHERE title LIKE 'Bench-Praxis %')
       INSERT INTO taxonomy_assignments (target_type, target_id, term_id)
       SELECT 'practice', e.id, t FROM entries e, fields f, groups g,
              LATERAL (VALUES (f.ids[1 + e.n % array_length(f.ids, 1)]), (f.ids[1 + (e.n / 7) % array_length(f.ids, 1)]),
                              (g.ids[1 + e.n % array_length(g.ids, 1)])) AS v(t)
       ON CONFLICT DO NOTHING`,
    );
    // Some adoptions by Kreis Offenbach, so recommendations have Handlungsfelder to follow.
    await db.query(
      `INSERT INTO practice_adoptions (practice_id, organisation_id, created_at)
       SELECT p.id, o.id, now() FROM (SELECT id FROM practices WHERE title LIKE 'Bench-Praxis %' ORDER BY id LIMIT 20) p,
              organisations o WHERE o.key = 'kreis-offenbach'
       ON CONFLICT DO NOTHING`,
    );
    return `${COUNTS.practices} Praxisbeispiele`;
  });
}

/**
 * Campaign assets in four bench campaigns (the demo campaign's ZIP stays small), each with one version whose file is one of the demo
 * files (the gallery reads rows; the bytes are the delivery benchmark's business). A tenth is
 * for managers only, a twentieth expired, a fiftieth under embargo.
 */
export function seedAssets(db: Pool): Promise<void> {
  return once(db, 'assets', async () => {
    const { rows: files } = await db.query<{ file_id: string; media_type: string }>(
      `SELECT file_id, media_type FROM campaign_asset_files ORDER BY position LIMIT 1`,
    );
    const file = files[0];
    if (!file) throw new Error('Keine Demo-Datei einer Kampagne gefunden (Demo-Daten fehlen?).');
    await db.query(
      `INSERT INTO campaigns (name, status, starts_on, description)
       SELECT 'Bench-Kampagne ' || n, 'active', current_date - 30, 'Kampagne des Benchmarks'
         FROM generate_series(1, 4) AS n`,
    );
    // A file row per asset (a file belongs to one asset): copies of the demo file's row, every
    // column taken over except id and storage key.
    await db.query(
      `INSERT INTO stored_files
       SELECT (jsonb_populate_record(NULL::stored_files, to_jsonb(f) || jsonb_build_object(
                 'id', gen_random_uuid(), 'storage_key', f.storage_key || '-bench-' || i,
                 'original_name', 'bench-material-' || i))).*
         FROM stored_files f, generate_series(1, $1) AS i WHERE f.id = $2`,
      [COUNTS.assets, file.file_id],
    );
    await db.query(
      `WITH bench AS (SELECT array_agg(id ORDER BY id) AS ids FROM campaigns WHERE name LIKE 'Bench-Kampagne %')
       INSERT INTO campaign_assets (campaign_id, title, description, type, tags, alt_text, roles,
                                    expires_at, expiry_recalled_at, available_from, latest_version, created_at)
       SELECT c.ids[1 + i % array_length(c.ids, 1)],
              'Bench-Material ' || i, 'Beschreibung des Materials ' || i,
              (ARRAY['logo','poster','flyer','social-tile','presentation'])[1 + i % 5],
              ARRAY['Bench', 'Motiv ' || (i % 12)], 'Bench-Material ' || i,
              CASE WHEN i % 10 = 0 THEN ARRAY['manager','coordinator'] ELSE '{}' END,
              -- expired ones count as recalled already (no recall job for bench rows)
              CASE WHEN i % 20 = 0 THEN now() - interval '1 day' END,
              CASE WHEN i % 20 = 0 THEN now() END,
              CASE WHEN i % 50 = 0 THEN now() + interval '30 days' END,
              1, now() - (i || ' minutes')::interval
         FROM generate_series(1, $1) AS i, bench c`,
      [COUNTS.assets],
    );
    await db.query(
      `INSERT INTO campaign_asset_versions (asset_id, number, note)
       SELECT id, 1, 'Bench' FROM campaign_assets WHERE title LIKE 'Bench-Material %'`,
    );
    await db.query(
      `INSERT INTO campaign_asset_files (version_id, file_id, asset_id, media_type, position)
       SELECT v.id, f.id, a.id, $1, 0
         FROM campaign_assets a
         JOIN campaign_asset_versions v ON v.asset_id = a.id
         JOIN stored_files f ON f.original_name = 'bench-material-' || substring(a.title FROM 16)
        WHERE a.title LIKE 'Bench-Material %'`,
      [file.media_type],
    );
    await db.query(
      `UPDATE campaign_assets a SET current_version_id = v.id
         FROM campaign_asset_versions v WHERE v.asset_id = a.id AND a.title LIKE 'Bench-Material %'`,
    );
    // The copies' storage keys name no stored bytes: left pending, the text extraction's minute
    // sweep failed on 20,000 files and retried them during every later measurement.
    await db.query(
      `UPDATE search_file_texts t SET status = 'unsupported', detail = 'Bench', extracted_at = now()
         FROM stored_files f
        WHERE f.id = t.file_id AND f.original_name LIKE 'bench-material-%' AND t.status = 'pending'`,
    );
    return `${COUNTS.assets} Kampagnenmaterialien`;
  });
}

/** Domain words, most frequent first: rank 1 and 2 are the broad terms of the issue. */
const CORE = `Jobcenter Digitalisierung Beratung Leistungsberechtigte Vermittlung Integration Arbeitsmarkt
Qualifizierung Netzwerk Kommune Landkreis Fallmanagement Eingliederung Förderung Bürgergeld Weiterbildung
Ausbildung Langzeitarbeitslose Jugendberufsagentur Zusammenarbeit Projekt Teilhabe Familie Gesundheit
Kinderbetreuung Sprachförderung Migration Arbeitgeber Betriebe Praktikum Coaching Sozialraum Quartier
Schuldnerberatung Suchtberatung Wohnungslosigkeit Mobilität Onlinezugang E-Akte Videoberatung Datenschutz
Prozess Verwaltung Antrag Bescheid Widerspruch Statistik Kennzahlen Controlling Steuerung Personal Fortbildung
Fachkräfte Ehrenamt Stadtteil Bildung Schule Hochschule Handwerk Pflege Gastronomie Logistik Einzelhandel
Umschulung Bewerbung Lebenslauf Vorstellungsgespräch Arbeitsvertrag Minijob Teilzeit Vollzeit Einkommen
Wohnung Miete Heizkosten Kinderzuschlag Wohngeld Unterhalt Alleinerziehende Rehabilitation Behinderung
Inklusion Gleichstellung Frauen Männer Senioren Geflüchtete Aufenthalt Integrationskurs Berufssprachkurs
Anerkennung Abschluss Zeugnis Kompetenz Potenzial Motivation Stabilisierung Tagesstruktur Gesundheitsförderung
Prävention Sport Kultur Medien Software Schnittstelle Plattform Portal Cloud Sicherheit Künstliche Intelligenz
Chatbot Terminvergabe Postfach Scanner Signatur Archiv Dokument Formular Vorlage Leitfaden Webinar Workshop
Konferenz Fachtag Tagung Austausch Erfahrung Ergebnis Wirkung Evaluation Studie Bericht Konzept Strategie`
  .split(/\s+/)
  .filter(Boolean);
const STOP = ['und', 'der', 'die', 'das', 'mit', 'für', 'im', 'in', 'von', 'zu', 'auf', 'wir', 'eine'];
const SYLLABLES = [
  'bau',
  'werk',
  'land',
  'stadt',
  'feld',
  'haus',
  'hof',
  'berg',
  'tal',
  'kreis',
  'dorf',
  'mark',
];

/** CORE words, then synthetic compounds (Stadtwerkberatung …) as the long, rare tail. */
function vocabulary(size: number): string[] {
  const words = [...CORE];
  let i = 0;
  while (words.length < size) {
    const a = SYLLABLES[i % SYLLABLES.length] ?? '';
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length] ?? '';
    const c = (CORE[Math.floor(i / 144) % CORE.length] ?? '').toLowerCase();
    words.push(`${a.slice(0, 1).toUpperCase()}${a.slice(1)}${b}${c}`);
    i++;
  }
  return words;
}

export const VOCABULARY = vocabulary(20_000);

/** Zipf sampler (s ≈ 1) over the vocabulary, by inverse CDF on a precomputed table. */
function zipfSampler(size: number, random: () => number): () => number {
  const cdf = new Float64Array(size);
  let sum = 0;
  for (let r = 0; r < size; r++) cdf[r] = sum += 1 / (r + 1);
  return () => {
    const x = random() * sum;
    let lo = 0;
    let hi = size - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

function mulberry32(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const BATCH = 2_000;
const random = mulberry32(42);
const zipf = zipfSampler(VOCABULARY.length, random);

function sentence(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push((random() < 0.3 ? STOP[Math.floor(random() * STOP.length)] : VOCABULARY[zipf()]) ?? '');
  }
  return `${out.join(' ')}.`;
}

function text(sentences: number, wordsPer: number): string {
  return Array.from({ length: sentences }, () => sentence(wordsPer)).join(' ');
}

/**
 * Tops the search index up to COUNTS.searchDocuments (news, Termine, Gute Praxis; a tenth for one
 * Land only, a twentieth for managers only) with Zipf-distributed German text, indexed by the
 * real triggers; batches of 2,000 rows via unnest.
 */
export function seedSearchDocuments(db: Pool): Promise<void> {
  return once(db, 'search', async () => {
    const { rows: counted } = await db.query<{ n: number }>(
      'SELECT count(*)::int AS n FROM search_documents',
    );
    const missing = Math.max(0, COUNTS.searchDocuments - (counted[0]?.n ?? 0));
    const { rows: orgs } = await db.query<{ id: string; state: string }>(
      `SELECT id, state FROM organisations WHERE kind = 'jobcenter' ORDER BY key`,
    );
    const org = (i: number) => orgs[i % orgs.length] as { id: string; state: string };
    for (let offset = 0; offset < missing; offset += BATCH) {
      const count = Math.min(BATCH, missing - offset);
      const rows = Array.from({ length: count }, (_, k) => {
        const i = offset + k;
        return {
          kind: i % 4 === 0 ? 'event' : i % 4 === 1 ? 'practice' : 'news',
          title: sentence(6),
          summary: sentence(18),
          body: text(8, 14),
          org: org(i),
          states: i % 10 === 0 ? [org(i).state] : [],
          roles: i % 20 === 0 ? ['manager'] : [],
          at: new Date(Date.now() - i * 60_000).toISOString(),
        };
      });
      const pick = (kind: string) => rows.filter((row) => row.kind === kind);
      const columns = (list: typeof rows) => [
        list.map((r) => r.title),
        list.map((r) => r.summary),
        list.map((r) => r.body),
        list.map((r) => r.org.id),
        list.map((r) => r.at),
        list.map((r) => `{${r.states.map((s) => `"${s}"`).join(',')}}`),
        list.map((r) => `{${r.roles.join(',')}}`),
      ];
      await db.query(
        `INSERT INTO news (title, teaser, body, category, status, organisation_id, published_at, audience_states, audience_roles, notified_at)
         SELECT t, s, b, 'netzwerk', 'published', o::uuid, p::timestamptz, st::text[], ro::text[], now()
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(t, s, b, o, p, st, ro)`,
        columns(pick('news')),
      );
      await db.query(
        `INSERT INTO events (title, description, starts_at, ends_at, all_day, place, organisation_id, audience_states, audience_roles)
         SELECT t, s || ' ' || b, p::timestamptz, p::timestamptz + interval '2 hours', false, 'Online', o::uuid, st::text[], ro::text[]
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[]) AS x(t, s, b, o, p, st, ro)`,
        columns(pick('event')),
      );
      await db.query(
        `INSERT INTO practices (title, summary, situation, approach, results, status, organisation_id, state, published_at, submitted_at)
         SELECT t, s, b, '', '', 'published', o::uuid, (SELECT state FROM organisations WHERE id = o::uuid), p::timestamptz, p::timestamptz
           FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[]) AS x(t, s, b, o, p)`,
        columns(pick('practice')).slice(0, 5),
      );
      if ((offset / BATCH) % 10 === 0) console.log(`Seed search: ${offset + count} / ${missing}`);
    }
    const { rows } = await db.query<{ n: number; jobcenter: number; digital: number }>(
      `SELECT count(*)::int AS n,
              count(*) FILTER (WHERE search_vector @@ websearch_to_tsquery('german', 'Jobcenter'))::int AS jobcenter,
              count(*) FILTER (WHERE search_vector @@ websearch_to_tsquery('german', 'Digitalisierung'))::int AS digital
         FROM search_documents`,
    );
    const r = rows[0];
    return `${missing} Dokumente ergänzt, ${r?.n} im Index („Jobcenter“ in ${r?.jobcenter}, „Digitalisierung“ in ${r?.digital})`;
  });
}
