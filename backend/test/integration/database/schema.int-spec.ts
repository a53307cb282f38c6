import { createTestApp, TestApp } from '../../support/test-app';

describe('database schema', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('matches the entities exactly after all migrations (no drift)', async () => {
    const sql = await testApp.dataSource.driver.createSchemaBuilder().log();
    expect(sql.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('uses timestamptz for every timestamp column', async () => {
    const rows: { table_name: string; column_name: string }[] = await testApp.dataSource.query(
      `SELECT table_name, column_name FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'timestamp without time zone'`,
    );
    expect(rows).toEqual([]);
  });

  it('seeds the organisations once and not again', async () => {
    await testApp.dataSource.query(`DELETE FROM organisations WHERE key = 'bodenseekreis'`);
    const { SeedService } = await import('../../../src/core/seed/seed.service');
    await testApp.app.get(SeedService).seedDemoData();
    const rows: unknown[] = await testApp.dataSource.query(
      `SELECT 1 FROM organisations WHERE key = 'bodenseekreis'`,
    );
    expect(rows).toHaveLength(0);
  });

  it('serves the directory name search from the trigram index', async () => {
    // One connection, rolled back: with a few dozen rows any index beats none, so the (name, id)
    // btree of the cursor list is set aside to see that the trigram index serves `ILIKE '%…%'`.
    const plan = await testApp.dataSource
      .transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        await manager.query('DROP INDEX organisations_name_id_idx');
        const rows: { 'QUERY PLAN': string }[] = await manager.query(
          `EXPLAIN SELECT id FROM organisations WHERE name ILIKE '%offenbach%'`,
        );
        throw new PlanCaptured(rows.map((row) => row['QUERY PLAN']).join('\n'));
      })
      .catch((error: unknown) => {
        if (error instanceof PlanCaptured) return error.plan;
        throw error;
      });
    expect(plan).toContain('organisations_name_trgm_idx');
  });
});

/** Carries the plan out of a transaction that must roll back. */
class PlanCaptured extends Error {
  constructor(readonly plan: string) {
    super('plan captured');
  }
}
