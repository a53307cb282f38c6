// Generates a migration from the difference between the entities and the migrated schema:
//   npm run db:migration -- <Name>
// Runs against a throw-away embedded PostgreSQL, so no local database is touched.
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from './lib/embedded-postgres.mjs';

const name = process.argv[2];
if (!name || !/^[A-Z][A-Za-z0-9]+$/.test(name)) {
  console.error('Aufruf: npm run db:migration -- <NameInPascalCase>');
  process.exit(2);
}

const dataDir = await mkdtemp(join(tmpdir(), 'portal-migration-'));
const postgres = await startEmbeddedPostgres({ dataDir, durable: false });
let status = 1;
try {
  const result = spawnSync(
    process.execPath,
    [
      '-r',
      'ts-node/register/transpile-only',
      '-r',
      'tsconfig-paths/register',
      'tools/db/generate-migration.ts',
      name,
    ],
    {
      stdio: 'inherit',
      env: { ...process.env, DATABASE_URL: postgres.url, TS_NODE_PROJECT: 'backend/tsconfig.spec.json' },
    },
  );
  status = result.status ?? 1;
} finally {
  await postgres.stop();
  await rm(dataDir, { recursive: true, force: true });
}
process.exit(status);
