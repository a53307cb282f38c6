/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * Search benchmark (issue 6): 200,000 searchable documents (news, Termine, Gute Praxis) with German
 * text whose words follow a Zipf distribution (so „Jobcenter“ and „Digitalisierung“ are in far more
 * than 10 % of them), indexed through the real triggers; then 10 concurrent users run
 * (a) a query mix with broad, medium and selective terms, phrases, exclusions, OR, filters and
 * date sort (target p95 ≤ 100 ms), (b) selective queries only (≤ 30 ms) and (c) header
 * suggestions while typing (≤ 20 ms). Every request must answer 200 (a statement timeout would
 * be a 503 and fails the run).
 *   BENCH_ONLY=search npm run bench            (BENCH_SEARCH_DOCS=5000 for a smoke run)
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { signIn } from '../../backend/test/support/sign-in';

const BASE_URL = process.env['BENCH_URL'] ?? 'http://localhost:3600';
const DOCUMENTS = Number(process.env['BENCH_SEARCH_DOCS'] ?? 200_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 10);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 3_000);
const WARM_UP = 200;
const BATCH = 2_000;

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
    const a = SYLLABLES[i % SYLLABLES.length]!;
    const b = SYLLABLES[Math.floor(i / SYLLABLES.length) % SYLLABLES.length]!;
    const c = CORE[Math.floor(i / 144) % CORE.length]!.toLowerCase();
    words.push(`${a[0]!.toUpperCase()}${a.slice(1)}${b}${c}`);
    i++;
  }
  return words;
}

const VOCABULARY = vocabulary(20_000);

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
      if (cdf[mid]! < x) lo = mid + 1;
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

const random = mulberry32(42);
const zipf = zipfSampler(VOCABULARY.length, random);

function sentence(words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) {
    out.push(random() < 0.3 ? STOP[Math.floor(random() * STOP.length)]! : VOCABULARY[zipf()]!);
  }
  return `${out.join(' ')}.`;
}

function text(sentences: number, wordsPer: number): string {
  return Array.from({ length: sentences }, () => sentence(wordsPer)).join(' ');
}

async function seed(db: Client): Promise<void> {
  const started = performance.now();
  const { rows: orgs } = await db.query(
    `SELECT id, state FROM organisations WHERE kind = 'jobcenter' ORDER BY key`,
  );
  const org = (i: number) => orgs[i % orgs.length] as { id: string; state: string };
  for (let offset = 0; offset < DOCUMENTS; offset += BATCH) {
    const count = Math.min(BATCH, DOCUMENTS - offset);
    const rows = Array.from({ length: count }, (_, k) => {
      const i = offset + k;
      return {
        kind: i % 4 === 0 ? 'event' : i % 4 === 1 ? 'practice' : 'news',
        title: sentence(6),
        summary: sentence(18),
        body: text(8, 14),
        org: org(i),
        // Every tenth item is for one Land only, every twentieth for managers only.
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
      `INSERT INTO news (title, teaser, body, category, status, organisation_id, published_at, audience_states, audience_roles)
       SELECT t, s, b, 'netzwerk', 'published', o::uuid, p::timestamptz, st::text[], ro::text[]
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
    if ((offset / BATCH) % 10 === 0) console.log(`Seed: ${offset + count} / ${DOCUMENTS}`);
  }
  await db.query('ANALYZE');
  const { rows } = await db.query(
    `SELECT count(*)::int AS n,
            count(*) FILTER (WHERE search_vector @@ websearch_to_tsquery('german', 'Jobcenter'))::int AS jobcenter,
            count(*) FILTER (WHERE search_vector @@ websearch_to_tsquery('german', 'Digitalisierung'))::int AS digital
       FROM search_documents`,
  );
  console.log(
    `Seed: ${rows[0].n} Dokumente im Index in ${Math.round((performance.now() - started) / 1000)} s; ` +
      `„Jobcenter“ in ${rows[0].jobcenter}, „Digitalisierung“ in ${rows[0].digital}`,
  );
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function load(paths: string[], cookie: string, concurrency: number): Promise<Record<string, number>> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const once = (path: string) =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const req = request(
        new URL(path, BASE_URL),
        { agent, headers: { cookie, accept: 'application/json' } },
        (res) => {
          res.resume();
          res.on('end', () =>
            res.statusCode === 200
              ? resolve(performance.now() - start)
              : reject(new Error(`HTTP ${res.statusCode} für ${path}`)),
          );
        },
      );
      req.on('error', reject);
      req.end();
    });
  const run = async (total: number): Promise<number[]> => {
    const latencies: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        for (let n = next++; n < total; n = next++) latencies.push(await once(paths[n % paths.length]!));
      }),
    );
    return latencies;
  };
  await run(WARM_UP);
  const started = performance.now();
  const latencies = (await run(REQUESTS)).sort((a, b) => a - b);
  const seconds = (performance.now() - started) / 1000;
  agent.destroy();
  const round = (value: number) => Math.round(value * 10) / 10;
  return {
    requests: latencies.length,
    concurrency,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? NaN),
  };
}

const q = (query: string, extra = '') => `/api/search?q=${encodeURIComponent(query)}${extra}`;

async function main(): Promise<void> {
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  if (process.env['BENCH_SEED'] !== 'false') await seed(db);
  await db.end();
  const { client } = await signIn(BASE_URL, 'fachkraft.offenbach');
  const cookie = `portal.sid=${client.cookie('portal.sid')}`;
  const word = (rank: number) => VOCABULARY[rank]!;
  const broad = [
    q('Jobcenter'),
    q('Digitalisierung'),
    q('Jobcenter Beratung'),
    q('Digitalisierung', '&sort=date'),
  ];
  const medium = [
    q(word(40)),
    q(`${word(25)} ${word(60)}`),
    q(word(80), '&type=practice'),
    q(`${word(30)} -${word(3)}`),
  ];
  const selective = [
    q(word(5000)),
    q(word(12_000)),
    q(`"${word(7)} ${word(8)}"`),
    q(`${word(9000)} or ${word(15000)}`),
    q(word(18_000), '&state=Hessen'),
  ];
  const mix = [
    ...broad,
    ...broad,
    ...medium,
    ...medium,
    ...selective,
    ...selective,
    q('Jobcenter', '&state=Bayern'),
  ];
  const suggestions = [
    'Jo',
    'Job',
    'Jobc',
    'Digi',
    'Digitalis',
    'Bera',
    'Stadtw',
    'Hausberg',
    'Qualifi',
    'Jobcenter Be',
  ].map((prefix) => `/api/search/suggest?q=${encodeURIComponent(prefix)}`);
  const results = {
    date: new Date().toISOString(),
    documents: DOCUMENTS,
    mix: await load(mix, cookie, CONCURRENCY),
    selective: await load(selective, cookie, CONCURRENCY),
    suggestions: await load(suggestions, cookie, CONCURRENCY),
  };
  console.log(JSON.stringify(results, null, 2));
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync('dist/bench/search-results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `Suche (${DOCUMENTS} Dokumente, ${CONCURRENCY} gleichzeitig): Mix p95 ${results.mix.p95} ms (Ziel ≤ 100), ` +
      `selektiv p95 ${results.selective.p95} ms (Ziel ≤ 30), Vorschläge p95 ${results.suggestions.p95} ms (Ziel ≤ 20)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
