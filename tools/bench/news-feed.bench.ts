/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * Feed benchmark (issues 3 and 8): 100,000 news items and 10,000 users, then the first feed page
 * of a typical user (Kreis Offenbach, staff) at 32 connections against the raw baseline
 * (baseline.ts: node:http + pg running the same SQL) in the same run, and at 50 connections for
 * issue 3's p95 goal; then the feed's word search.
 */
import type { Pool } from 'pg';
import { spawnTs, stopChild, waitForOutput } from './lib/child';
import { measure } from './lib/load';
import { addRow, ratio, results } from './lib/results';
import { benchProcesses } from './lib/scale';
import { BASE_URL, session } from './lib/session';
import { seedNews, seedUsers } from './seed';

export const FEED_PATH = '/api/news?limit=20';

export async function benchFeed(db: Pool, backendPid: number): Promise<void> {
  await seedUsers(db);
  await seedNews(db);
  const reader = await session('fachkraft.offenbach');
  const me = (await (await reader.client.get('/api/me')).json()) as { id: string };
  const headers = { cookie: reader.cookie };

  const baselinePort = Number(new URL(BASE_URL).port) + 7;
  const baseline = spawnTs('tools/bench/baseline.ts', {
    BASELINE_PORT: String(baselinePort),
    BASELINE_PROCESSES: String(benchProcesses()),
    BASELINE_USER_ID: me.id,
    DATABASE_URL: process.env['DATABASE_URL'] ?? '',
  });
  let raw;
  try {
    await waitForOutput(baseline, 'baseline listening');
    raw = await measure({ url: `http://127.0.0.1:${baselinePort}`, paths: '/feed' });
  } finally {
    await stopChild(baseline);
  }
  const app = await measure({ url: BASE_URL, paths: FEED_PATH, headers, rssPid: backendPid });
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
    baselineName: 'node:http + pg, gleiche SQL',
    ratio: feedRatio,
    goal: '≥ 0,5× Basis; ≥ 1.000/s; p99 ≤ 100 ms',
    pass: (feedRatio ?? 0) >= 0.5 && app.requestsPerSecond >= 1000 && app.p99 <= 100 && app.failures === 0,
  });
  addRow({
    group: 'Neuigkeiten',
    name: 'Basis: node:http + pg (gleiche SQL)',
    throughput: raw.requestsPerSecond,
    p50: raw.p50,
    p95: raw.p95,
    p99: raw.p99,
    connections: raw.connections,
    goal: '–',
    pass: null,
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
  results.details['feed'] = { app, baseline: raw, at50, wordSearch: search };
  results.details['backendRssPeakMB'] = app.rssPeakMB;
  console.log(
    `Feed: ${app.requestsPerSecond}/s (p99 ${app.p99} ms) gegen Basis ${raw.requestsPerSecond}/s → ${feedRatio}×`,
  );
}
