/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * Gute-Praxis benchmark (issue 5): 50,000 published entries with Zielgruppen, Handlungsfelder and
 * adoptions, then (a) the filtered list — Handlungsfeld + Bundesland, sorted by „meist übernommen“ —
 * under 50 concurrent requests (target p95 < 40 ms) and (b) „Jobcenter wie unseres“ for Kreis
 * Offenbach (target < 60 ms).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { signIn } from '../../backend/test/support/sign-in';

const BASE_URL = process.env['BENCH_URL'] ?? 'http://localhost:3600';
const PRACTICES = Number(process.env['BENCH_PRACTICES'] ?? 50_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 5_000);
const WARM_UP = 300;

async function seed(db: Client): Promise<void> {
  const started = performance.now();
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
    [PRACTICES],
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
  await db.query('ANALYZE');
  console.log(`Seed: ${PRACTICES} Praxisbeispiele in ${Math.round(performance.now() - started)} ms`);
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function load(path: string, cookie: string, concurrency: number): Promise<Record<string, number>> {
  const agent = new Agent({ keepAlive: true, maxSockets: concurrency });
  const url = new URL(path, BASE_URL);
  const once = () =>
    new Promise<number>((resolve, reject) => {
      const start = performance.now();
      const req = request(url, { agent, headers: { cookie, accept: 'application/json' } }, (res) => {
        res.resume();
        res.on('end', () =>
          res.statusCode === 200
            ? resolve(performance.now() - start)
            : reject(new Error(`HTTP ${res.statusCode}`)),
        );
      });
      req.on('error', reject);
      req.end();
    });
  const run = async (total: number): Promise<number[]> => {
    const latencies: number[] = [];
    let next = 0;
    await Promise.all(
      Array.from({ length: concurrency }, async () => {
        while (next++ < total) latencies.push(await once());
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

async function main(): Promise<void> {
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  if (process.env['BENCH_SEED'] !== 'false') await seed(db);
  const [field] = (
    await db.query(
      `SELECT t.id FROM taxonomy_terms t JOIN taxonomies x ON x.id = t.taxonomy_id WHERE x.key = 'handlungsfelder' ORDER BY t.position LIMIT 1`,
    )
  ).rows as { id: string }[];
  await db.end();
  const { client } = await signIn(BASE_URL, 'fachkraft.offenbach');
  const cookie = `portal.sid=${client.cookie('portal.sid')}`;
  const list = `/api/practices?limit=20&fieldId=${field?.id}&state=Hessen&sort=most-adopted`;
  const results = {
    date: new Date().toISOString(),
    practices: PRACTICES,
    filteredList: await load(list, cookie, CONCURRENCY),
    recommendations: await load('/api/practices/recommendations', cookie, CONCURRENCY),
    recommendationsSingle: await load('/api/practices/recommendations', cookie, 1),
  };
  console.log(JSON.stringify(results, null, 2));
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync('dist/bench/practices-results.json', `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `Gute Praxis: Liste p95 ${results.filteredList.p95} ms (Ziel < 40 ms), Empfehlungen p95 ${results.recommendations.p95} ms bei ${CONCURRENCY} gleichzeitigen, einzeln ${results.recommendationsSingle.p95} ms (Ziel < 60 ms)`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
