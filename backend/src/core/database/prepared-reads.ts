import { createHash } from 'node:crypto';
import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool, QueryResultRow } from 'pg';

const MAX_PREPARED = 200;

/**
 * The hottest reads (session lookup, news feed) as named prepared statements on a small pool of
 * their own, whose connections always use the generic plan. Planning the feed's five-way join took
 * 2–3× as long as running it (0.75 ms against 0.3 ms, measured with 100,000 news items), and
 * PostgreSQL re-plans every unnamed statement and keeps custom plans for named ones.
 *
 * Only for statements whose best plan does not depend on the parameter values (a keyset walk
 * down an index with filters); full-text search, for one, has its own pool with custom plans (modules/search/search-pool.ts).
 */
export class PreparedReads implements OnApplicationShutdown {
  private readonly logger = new Logger(PreparedReads.name);
  /** Statement text → name; the texts come from code, never from input (see MAX_PREPARED). */
  private readonly names = new Map<string, string>();
  readonly pool: Pool;

  constructor(databaseUrl: string, size: number, statementTimeoutMs = 15_000) {
    this.pool = new Pool({
      connectionString: databaseUrl,
      max: size,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      application_name: 'jobcenter-portal-reads',
      options: `-c plan_cache_mode=force_generic_plan -c statement_timeout=${statementTimeoutMs}`,
    });
    // An idle client losing its connection (database restart) must not crash the process.
    this.pool.on('error', (error: Error & { code?: string }) =>
      this.logger.warn({ code: error.code, message: error.message }, 'Database connection lost'),
    );
  }

  async rows<T extends QueryResultRow>(text: string, values: unknown[]): Promise<T[]> {
    let name = this.names.get(text);
    if (!name) {
      // Each prepared statement holds a plan in every connection. Texts differ by filters and page
      // size, so requests could make many; past the cap they run unnamed (generic plan, no reuse).
      if (this.names.size >= MAX_PREPARED) return (await this.pool.query<T>(text, values)).rows;
      name = `r_${createHash('sha256').update(text).digest('hex').slice(0, 24)}`;
      this.names.set(text, name);
    }
    return (await this.pool.query<T>({ name, text, values })).rows;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
