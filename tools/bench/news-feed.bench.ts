/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * Feed benchmark (issue 3): 100,000 news items and 10,000 users, then the feed of a typical user
 * (Kreis Offenbach, staff) under 50 concurrent requests. Target: p95 < 30 ms on 2 cores.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { Agent, request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { signIn } from '../../backend/test/support/sign-in';

const BASE_URL = process.env['BENCH_URL'] ?? 'http://localhost:3600';
const NEWS = Number(process.env['BENCH_NEWS'] ?? 100_000);
const USERS = Number(process.env['BENCH_USERS'] ?? 10_000);
const CONCURRENCY = Number(process.env['BENCH_CONCURRENCY'] ?? 50);
const REQUESTS = Number(process.env['BENCH_REQUESTS'] ?? 10_000);
const WARM_UP = 500;

async function seed(): Promise<void> {
  const db = new Client({ connectionString: process.env['DATABASE_URL'] });
  await db.connect();
  const started = performance.now();
  // Realistic mix: a fifth network-wide, the rest addressed to one Land, one organisation or a role;
  // some important, some archived, some expired.
  await db.query(
    `INSERT INTO users (issuer, subject, display_name, email, roles, organisation_id)
     SELECT 'bench', 'bench-' || i, 'Bench Person ' || i, 'bench' || i || '@example.org',
            CASE WHEN i % 10 = 0 THEN ARRAY['editor'] ELSE ARRAY['staff'] END,
            (SELECT id FROM organisations ORDER BY key OFFSET (i % 100) LIMIT 1)
       FROM generate_series(1, $1) AS i`,
    [USERS],
  );
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
            -- Already announced: the history of the portal, not 100,000 fresh notifications.
            now()
       FROM generate_series(1, $1) AS i, orgs`,
    [NEWS],
  );
  await db.query('ANALYZE');
  console.log(
    `Seed: ${NEWS} Neuigkeiten, ${USERS} Personen in ${Math.round(performance.now() - started)} ms`,
  );
  await db.end();
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;
}

async function load(path: string, cookie: string): Promise<Record<string, number>> {
  const agent = new Agent({ keepAlive: true, maxSockets: CONCURRENCY });
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
      Array.from({ length: CONCURRENCY }, async () => {
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
    concurrency: CONCURRENCY,
    requestsPerSecond: Math.round(latencies.length / seconds),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
    max: round(latencies.at(-1) ?? NaN),
  };
}

async function main(): Promise<void> {
  // BENCH_SEED=false measures again on an already seeded data directory.
  if (process.env['BENCH_SEED'] !== 'false') await seed();
  const { client } = await signIn(BASE_URL, 'fachkraft.offenbach');
  const cookie = `portal.sid=${client.cookie('portal.sid')}`;
  const results = {
    date: new Date().toISOString(),
    news: NEWS,
    users: USERS,
    feedFirstPage: await load('/api/news?limit=20', cookie),
    feedWordSearch: await load(`/api/news?limit=20&q=${encodeURIComponent('Digitalisierung')}`, cookie),
  };
  console.log(JSON.stringify(results, null, 2));
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync('dist/bench/results.json', `${JSON.stringify(results, null, 2)}\n`);
  const p95 = results.feedFirstPage.p95;
  console.log(`Feed p95 bei ${CONCURRENCY} gleichzeitigen Anfragen: ${p95} ms (Ziel < 30 ms)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
