/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * The benchmark run of issue 8, started by run.mjs (which builds, starts the portal on a fresh
 * data directory and owns the embedded PostgreSQL): each benchmark seeds its part of the data set
 * and measures with autocannon; then the bundle size, Lighthouse and the recovery after a
 * PostgreSQL restart. Results: dist/bench/results.json, the table on the console and
 * docs/performance.md (report.ts).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Pool } from 'pg';
import { benchAssets } from './assets.bench';
import { benchDelivery } from './delivery.bench';
import { backgroundIdle } from './lib/quiet';
import { listenerPid, mb, rssBytes } from './lib/process';
import { addRow, results, timed } from './lib/results';
import { benchProcesses, SCALE } from './lib/scale';
import { BASE_URL, session } from './lib/session';
import { benchFeed } from './news-feed.bench';
import { benchPractices } from './practices.bench';
import { report } from './report';
import { benchSearch } from './search.bench';
import { COUNTS } from './seed';
import { benchZipStart } from './zip-start.bench';

export const RESULTS_PATH = 'dist/bench/results.json';

/** A real `import()` (ts-node compiles this file to CommonJS, Lighthouse is an ES module). */
const importEsm = new Function('specifier', 'return import(specifier)') as <T>(
  specifier: string,
) => Promise<T>;
const esmFile = <T>(path: string) => importEsm<T>(pathToFileURL(resolve(path)).href);

/** First line a command prints (stdout or, like `nginx -v`, stderr); '–' if it cannot run. */
function command(file: string, args: string[]): string {
  const run = spawnSync(file, args, { encoding: 'utf8' });
  if (run.error || run.status !== 0) return '–';
  return `${run.stdout}${run.stderr}`.trim().split('\n')[0] ?? '–';
}

async function machine(db: Pool): Promise<Record<string, string | number>> {
  const { rows } = await db.query<{ version: string }>(`SELECT current_setting('server_version') AS version`);
  const dirty = spawnSync('git', ['status', '--porcelain'], { encoding: 'utf8' }).stdout.trim() !== '';
  return {
    cpu: cpus()[0]?.model ?? '–',
    cores: cpus().length,
    ramGB: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    processes: benchProcesses(),
    node: process.version,
    postgres: rows[0]?.version ?? '–',
    nginx: command('/usr/sbin/nginx', ['-v']).replace('nginx version: ', ''),
    chromium: command('/usr/bin/chromium', ['--version']),
    commit: `${command('git', ['rev-parse', '--short', 'HEAD'])}${dirty ? ' (mit lokalen Änderungen)' : ''}`,
    loadAverageAtStart: loadavg()
      .map((value) => value.toFixed(2))
      .join(' / '),
  };
}

async function bundle(): Promise<void> {
  const { checkBudgets, INITIAL_MAX_BYTES, LAZY_MAX_BYTES } = await esmFile<{
    checkBudgets(dir: string): Promise<{
      initialBytes: number;
      largestLazy?: { name: string; gzip: number };
      chunkCount: number;
      violations: string[];
    }>;
    INITIAL_MAX_BYTES: number;
    LAZY_MAX_BYTES: number;
  }>('tools/bundle-budget/bundle-budget.mjs');
  const budget = await checkBudgets('dist/frontend/browser');
  const kB = (bytes: number) => Math.round(bytes / 100) / 10;
  addRow({
    group: 'Frontend',
    name: 'Initiales JavaScript (gzip)',
    throughput: kB(budget.initialBytes),
    unit: 'kB',
    goal: `≤ ${kB(INITIAL_MAX_BYTES)} kB`,
    pass: budget.initialBytes <= INITIAL_MAX_BYTES,
    note: `${budget.chunkCount} Dateien`,
  });
  addRow({
    group: 'Frontend',
    name: `Größter nachgeladener Teil (gzip)${budget.largestLazy ? `: ${budget.largestLazy.name}` : ''}`,
    throughput: kB(budget.largestLazy?.gzip ?? 0),
    unit: 'kB',
    goal: `≤ ${kB(LAZY_MAX_BYTES)} kB`,
    pass: (budget.largestLazy?.gzip ?? 0) <= LAZY_MAX_BYTES,
  });
  results.details['bundle'] = budget;
}

async function lighthouse(): Promise<void> {
  const { runLighthouse } = await esmFile<{
    runLighthouse(options: { baseUrl: string; cookie: string }): Promise<
      {
        name: string;
        path: string;
        performance: number;
        accessibility: number;
        fcpMs: number;
        lcpMs: number;
        tbtMs: number;
        cls: number;
        shifts: string[];
        speedIndexMs: number;
        performanceRuns: number[];
        failedAudits: string[];
      }[]
    >;
  }>('tools/bench/lighthouse.mjs');
  const reader = await session('fachkraft.offenbach');
  const pages = await runLighthouse({ baseUrl: BASE_URL, cookie: reader.cookie });
  for (const page of pages) {
    addRow({
      group: 'Lighthouse (Chromium, Desktop)',
      name: `${page.name} ${page.path}`,
      throughput: null,
      goal: 'Leistung ≥ 95, Barrierefreiheit 100',
      pass: page.performance >= 95 && page.accessibility === 100,
      note:
        `Leistung ${page.performance} (Median aus ${page.performanceRuns.join('/')}), ` +
        `Barrierefreiheit ${page.accessibility}${
          page.failedAudits.length ? ` (${page.failedAudits.join(', ')})` : ''
        }; FCP ${page.fcpMs} ms, LCP ${page.lcpMs} ms, TBT ${page.tbtMs} ms, CLS ${page.cls}` +
        `${page.shifts.length ? ` (verschoben: ${page.shifts.join('; ')})` : ''}, ` +
        `Speed Index ${page.speedIndexMs} ms`,
    });
  }
  results.details['lighthouse'] = pages;
}

