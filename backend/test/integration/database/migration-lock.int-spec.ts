import { Client } from 'pg';
import type { MigrationInterface, QueryRunner } from 'typeorm';
import { MIGRATION_LOCK_KEY, runMigrations } from '../../../src/core/database/run-migrations';
import { createTestApp, TestApp } from '../../support/test-app';

const TIMEOUT_MS = 1000;

/** Stands for a migration rewriting a production-size table: runs longer than the app's limit. */
class SlowMigration1796610000040 implements MigrationInterface {
  name = 'SlowMigration1796610000040';
  async up(runner: QueryRunner): Promise<void> {
    await runner.query('SELECT pg_sleep($1)', [(TIMEOUT_MS + 500) / 1000]);
  }
  async down(): Promise<void> {
    // Nothing to undo.
  }
}

/**
 * Migrations run outside the app's statement_timeout: a long migration, or a second instance (or
 * Job) waiting for the migration lock, must not be cancelled by it.
 */
describe('migrations and the statement timeout', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ DATABASE_STATEMENT_TIMEOUT_MS: String(TIMEOUT_MS) });
  });
  afterAll(() => testApp?.close());

  it('a migrator waiting for the lock longer than DATABASE_STATEMENT_TIMEOUT_MS still runs once it is free', async () => {
    const holder = new Client({ connectionString: testApp.config.databaseUrl });
    await holder.connect();
    try {
      await holder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      const started = Date.now();
      const migrating = runMigrations(testApp.dataSource.options).then(
        (applied) => ({ applied, at: Date.now() }),
        (error: unknown) => ({ error, at: Date.now() }),
      );
      await new Promise((resolve) => setTimeout(resolve, TIMEOUT_MS + 1000));
      await holder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
      const outcome = await migrating;
      // createTestApp applied everything already: nothing left to do, and no error either.
      expect(outcome).toEqual({ applied: [], at: expect.any(Number) });
      expect(outcome.at - started).toBeGreaterThanOrEqual(TIMEOUT_MS + 1000);
    } finally {
      await holder.end();
    }
  });

  it('a migration statement longer than DATABASE_STATEMENT_TIMEOUT_MS is not cancelled', async () => {
    const options = { ...testApp.dataSource.options, migrations: [SlowMigration1796610000040] };
    await expect(runMigrations(options)).resolves.toEqual(['SlowMigration1796610000040']);
  });

  it('leaves the app pool with its statement timeout', async () => {
    const rows: { statement_timeout: string }[] = await testApp.dataSource.query('SHOW statement_timeout');
    expect(rows[0]?.statement_timeout).toBe('1s');
  });
});
