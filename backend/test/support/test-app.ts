import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/app.setup';
import { AppConfig, loadConfig } from '../../src/config/app-config';
import { Clock } from '../../src/core/clock/clock';
import { runMigrations } from '../../src/core/database/run-migrations';
import { SeedService } from '../../src/core/seed/seed.service';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  baseUrl: string;
  dataSource: DataSource;
  /** Stops the app and drops its database (kept with `keepDatabase`, for checks after a shutdown). */
  close(options?: { keepDatabase?: boolean }): Promise<void>;
  /** Drops the app's own database (after `close({ keepDatabase: true })`). */
  dropDatabase(): Promise<void>;
}

/**
 * This worker's port; `instance` 1 is a second app of the same worker (two backend instances on
 * one database), on a port the other worker does not use (4 ports, at most 2 workers).
 */
function appPort(instance = 0): number {
  const ports = (process.env['TEST_APP_PORTS'] ?? '').split(',').map(Number);
  const worker = Number(process.env['JEST_WORKER_ID'] ?? '1');
  const port = ports[(worker - 1 + instance * 2) % ports.length];
  if (!port) throw new Error('TEST_APP_PORTS missing: run through jest.integration.config.ts');
  return port;
}

async function admin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env['TEST_PG_ADMIN_URL'] });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The real Nest app, as main.ts configures it, on a fresh database with the real migrations
 * and the seed, listening on this worker's port (registered at the local OpenID provider).
 */
export async function createTestApp(
  overrides: Record<string, string> = {},
  options: {
    clock?: Clock;
    instance?: number;
    /** Runs before the modules start, e.g. to register a job type of the test. */
    beforeStart?: (app: NestExpressApplication) => void;
  } = {},
): Promise<TestApp> {
  const database = `test_${randomBytes(6).toString('hex')}`;
  let databaseUrl = overrides['DATABASE_URL'];
  if (!databaseUrl) {
    await admin((client) => client.query(`CREATE DATABASE ${database}`));
    databaseUrl = String(process.env['TEST_PG_ADMIN_URL']).replace(/\/postgres$/, `/${database}`);
  }
  const dropDatabase = async () => {
    if (!overrides['DATABASE_URL'])
      await admin((client) => client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`));
  };
  const port = appPort(options.instance);
  const config = loadConfig({
    ...process.env,
    PORT: String(port),
    PUBLIC_URL: `http://localhost:${port}`,
    DATABASE_URL: databaseUrl,
    ...overrides,
  });
  const builder = Test.createTestingModule({ imports: [AppModule.forRoot(config)] });
  if (options.clock) builder.overrideProvider(Clock).useValue(options.clock);
  const moduleRef = await builder.compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  configureApp(app, config);
  options.beforeStart?.(app);
  const dataSource = app.get(DataSource);
  await runMigrations(dataSource.options);
  await app.get(SeedService).seedDemoData();
  await app.listen(port, '127.0.0.1');
  return {
    app,
    config,
    baseUrl: `http://localhost:${port}`,
    dataSource,
    close: async ({ keepDatabase = false } = {}) => {
      await app.close();
      if (!keepDatabase) await dropDatabase();
    },
    dropDatabase,
  };
}