async function authenticatedFeedOk(cookie: string): Promise<boolean> {
  return fetch(new URL('/api/news?limit=1', BASE_URL), {
    headers: { cookie, accept: 'application/json' },
    signal: AbortSignal.timeout(5000),
  }).then(
    (response) => response.ok,
    () => false,
  );
}

/**
 * Asks run.mjs (IPC) to stop PostgreSQL, keep it down for 2 s (BENCH_PG_DOWN_MS) and start it
 * again; meanwhile an authenticated feed request every 100 ms. Measured: the time from
 * PostgreSQL's start until such a request succeeds again (goal ≤ 10 s), and that requests did
 * fail while it was down (so the measurement saw the outage at all).
 */
async function postgresRestart(): Promise<void> {
  if (!process.send) throw new Error('Kein IPC-Kanal zu run.mjs: PostgreSQL-Neustart nicht möglich.');
  const reader = await session('fachkraft.offenbach');
  let stoppedAt = 0;
  let startedAt = 0;
  const onMessage = (message: { type?: string; stoppedAt?: number; startedAt?: number }) => {
    if (message.type === 'postgres-stopped') stoppedAt = message.stoppedAt ?? 0;
    if (message.type === 'postgres-restarted') startedAt = message.startedAt ?? 0;
  };
  process.on('message', onMessage);
  process.send({ type: 'restart-postgres' });
  let failedWhileDown = 0;
  let failedAfterStart = 0;
  const deadline = Date.now() + 180_000;
  try {
    for (;;) {
      if (Date.now() > deadline) throw new Error('Nach 180 s noch keine Antwort nach dem Neustart.');
      const sentAt = Date.now();
      const ok = await authenticatedFeedOk(reader.cookie);
      if (stoppedAt && !startedAt && !ok) failedWhileDown++;
      if (startedAt && sentAt >= startedAt) {
        if (ok) break;
        failedAfterStart++;
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    process.off('message', onMessage);
  }
  const seconds = (Date.now() - startedAt) / 1000;
  addRow({
    group: 'Betrieb',
    name: 'Wieder bedient nach PostgreSQL-Neustart',
    throughput: null,
    goal: '≤ 10 s',
    pass: seconds <= 10 && failedWhileDown > 0,
    note:
      `${seconds.toFixed(1)} s nach dem Start von PostgreSQL (${((startedAt - stoppedAt) / 1000).toFixed(1)} s gestoppt, ` +
      `${failedWhileDown} Fehlantworten währenddessen, ${failedAfterStart} danach)`,
  });
  results.details['postgresRestart'] = {
    stoppedAt,
    startedAt,
    secondsAfterStart: seconds,
    failedWhileDown,
    failedAfterStart,
  };
}

const BENCHES: Record<string, (db: Pool, pid: number) => Promise<void>> = {
  feed: (db, pid) => benchFeed(db, pid),
  practices: (db) => benchPractices(db),
  search: (db) => benchSearch(db),
  zip: () => benchZipStart(),
  assets: (db) => benchAssets(db),
  delivery: (db, pid) => benchDelivery(db, pid),
  bundle: () => bundle(),
  lighthouse: () => lighthouse(),
  restart: () => postgresRestart(),
};

async function main(): Promise<void> {
  const only = (process.env['BENCH_ONLY'] ?? '').split(',').filter(Boolean);
  const unknown = only.filter((name) => !(name in BENCHES));
  if (unknown.length)
    throw new Error(
      `BENCH_ONLY: unbekannt ${unknown.join(', ')} (möglich: ${Object.keys(BENCHES).join(', ')})`,
    );
  const db = new Pool({ connectionString: process.env['DATABASE_URL'], max: 2 });
  db.on('error', () => undefined); // the restart benchmark cuts these connections
  const pid = Number(process.env['BENCH_BACKEND_PID']) || listenerPid(new URL(BASE_URL).port);
  results.scale = SCALE;
  results.machine = await machine(db);
  results.details['counts'] = COUNTS;
  results.details['only'] = only;
  const rssStart = rssBytes(pid);
  const started = performance.now();
  let failed = 0;
  for (const [name, bench] of Object.entries(BENCHES)) {
    if (only.length && !only.includes(name)) continue;
    console.log(`\n== ${name}`);
    try {
      await backgroundIdle(db, name);
      await timed(name, () => bench(db, pid));
    } catch (error) {
      failed++;
      console.error(error);
      addRow({
        group: 'Fehler',
        name,
        throughput: null,
        goal: '–',
        pass: false,
        note: error instanceof Error ? error.message.slice(0, 200) : String(error),
      });
    }
  }
  results.durations['gesamt (ohne Build und Start)'] = Math.round((performance.now() - started) / 1000);
  const rssEnd = rssBytes(pid);
  const peak = results.details['backendRssPeakMB'] as number | undefined;
  addRow({
    group: 'Betrieb',
    name: 'Speicher des Backends (RSS)',
    throughput: null,
    goal: '–',
    pass: null,
    note: `Start ${mb(rssStart)} MB${peak ? `, Spitze unter Feed-Last ${peak} MB` : ''}, Ende ${mb(rssEnd)} MB`,
  });
  await db.end().catch(() => undefined);
  mkdirSync('dist/bench', { recursive: true });
  writeFileSync(RESULTS_PATH, `${JSON.stringify(results, null, 2)}\n`);
  await report(results, { partial: only.length > 0 });
  if (failed) process.exitCode = 1;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
