// `npm run bench` (issue 8): builds backend and frontend, starts the portal as `npm start` does
// (production build, embedded PostgreSQL, local OpenID provider) on a fresh data directory and
// runs tools/bench/main.ts against it. This process owns PostgreSQL, so main.ts can ask it (IPC)
// to restart the database for the recovery measurement. Not a test: figures, a table and
// docs/performance.md. Options: README, section „Leistung“.
import { spawn, spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { startDevStack } from '../lib/dev-stack.mjs';
import { startEmbeddedPostgres } from '../lib/embedded-postgres.mjs';

const port = Number(process.env.BENCH_PORT ?? 3600);
const dataDir = resolve(process.env.BENCH_DATA_DIR ?? '.data/bench');
const baseUrl = `http://localhost:${port}`;
const pgPort = port + 2;
// One backend process per core, as docs/operations.md advises for a VM; the baseline gets as many.
process.env.BENCH_PROCESSES = String(Number(process.env.BENCH_PROCESSES) || availableParallelism());
const started = Date.now();

if (process.env.SKIP_BUILD !== 'true') {
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=backend,frontend', '--outputStyle=static'],
    { stdio: 'inherit' },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}

await rm(dataDir, { recursive: true, force: true });
const startPostgres = () => startEmbeddedPostgres({ dataDir: join(dataDir, 'postgres'), port: pgPort });
let postgres = await startPostgres();
const stack = await startDevStack({
  port,
  dataDir,
  env: { ...process.env, DATABASE_URL: postgres.url },
  log: () => undefined,
});
// BENCH_PROFILE=true: V8 CPU profiles of every backend process (cluster workers inherit the flag),
// written when they end; open them in Chrome DevTools (Performance) or speedscope.
const profileArgs =
  process.env.BENCH_PROFILE === 'true'
    ? ['--cpu-prof', `--cpu-prof-dir=${resolve('dist/bench/profiles')}`]
    : [];
const backend = spawn(process.execPath, [...profileArgs, 'dist/backend/main.js'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    ...stack.env,
    SEED_DEMO_DATA: 'true',
    FRONTEND_DIR: 'dist/frontend/browser',
    ASSETS_DIR: 'dist/backend/assets',
    LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn',
    WEB_CONCURRENCY: process.env.BENCH_PROCESSES,
    // Load generators are one client hammering search on purpose.
    RATE_LIMIT_SEARCH_PER_MINUTE: '0',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
    // The delivery benchmark uploads a 1 GiB attachment.
    UPLOAD_MAX_BYTES: String(2 * 1024 ** 3),
    NEWS_ATTACHMENT_MAX_BYTES: String(2 * 1024 ** 3),
  },
});

async function waitForHealth() {
  for (let attempt = 0; attempt < 480; attempt++) {
    if (backend.exitCode !== null) throw new Error('Das Portal ist beim Start beendet worden.');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 500));
  }
  throw new Error('Das Portal antwortet nicht auf /api/health.');
}

let status = 1;
try {
  await waitForHealth();
  const bench = spawn(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'tools/bench/main.ts'],
    {
      stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      env: {
        ...process.env,
        TS_NODE_PROJECT: 'backend/tsconfig.spec.json',
        BENCH_URL: baseUrl,
        BENCH_DATA_DIR: dataDir,
        BENCH_BACKEND_PID: String(backend.pid),
        DATABASE_URL: postgres.url,
      },
    },
  );
  bench.on('message', async (message) => {
    if (message?.type !== 'restart-postgres') return;
    await postgres.stop();
    const stoppedAt = Date.now();
    bench.send({ type: 'postgres-stopped', stoppedAt });
    // Down long enough for the backend to notice (its pool's connections break).
    await new Promise((r) => setTimeout(r, Number(process.env.BENCH_PG_DOWN_MS ?? 2000)));
    postgres = await startPostgres();
    bench.send({ type: 'postgres-restarted', stoppedAt, startedAt: Date.now() });
  });
  status = await new Promise((r) => bench.once('exit', (code) => r(code ?? 1)));
} catch (error) {
  console.error(error);
} finally {
  if (backend.exitCode === null) {
    backend.kill('SIGTERM');
    await new Promise((r) => backend.once('exit', r));
  }
  await stack.stop();
  await postgres.stop();
  console.log(`npm run bench: ${Math.round((Date.now() - started) / 1000)} s insgesamt`);
}
process.exit(status);
