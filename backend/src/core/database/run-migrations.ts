import { DataSource, type DataSourceOptions, MigrationExecutor } from 'typeorm';

/** Arbitrary, fixed key: only one instance migrates at a time, the others wait and find nothing to do. */
export const MIGRATION_LOCK_KEY = 727_104_2018;

/**
 * Applies pending migrations (each in its own transaction) on one connection of their own, without
 * the app's statement_timeout: that limit would cancel a migration rewriting a production-size table,
 * and the wait of a second instance or Job for the lock. The app pool keeps its limit.
 */
export async function runMigrations(options: DataSourceOptions): Promise<string[]> {
  const postgres = options as Extract<DataSourceOptions, { type: 'postgres' }>;
  const extra: Record<string, unknown> = { ...postgres.extra, max: 1 };
  delete extra['statement_timeout'];
  const migrator = new DataSource({ ...postgres, extra });
  await migrator.initialize();
  const runner = migrator.createQueryRunner();
  try {
    await runner.connect();
    // Explicit, so that a limit set on the role or database does not apply either.
    await runner.query('SET statement_timeout = 0');
    await runner.query('SET lock_timeout = 0');
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    const executor = new MigrationExecutor(migrator, runner);
    executor.transaction = 'each';
    const applied = await executor.executePendingMigrations();
    return applied.map((migration) => migration.name);
  } finally {
    // Ending the migrator's pool closes its connection, which releases the advisory lock too.
    await runner.release();
    await migrator.destroy();
  }
}
