// `npm start`: builds the portal (cached by Nx), starts the dev stack and the backend, which
// serves the Angular app and the API on one origin. Ctrl-C stops everything.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { StartupError, startDevStack } from './lib/dev-stack.mjs';

const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 1 || port > 65535) {
  console.error(`Konfigurationsfehler: PORT „${process.env.PORT}“ ist keine gültige Portnummer.`);
  process.exit(1);
}
const dataDir = process.env.DATA_DIR ?? '.data';

if (process.env.NODE_ENV === 'production' && !process.env.OIDC_ISSUER) {
  console.error(
    'Konfigurationsfehler: OIDC_ISSUER fehlt. Im Produktivbetrieb (NODE_ENV=production) startet kein lokaler Anmeldedienst.',
  );
  process.exit(1);
}

if (process.env.SKIP_BUILD !== 'true') {
  console.log('Baue Frontend und Backend (bei unveränderten Quellen aus dem Nx-Cache) …');
  const build = spawnSync(
    'npx',
    ['nx', 'run-many', '-t', 'build', '--projects=backend,frontend', '--outputStyle=static'],
    {
      stdio: 'inherit',
    },
  );
  if (build.status !== 0) process.exit(build.status ?? 1);
}
if (!existsSync('dist/backend/main.js')) {
  console.error('dist/backend/main.js fehlt: der Build ist fehlgeschlagen oder wurde übersprungen.');
  process.exit(1);
}

let stack;
try {
  stack = await startDevStack({ port, dataDir, publicUrl: process.env.PUBLIC_URL });
} catch (error) {
  console.error(error instanceof StartupError ? error.message : error);
  process.exit(1);
}

// BACKEND_NODE_ARGS passes flags to the backend process only (e.g. `--cpu-prof` for profiling).
const backendNodeArgs = (process.env.BACKEND_NODE_ARGS ?? '').split(' ').filter(Boolean);
const backend = spawn(process.execPath, [...backendNodeArgs, 'dist/backend/main.js'], {
  stdio: 'inherit',
  env: {
    ...process.env,
    ...stack.env,
    SEED_DEMO_DATA: process.env.SEED_DEMO_DATA ?? 'true',
    FRONTEND_DIR: process.env.FRONTEND_DIR ?? 'dist/frontend/browser',
    ASSETS_DIR: process.env.ASSETS_DIR ?? 'dist/backend/assets',
  },
});

let stopping = false;
async function shutdown(code) {
  if (stopping) return;
  stopping = true;
  if (backend.exitCode === null) {
    backend.kill('SIGTERM');
    await new Promise((resolve) => backend.once('exit', resolve));
  }
  await stack.stop();
  process.exit(code);
}

process.on('SIGINT', () => shutdown(0));
process.on('SIGTERM', () => shutdown(0));
backend.on('exit', (code) => {
  if (!stopping) shutdown(code ?? 1);
});
console.log(
  `\nNetzwerk-Portal: ${stack.env.PUBLIC_URL}\nDemo-Konten (Passwort „demo“): admin, koordination.dlt, leitung.biberach, redaktion.biberach, fachkraft.biberach, fachkraft.offenbach\nBeenden mit Strg+C.\n`,
);
