/* eslint-disable no-console -- a command-line tool: the console is its report. */
import { performance } from 'node:perf_hooks';
import type { Pool } from 'pg';

const LIMIT_MS = 240_000;

/**
 * Waits until the job queue has nothing to do and no autovacuum runs. Uploads in one step
 * (previews and text of a 1 GiB PDF) otherwise run beside the next measurement and share its two
 * cores: download rounds differed by 2× and Lighthouse's blocking time rose when they did; an
 * autovacuum of the freshly seeded news ran during the feed measurement.
 */
export async function backgroundIdle(db: Pool, before: string): Promise<void> {
  const started = performance.now();
  for (;;) {
    const { rows } = await db.query<{ jobs: number; vacuums: number }>(
      `SELECT (SELECT count(*)::int FROM pgboss.job
                WHERE state IN ('active', 'retry') OR (state = 'created' AND start_after <= now())) AS jobs,
              (SELECT count(*)::int FROM pg_stat_activity
                WHERE backend_type = 'autovacuum worker') AS vacuums`,
    );
    const { jobs = 0, vacuums = 0 } = rows[0] ?? {};
    if (jobs === 0 && vacuums === 0) break;
    if (performance.now() - started > LIMIT_MS) {
      console.warn(
        `Nach ${LIMIT_MS / 1000} s noch ${jobs} Jobs und ${vacuums} Autovacuum-Läufe; ${before} misst trotzdem.`,
      );
      return;
    }
    await new Promise((resolve) => setTimeout(resolve, 1_000));
  }
  const waited = (performance.now() - started) / 1000;
  if (waited >= 1)
    console.log(`Vor ${before}: ${waited.toFixed(0)} s auf Hintergrund-Jobs und Autovacuum gewartet.`);
}
