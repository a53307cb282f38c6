// `npm run bench`: the portal as `npm start` runs it (production build, embedded PostgreSQL,
// local OpenID provider) on a fresh data directory, then the benchmarks against it.
// Figures go to the console and to dist/bench/results.json; they are not pass/fail tests.
import { spawn, spawnSync } from 'node:child_process';
import { rm } from 'node:fs/promises';

const port = Number(process.env.BENCH_PORT ?? 3600);
const dataDir = '.data/bench';
const baseUrl = `http://localhost:${port}`;

// The benchmarks only talk to the API: the backend build is enough (the app runs without the SPA).
const build = spawnSync('npx', ['nx', 'run', 'backend:build', '--outputStyle=static'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);

await rm(dataDir, { recursive: true, force: true });
const server = spawn(process.execPath, ['tools/start.mjs'], {
  stdio: ['ignore', 'inherit', 'inherit'],
  env: {
    ...process.env,
    PORT: String(port),
    DATA_DIR: dataDir,
    SKIP_BUILD: 'true',
    LOG_LEVEL: 'warn',
    // Load generators are one client hammering search on purpose.
    RATE_LIMIT_SEARCH_PER_MINUTE: '0',
    RATE_LIMIT_SIGN_IN_PER_MINUTE: '0',
    // The delivery benchmark uploads a 1 GiB attachment.
    UPLOAD_MAX_BYTES: String(2 * 1024 ** 3),
    NEWS_ATTACHMENT_MAX_BYTES: String(2 * 1024 ** 3),
  },
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
  // BENCH_ONLY=news|delivery|zip|practices|search runs one of them; by default all, the feed first (it
  // writes results.json, the others add their figures).
  const only = process.env.BENCH_ONLY;
  const benches = ['news-feed', 'delivery', 'zip-start', 'practices', 'search'].filter(
    (name) => !only || name.startsWith(only),
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
          BENCH_DATA_DIR: dataDir,
          DATABASE_URL: `postgres://postgres:portal-dev@127.0.0.1:${port + 2}/portal`,
        },
      },
    );
    status ||= bench.status ?? 1;
  }
} finally {
  server.kill('SIGTERM');
  await new Promise((resolve) => server.once('exit', resolve));
}
process.exit(status);
