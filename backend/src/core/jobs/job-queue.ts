import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
  Optional,
} from '@nestjs/common';
import { Client } from 'pg';
import PgBoss from 'pg-boss';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { Metrics } from '../operations/metrics';

/**
 * pg-boss 10.4 calls `complete()` and `fail()` for a finished job without awaiting them: while
 * PostgreSQL is unreachable their rejection is unhandled and would end the process. Nothing is lost
 * (pg-boss hands the job out again when its lease expires), so the rejection is only logged.
 */
function guardUnawaitedCompletions(): void {
  const manager: { prototype: Record<string, unknown> } = require('pg-boss/src/manager');
  for (const method of ['complete', 'fail'] as const) {
    const original = manager.prototype[method] as ((...args: unknown[]) => Promise<unknown>) & {
      guarded?: true;
    };
    if (original.guarded) continue;
    const guarded = function (this: unknown, ...args: unknown[]): Promise<unknown> {
      const result = original.apply(this, args);
      result.catch((error: unknown) =>
        completionLogger.warn(`Job ${method} not recorded (database unreachable?): ${String(error)}`),
      );
      return result;
    };
    manager.prototype[method] = Object.assign(guarded, { guarded: true as const });
  }
}
const completionLogger = new Logger('JobQueue');
guardUnawaitedCompletions();

/** What a handler learns about the job it runs. */
export interface JobContext {
  id: string;
  name: string;
  /** Retries so far (0 on the first attempt) and allowed; equal on the last attempt. */
  retryCount: number;
  retryLimit: number;
}

export type JobHandler<T> = (data: T, job: JobContext) => Promise<void>;

export interface JobOptions {
  /** Attempts after the first failure (default 5). */
  retryLimit?: number;
  /** Seconds before the first retry; doubled (with jitter) for each further one (default 2). */
  retryDelaySeconds?: number;
  /** A running job that takes longer than this is retried elsewhere (default 15 min). */
  expireInSeconds?: number;
  /** Cron schedule (5 fields, Europe/Berlin) that sends this job with `{}` as data. */
  cron?: string;
}

export interface SendOptions {
  /**
   * Labels the job (visible in pgboss.job). It does NOT deduplicate: pg-boss 10 only enforces
   * keys on queues with a `short`/`singleton`/`stately` policy, and ours are `standard` — so every
   * handler must be idempotent (a second job for the same file or resource finds the work done).
   */
  singletonKey?: string;
  startAfter?: Date;
}

interface Registration {
  name: string;
  handler: JobHandler<never>;
  options: JobOptions;
}

/** Queue names of pg-boss: letters, digits, dots, dashes, underscores. */
const NAME = /^[a-z0-9][a-z0-9._-]*$/;
const SCHEMA = 'pgboss';
/** Arbitrary, fixed; differs from the migration and seed locks. */
const QUEUE_LOCK_KEY = 727_104_2020;

/**
 * The portal's one job queue: pg-boss in its own schema (`pgboss`) of the app's database.
 * Jobs are fetched with `FOR UPDATE SKIP LOCKED`, so with several backend instances each job
 * runs once; cron schedules fire once per slot across instances. Handlers register in
 * `onModuleInit`; workers start when the application has booted (after the migrations) and
 * stop gracefully (running jobs finish) on shutdown.
 */
