import { Logger, OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';

/** What the search repository needs of a database connection (the pool, or an EntityManager). */
export interface SearchDb {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- rows are typed by each caller
  query(sql: string, values?: unknown[]): Promise<any[]>;
}

/**
 * Search reads on a small pool of their own whose connections carry the search's settings, so a
 * search statement is one round trip: no BEGIN, three SETs and COMMIT around it (that was six of
 * the nine statements per search). The settings:
 * - `statement_timeout`: a runaway search is cancelled (503), never left to block a connection;
 * - `default_transaction_read_only`: search never writes;
 * - `enable_seqscan = off`: for a term in most documents the planner would otherwise evaluate @@
 *   on every row (reading each tsvector); search queries never need a sequential scan;
 * - `jit = off`: broad queries have plan costs above `jit_above_cost`, and compiling costs more
 *   than the few milliseconds the statements run.
 * Statements stay unnamed (a custom plan per execution): the best plan depends on the words
 * (walk the date index for a broad term, the GIN bitmap for a rare one), so PreparedReads'
 * generic plans would be wrong here.
 */
export class SearchPool implements SearchDb, OnApplicationShutdown {
  private readonly logger = new Logger(SearchPool.name);
  readonly pool: Pool;

  constructor(databaseUrl: string, size: number, statementTimeoutMs: number) {
    this.pool = new Pool({
      connectionString: databaseUrl,
      max: size,
      connectionTimeoutMillis: 5000,
      idleTimeoutMillis: 30000,
      application_name: 'jobcenter-portal-search',
      options: [
        `-c statement_timeout=${Math.trunc(statementTimeoutMs)}`,
        '-c default_transaction_read_only=on',
        '-c enable_seqscan=off',
        '-c jit=off',
      ].join(' '),
    });
    // An idle client losing its connection (database restart) must not crash the process.
    this.pool.on('error', (error: Error & { code?: string }) =>
      this.logger.warn({ code: error.code, message: error.message }, 'Database connection lost'),
    );
  }

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see SearchDb
  async query(sql: string, values: unknown[] = []): Promise<any[]> {
    return (await this.pool.query(sql, values)).rows;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}
