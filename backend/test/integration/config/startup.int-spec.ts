import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../../..');

function start(env: Record<string, string | undefined>): { status: number | null; output: string } {
  const result = spawnSync(
    process.execPath,
    ['-r', 'ts-node/register/transpile-only', '-r', 'tsconfig-paths/register', 'backend/src/main.ts'],
    {
      cwd: ROOT,
      env: { PATH: process.env['PATH'], TS_NODE_PROJECT: 'backend/tsconfig.app.json', ...env },
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  return { status: result.status, output: `${result.stdout}${result.stderr}` };
}

const complete = {
  DATABASE_URL: 'postgres://nobody@127.0.0.1:1/none',
  SESSION_SECRET: 'x'.repeat(40),
  OIDC_ISSUER: 'http://localhost:1',
  OIDC_CLIENT_ID: 'portal',
  OIDC_CLIENT_SECRET: 'secret',
};

describe('start-up with bad configuration', () => {
  it.each([
    ['SESSION_SECRET', { ...complete, SESSION_SECRET: undefined }],
    [
      'OIDC_ISSUER',
      { ...complete, NODE_ENV: 'production', PUBLIC_URL: 'https://portal.example', OIDC_ISSUER: undefined },
    ],
    ['PORT', { ...complete, PORT: 'achtzig' }],
  ])('stops with a message naming %s and a non-zero exit code', (variable, env) => {
    const { status, output } = start(env);
    expect(status).not.toBe(0);
    expect(output).toContain(`Konfigurationsfehler: ${variable}`);
    expect(output).not.toMatch(/\n\s+at /);
  });
});
