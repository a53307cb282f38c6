// `npm run dev`: the dev stack, the backend rebuilt and restarted on change (port 3000), and the
// Angular dev server on http://localhost:4200 proxying /api to the backend.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { startDevStack } from './lib/dev-stack.mjs';

const port = Number(process.env.PORT ?? 3000);
// The browser talks to the dev server, so sign-in must come back there.
const publicUrl = process.env.PUBLIC_URL ?? 'http://localhost:4200';
const stack = await startDevStack({ port, publicUrl, dataDir: process.env.DATA_DIR ?? '.data' });
const children = [];

function run(command, args, env = {}) {
  const child = spawn(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  children.push(child);
  return child;
}

run('npx', ['nx', 'build', 'backend', '--configuration=development', '--watch', '--outputStyle=static']);
while (!existsSync('dist/backend/main.js')) await sleep(500);
run(process.execPath, ['--watch-path=dist/backend', 'dist/backend/main.js'], {
  ...stack.env,
  SEED_DEMO_DATA: 'true',
  ASSETS_DIR: 'dist/backend/assets',
  FRONTEND_DIR: 'dist/frontend/browser',
});
run('npx', ['nx', 'serve', 'frontend', '--outputStyle=static']);

async function shutdown() {
  for (const child of children) child.kill('SIGTERM');
  await Promise.all(
    children.map((child) => (child.exitCode === null ? new Promise((r) => child.once('exit', r)) : null)),
  );
  await stack.stop();
  process.exit(0);
}
process.on('SIGINT', shutdown);
process.on('SIGTERM', shutdown);
