// `npm run bench`: the portal as `npm start` runs it (production build, embedded PostgreSQL,
// local OpenID provider) on a fresh data directory, then the benchmarks against it.
// Figures go to the console and to dist/bench/results.json; they are not pass/fail tests.
import { spawn, spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';

const port = Number(process.env.BENCH_PORT ?? 3600);
const dataDir = '.data/bench';
const baseUrl = `http://localhost:${port}`;

const build = spawnSync(
  'npx',
  ['nx', 'run-many', '-t', 'build', '--projects=backend,frontend', '--outputStyle=static'],
  {
    stdio: 'inherit',
  },
);
if (build.status !== 0) process.exit(build.status ?? 1);

await rm(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, ['tools/start.mjs'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, SKIP_BUILD: 'true', LOG_LEVEL: 'warn' },
});

async function waitForHealth() {
  for (let attempt = 0; attempt < 240; attempt++) {
    if (server.exitCode !== null) throw new Error('Das Portal ist beim Start beendet worden.');
    try {
      if ((await fetch(`${baseUrl}/api/health`)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error('Das Portal antwortet nicht auf /api/health.');
}

let status = 1;
try {
  await waitForHealth();
  // BENCH_ONLY=practices (or news-feed) runs one benchmark.
  const benches = ['news-feed', 'practices'].filter(
    (name) => !process.env.BENCH_ONLY || process.env.BENCH_ONLY === name,
  );
  status = 0;
  for (const name of benches) {
    const bench = spawnSync(
      process.execPath,
      [
        '-r',
        'ts-node/register/transpile-only',
        '-r',
        'tsconfig-paths/register',
        `tools/bench/${name}.bench.ts`,
      ],
      {
        stdio: 'inherit',
        env: {
          ...process.env,
          TS_NODE_PROJECT: 'backend/tsconfig.spec.json',
          BENCH_URL: baseUrl,
          DATABASE_URL: `postgres://postgres:portal-dev@127.0.0.1:${port + 2}/portal`,
        },
      },
    );
    if ((bench.status ?? 1) !== 0) status = bench.status ?? 1;
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}
process.exit(status);
