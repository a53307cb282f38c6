/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * Feed benchmark (issues 3 and 8): 100,000 news items and 10,000 users, then the first feed page
 * of a typical user (Kreis Offenbach, staff) at 32 connections against the raw baseline
 * (baseline.ts: node:http + pg running the same SQL) in the same run, and at 50 connections for
 * issue 3's p95 goal; then the feed's word search.
 */
import type { Pool } from 'pg';
import { spawnTs, stopChild, waitForOutput } from './lib/child';
import { measure, type LoadResult } from './lib/load';
import { addRow, ratio, results } from './lib/results';
import { benchProcesses, scaledSeconds } from './lib/scale';
import { BASE_URL, session } from './lib/session';
import { seedNews, seedUsers } from './seed';

export const FEED_PATH = '/api/news?limit=20';
/** The app answers the unchanged first page from memory; the baseline asks PostgreSQL every time. */
const CACHE_NOTE =
  'erste Seite aus dem Speicher des Prozesses (NewsFeedCache, je Zielgruppe, bis sich etwas ändert); die Basis fragt jedes Mal PostgreSQL';

export async function benchFeed(db: Pool, backendPid: number): Promise<void> {
  await seedUsers(db);
  await seedNews(db);
  const reader = await session('fachkraft.offenbach');
  const me = (await (await reader.client.get('/api/me')).json()) as { id: string };
  const headers = { cookie: reader.cookie };

  // The stricter reference: the baseline with one process and with as many as the backend has
  // (on 2 cores a second process competes with PostgreSQL and the load generator), the faster counts.
  const baselines: LoadResult[] = [];
  for (const processes of new Set([1, benchProcesses()])) {
    baselines.push(await measureBaseline(me.id, processes));
  }
  const raw = baselines.reduce((best, run) => (run.requestsPerSecond > best.requestsPerSecond ? run : best));
  const rawProcesses = baselines.indexOf(raw) === 0 ? 1 : benchProcesses();
  // The backend has served nothing yet: its JIT and PostgreSQL's connections warm up over thousands
  // of requests (measured: the first 5,000 cost 2.9 ms backend CPU each, the fourth 5,000 1.6 ms),
  // so it gets a longer warm-up.
  const app = await measure({
    url: BASE_URL,
    paths: FEED_PATH,
    headers,
    rssPid: backendPid,
    warmup: scaledSeconds('BENCH_FIRST_WARMUP', 10, 3),
  });
  const feedRatio = ratio(app.requestsPerSecond, raw.requestsPerSecond);
  addRow({
    group: 'Neuigkeiten',
    name: `Feed ${FEED_PATH}`,
    throughput: app.requestsPerSecond,
    p50: app.p50,
    p95: app.p95,
    p99: app.p99,
    connections: app.connections,
    baseline: raw.requestsPerSecond,
    baselineName: `node:http + pg, gleiche SQL, ${rawProcesses} Prozess${rawProcesses > 1 ? 'e' : ''}`,
    ratio: feedRatio,
    goal: '≥ 0,5× Basis; ≥ 1.000/s; p99 ≤ 100 ms',
    pass: (feedRatio ?? 0) >= 0.5 && app.requestsPerSecond >= 1000 && app.p99 <= 100 && app.failures === 0,
    note: CACHE_NOTE,
  });
  baselines.forEach((run, i) => {
    const processes = i === 0 ? 1 : benchProcesses();
    addRow({
      group: 'Neuigkeiten',
      name: `Basis: node:http + pg (gleiche SQL), ${processes} Prozess${processes > 1 ? 'e' : ''}`,
      throughput: run.requestsPerSecond,
      p50: run.p50,
      p95: run.p95,
      p99: run.p99,
      connections: run.connections,
      goal: '–',
      pass: null,
    });
  });
  const at50 = await measure({ url: BASE_URL, paths: FEED_PATH, headers, connections: 50 });
  addRow({
    group: 'Neuigkeiten',
    name: `Feed ${FEED_PATH} (Issue 3)`,
    throughput: at50.requestsPerSecond,
    p50: at50.p50,
    p95: at50.p95,
    p99: at50.p99,
    connections: 50,
    goal: 'p95 < 30 ms',
    pass: at50.p95 < 30 && at50.failures === 0,
    note: CACHE_NOTE,
  });
  // What the machine allows at 50 connections: the raw baseline (no framework, no session, the same
  // SQL) under the same load. When even it misses 30 ms, the goal is out of reach on this machine.
  const raw50 = await measureBaseline(me.id, rawProcesses, 50);
  addRow({
    group: 'Neuigkeiten',
    name: `Basis: node:http + pg (gleiche SQL), ${rawProcesses} Prozess${rawProcesses > 1 ? 'e' : ''}, Referenz für Issue 3`,
    throughput: raw50.requestsPerSecond,
    p50: raw50.p50,
    p95: raw50.p95,
    p99: raw50.p99,
    connections: 50,
    goal: '–',
    pass: null,
  });
  const words = `${FEED_PATH}&q=${encodeURIComponent('Digitalisierung')}`;
  const search = await measure({ url: BASE_URL, paths: words, headers });
  addRow({
    group: 'Neuigkeiten',
    name: 'Feed mit Wortsuche „Digitalisierung“',
    throughput: search.requestsPerSecond,
    p50: search.p50,
    p95: search.p95,
    p99: search.p99,
    connections: search.connections,
    goal: '–',
    pass: null,
  });
  results.details['feed'] = { app, baseline: raw, baselines, at50, baselineAt50: raw50, wordSearch: search };
  results.details['backendRssPeakMB'] = app.rssPeakMB;
  console.log(
    `Feed: ${app.requestsPerSecond}/s (p99 ${app.p99} ms) gegen Basis ${raw.requestsPerSecond}/s → ${feedRatio}×`,
  );
}

/** The raw baseline (baseline.ts) with this many processes, measured like the feed. */
async function measureBaseline(userId: string, processes: number, connections?: number): Promise<LoadResult> {
  const port = Number(new URL(BASE_URL).port) + 7;
  const baseline = spawnTs('tools/bench/baseline.ts', {
    BASELINE_PORT: String(port),
    BASELINE_PROCESSES: String(processes),
    BASELINE_USER_ID: userId,
    DATABASE_URL: process.env['DATABASE_URL'] ?? '',
  });
  try {
    await waitForOutput(baseline, 'baseline listening');
    return await measure({ url: `http://127.0.0.1:${port}`, paths: '/feed', connections });
  } finally {
    await stopChild(baseline);
  }
}
