/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * The raw baseline of the feed (issue 8): a bare `node:http` server with a `pg` pool that runs
 * exactly the SQL the feed endpoint runs for the benchmark user – pinned items and the first page
 * in one statement, like NewsService.feed – and answers with the rows as JSON. No session, no
 * guards, no validation, no TypeORM hydration: what is left is what the framework costs.
 *
 * The SQL is not copied: at start the real NewsRepository builds the statement (TypeORM query
 * builder, the backend's entities and naming strategy) and hands it to a capturing stand-in for
 * PreparedReads instead of running it. So the baseline follows the repository's code. It runs
 * it the way the backend does — as a prepared statement with a generic plan (PreparedReads) — so
 * the ratio shows what the framework costs, not a difference in how PostgreSQL plans.
 * Timestamps among the parameters (`now`) are replaced by the current time per request.
 * BASELINE_PROCESSES > 1 runs that many such servers on the port (node:cluster), as the bench
 * runs the backend with WEB_CONCURRENCY: both sides get the same cores.
 *
 *   BASELINE_PORT=3807 DATABASE_URL=… BASELINE_USER_ID=<uuid> node -r ts-node/register/transpile-only \
 *     -r tsconfig-paths/register tools/bench/baseline.ts        (TS_NODE_PROJECT=backend/tsconfig.spec.json)
 */
import 'reflect-metadata';
import cluster from 'node:cluster';
import { createServer } from 'node:http';
import { DataSource } from 'typeorm';
import type { AudienceViewer, Role } from '@portal/contracts';
import { dataSourceOptions } from '../../backend/src/core/database/data-source-options';
import { PreparedReads } from '../../backend/src/core/database/prepared-reads';
import { NewsRepository } from '../../backend/src/modules/news/news.repository';

export interface CapturedQuery {
  sql: string;
  parameters: unknown[];
}

/** The page size the benchmark requests (`?limit=20`); the service asks for one more row. */
const LIMIT = 20;

/** Builds the feed's statement for this user with the real repository, without running them. */
export async function captureFeedSql(databaseUrl: string, userId: string): Promise<CapturedQuery[]> {
  const dataSource = new DataSource(dataSourceOptions(databaseUrl, 1));
  await dataSource.initialize();
  const captured: CapturedQuery[] = [];
  const capturing = {
    rows: (sql: string, parameters: unknown[]) => {
      captured.push({ sql, parameters });
      return Promise.resolve([]);
    },
  } as unknown as PreparedReads;
  try {
    const [user] = (await dataSource.query(
      `SELECT u.roles, u.organisation_id AS "organisationId", o.state
         FROM users u LEFT JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1`,
      [userId],
    )) as { roles: Role[]; organisationId: string | null; state: AudienceViewer['state'] }[];
    if (!user) throw new Error(`Person ${userId} fehlt.`);
    const viewer: AudienceViewer = {
      roles: user.roles,
      organisationId: user.organisationId,
      state: user.state,
    };
    const news = new NewsRepository(dataSource, capturing);
    const now = new Date();
    // As NewsService.feed does for the first page without filters: one statement, pinned + page.
    await news.firstPage(viewer, now, LIMIT + 1, userId);
  } finally {
    await dataSource.destroy();
  }
  return captured;
}

async function main(): Promise<void> {
  const databaseUrl = process.env['DATABASE_URL'];
  const userId = process.env['BASELINE_USER_ID'];
  const port = Number(process.env['BASELINE_PORT'] ?? 3807);
  if (!databaseUrl || !userId) throw new Error('DATABASE_URL und BASELINE_USER_ID sind nötig.');
  const queries = await captureFeedSql(databaseUrl, userId);
  // Same pool as the backend's PreparedReads (half of the default pool of 10).
  const reads = new PreparedReads(databaseUrl, 5);
  const run = (query: CapturedQuery) =>
    reads.rows(
      query.sql,
      query.parameters.map((value) => (value instanceof Date ? new Date() : value)),
    );
  const server = createServer((req, res) => {
    if (req.url !== '/feed') {
      res.writeHead(404).end();
      return;
    }
    Promise.all(queries.map(run)).then(
      (results) => {
        const rows = results.flat() as { section: string }[];
        const body = JSON.stringify({
          pinned: rows.filter((row) => row.section === 'pinned'),
          items: rows.filter((row) => row.section === 'page').slice(0, LIMIT),
        });
        res.writeHead(200, { 'content-type': 'application/json' }).end(body);
      },
      (error: unknown) => {
        console.error(error);
        res.writeHead(500).end();
      },
    );
  });
  server.listen(port, '127.0.0.1', () => {
    if (process.env['BASELINE_PRINT_SQL'] === 'true')
      for (const query of queries) console.log(query.sql, JSON.stringify(query.parameters));
    console.log(`baseline listening on ${port}`);
  });
  const stop = () => server.close(() => void reads.onApplicationShutdown().then(() => process.exit(0)));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

/** Forks the servers and ends them with itself. */
function primary(processes: number): void {
  for (let i = 0; i < processes; i++) cluster.fork();
  const stop = () => {
    for (const worker of Object.values(cluster.workers ?? {})) worker?.process.kill('SIGTERM');
  };
  cluster.on('exit', () => {
    if (Object.values(cluster.workers ?? {}).filter(Boolean).length === 0) process.exit(0);
  });
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

if (require.main === module) {
  const processes = Number(process.env['BASELINE_PROCESSES'] ?? 1);
  if (processes > 1 && cluster.isPrimary) primary(processes);
  else
    main().catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