@Injectable()
export class JobQueue implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobQueue.name);
  private readonly registrations = new Map<string, Registration>();
  private readonly boss: PgBoss;
  private started?: Promise<void>;
  private running = false;
  private markRunning!: () => void;
  private readonly runningSignal = new Promise<void>((resolve) => (this.markRunning = resolve));

  private stopping?: Promise<void>;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Optional() private readonly metrics?: Metrics,
  ) {
    this.boss = new PgBoss({
      connectionString: config.databaseUrl,
      schema: SCHEMA,
      application_name: 'portal-jobs',
      max: 4,
      // Cron slots are checked often enough that a schedule fires within seconds of its time.
      cronMonitorIntervalSeconds: 30,
    });
    // pg-boss reports connection trouble here; without a listener Node would crash.
    this.boss.on('error', (error) => this.logger.warn({ message: error.message }, 'Job queue error'));
  }

  /** Declares a job type; call from `onModuleInit` of the owning module. */
  register<T extends object>(name: string, handler: JobHandler<T>, options: JobOptions = {}): void {
    if (!NAME.test(name)) throw new Error(`Invalid job name "${name}"`);
    if (this.registrations.has(name)) throw new Error(`Job "${name}" is registered twice`);
    if (this.started) throw new Error(`Job "${name}" registered after the queue started`);
    this.registrations.set(name, { name, handler: handler as JobHandler<never>, options });
  }

  /** Enqueues a job; returns its id (null only if pg-boss refused it). */
  async send<T extends object>(name: string, data: T, options: SendOptions = {}): Promise<string | null> {
    if (!this.registrations.has(name)) throw new Error(`Job "${name}" is not registered`);
    await this.whenStarted();
    return this.boss.send(name, data, {
      singletonKey: options.singletonKey,
      startAfter: options.startAfter,
    });
  }

  /** Number of jobs not finished yet (waiting, retrying or running) in the given queues. */
  async pending(names: readonly string[] = [...this.registrations.keys()]): Promise<number> {
    await this.whenStarted();
    let total = 0;
    for (const name of names) total += await this.boss.getQueueSize(name, { before: 'completed' });
    return total;
  }

  /** Waits until the queues hold no unfinished job (tests; retries count as unfinished). */
  async drained(names?: readonly string[], timeoutMs = 15_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while ((await this.pending(names)) > 0) {
      if (Date.now() > deadline) throw new Error(`Job queue not drained within ${timeoutMs} ms`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  }

  async onApplicationBootstrap(): Promise<void> {
    this.started = this.start();
    await this.started;
    this.running = true;
    this.markRunning();
  }

  /** Whether `send` may be called now (false while seeding before the application has started). */
  get isRunning(): boolean {
    return this.running;
  }

  /** Resolves once the queue runs: for work noticed before start-up (e.g. files stored by seeds). */
  whenRunning(): Promise<void> {
    return this.runningSignal;
  }

  async onApplicationShutdown(): Promise<void> {
    await this.stop(20_000);
  }

  /**
   * Stops fetching jobs; running handlers get `timeoutMs` to finish, then their jobs are marked
   * failed and retried (by another instance); the queue's pool closes. Safe to call twice.
   */
  stop(timeoutMs: number): Promise<void> {
    this.stopping ??= (async () => {
      if (!this.started) return;
      await this.started.catch(() => undefined);
      this.running = false;
      await this.boss.stop({ graceful: true, wait: true, timeout: timeoutMs });
    })();
    return this.stopping;
  }

  /** Jobs not finished yet per queue and state (metrics); one query over pg-boss's job table. */
  async depth(): Promise<{ name: string; state: string; count: number }[]> {
    await this.whenStarted();
    const rows = await this.boss.getDb().executeSql(
      `SELECT name, state::text AS state, count(*)::int AS count FROM ${SCHEMA}.job
          WHERE state IN ('created', 'retry', 'active') GROUP BY name, state`,
      [],
    );
    return (rows as { rows: { name: string; state: string; count: number }[] }).rows;
  }

  private async whenStarted(): Promise<void> {
    if (!this.started) throw new Error('Job queue used before the application started');
    await this.started;
  }

  /**
   * Creates or updates every queue. Instances starting at the same time would deadlock in
   * pg-boss's partition DDL, so they take turns (advisory lock on a connection of its own).
   */
  private async declareQueues(): Promise<void> {
    const client = new Client({ connectionString: this.config.databaseUrl, application_name: 'portal-jobs' });
    await client.connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [QUEUE_LOCK_KEY]);
      for (const { name, options } of this.registrations.values()) {
        const queue = {
          name,
          retryLimit: options.retryLimit ?? 5,
          retryDelay: options.retryDelaySeconds ?? 2,
          retryBackoff: true,
          expireInSeconds: options.expireInSeconds ?? 15 * 60,
        };
        // createQueue keeps an existing queue's options; updateQueue applies changed ones.
        await this.boss.createQueue(name, queue);
        await this.boss.updateQueue(name, queue);
      }
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [QUEUE_LOCK_KEY]).catch(() => undefined);
      await client.end();
    }
  }

  private async start(): Promise<void> {
    await this.boss.start();
    await this.declareQueues();
    for (const { name, handler, options } of this.registrations.values()) {
      await this.boss.work<object>(
        name,
        {
          batchSize: 1,
          pollingIntervalSeconds: this.config.jobs.pollingIntervalSeconds,
          includeMetadata: true,
        },
        async ([job]) => {
          if (!job) return;
          try {
            await handler(job.data as never, {
              id: job.id,
              name,
              retryCount: job.retryCount,
              retryLimit: job.retryLimit,
            });
            this.metrics?.recordJob(name, 'completed');
          } catch (error) {
            this.metrics?.recordJob(name, 'failed');
            this.logger.warn(
              { job: name, id: job.id, message: error instanceof Error ? error.message : String(error) },
              'Job failed; it will be retried',
            );
            throw error;
          }
        },
      );
      if (options.cron) await this.boss.schedule(name, options.cron, {}, { tz: 'Europe/Berlin' });
      else await this.boss.unschedule(name);
    }
  }
}
