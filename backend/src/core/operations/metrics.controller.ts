import { Controller, Get, Header, Inject, Req } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Request } from 'express';
import { timingSafeEqual, createHash } from 'node:crypto';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { NewsFeedCache, type NewsFeedCacheStats } from '../../modules/news/news-feed-cache';
import { SessionCache, type SessionCacheStats } from '../auth/session-cache';
import { Public } from '../authz/public.decorator';
import { DomainError, ErrorCode } from '../http/domain-error';
import { JobQueue } from '../jobs/job-queue';
import { answerCollects, collectFromAllProcesses } from './cluster';
import { labelValue, Metrics, renderMetrics, type MetricsSnapshot } from './metrics';

const loopDelay = monitorEventLoopDelay({ resolution: 20 });
loopDelay.enable();

/** What one process of this instance reports; with WEB_CONCURRENCY > 1 the parts are summed. */
interface ProcessPart {
  metrics: MetricsSnapshot;
  pool: { total: number; idle: number; waiting: number } | null;
  sessionCache: SessionCacheStats;
  feedCache: NewsFeedCacheStats;
  cpuSeconds: number;
  rssBytes: number;
  heapUsedBytes: number;
  startTimeSeconds: number;
  loopLagP99Seconds: number;
}

function digest(value: string): Buffer {
  return createHash('sha256').update(value).digest();
}

/**
 * Prometheus scrape endpoint. Not for the public: without METRICS_TOKEN it does not exist (404);
 * with it, only `Authorization: Bearer <METRICS_TOKEN>` is answered (401 otherwise). Needs no session.
 */
@Controller('metrics')
export class MetricsController {
  private readonly token: Buffer | null;

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly metrics: Metrics,
    private readonly jobs: JobQueue,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly sessions: SessionCache,
    private readonly modules: ModuleRef,
  ) {
    this.token = config.operations.metricsToken ? digest(config.operations.metricsToken) : null;
    answerCollects(() => this.localPart());
  }

  @Public()
  @Get()
  @Header('Content-Type', 'text/plain; version=0.0.4; charset=utf-8')
  @Header('Cache-Control', 'no-store')
  async scrape(@Req() request: Request): Promise<string> {
    if (!this.token) throw new DomainError(ErrorCode.NotFound);
    const presented = /^Bearer (.+)$/.exec(request.headers.authorization ?? '')?.[1];
    // Compared as digests: constant time, and no length leaks.
    if (!presented || !timingSafeEqual(digest(presented), this.token))
      throw new DomainError(ErrorCode.NotAuthenticated);
    const parts = await collectFromAllProcesses(() => this.localPart());
    return (
      renderMetrics(parts.map((part) => part.metrics)) + (await this.queueDepth()) + renderProcesses(parts)
    );
  }

  private localPart(): ProcessPart {
    const pool = (this.dataSource.driver as unknown as { master?: Pool }).master;
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    const part: ProcessPart = {
      metrics: this.metrics.snapshot(),
      pool: pool ? { total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount } : null,
      sessionCache: this.sessions.stats(),
      // The news module's, looked up rather than imported: operations stays below the features.
      feedCache: this.modules.get(NewsFeedCache, { strict: false }).stats(),
      cpuSeconds: (cpu.user + cpu.system) / 1e6,
      rssBytes: memory.rss,
      heapUsedBytes: memory.heapUsed,
      startTimeSeconds: Math.round(Date.now() / 1000 - process.uptime()),
      loopLagP99Seconds: loopDelay.percentile(99) / 1e9,
    };
    loopDelay.reset();
    return part;
  }

  private async queueDepth(): Promise<string> {
    const lines = [
      '# HELP portal_jobs_waiting Jobs not finished yet, by queue and state (whole cluster).',
      '# TYPE portal_jobs_waiting gauge',
    ];
    try {
      for (const row of await this.jobs.depth())
        lines.push(`portal_jobs_waiting{queue="${labelValue(row.name)}",state="${row.state}"} ${row.count}`);
      lines.push('portal_jobs_queue_up 1');
    } catch {
      // Database down: the scrape still answers, the gauge says why it is missing.
      lines.push('portal_jobs_queue_up 0');
    }
    return lines.join('\n') + '\n';
  }
}

/**
 * Pool and process figures of all processes of this instance (summed; the lag is the worst),
 * under the names Prometheus client libraries use.
 */
function renderProcesses(parts: ProcessPart[]): string {
  const sum = (value: (part: ProcessPart) => number) => parts.reduce((total, part) => total + value(part), 0);
  const pools = parts.flatMap((part) => (part.pool ? [part.pool] : []));
  const lines = [
    '# HELP portal_processes Backend processes of this instance (WEB_CONCURRENCY) that answered.',
    '# TYPE portal_processes gauge',
    `portal_processes ${parts.length}`,
  ];
  if (pools.length) {
    lines.push(
      '# HELP portal_db_pool_connections Connections of this instance to PostgreSQL, by state.',
      '# TYPE portal_db_pool_connections gauge',
      `portal_db_pool_connections{state="total"} ${pools.reduce((n, pool) => n + pool.total, 0)}`,
      `portal_db_pool_connections{state="idle"} ${pools.reduce((n, pool) => n + pool.idle, 0)}`,
      '# HELP portal_db_pool_waiting Queries waiting for a free connection.',
      '# TYPE portal_db_pool_waiting gauge',
      `portal_db_pool_waiting ${pools.reduce((n, pool) => n + pool.waiting, 0)}`,
    );
  }
  lines.push(
    '# HELP portal_session_cache_lookups_total Session reads answered from memory (hit) or by PostgreSQL (miss).',
    '# TYPE portal_session_cache_lookups_total counter',
    `portal_session_cache_lookups_total{result="hit"} ${sum((part) => part.sessionCache.hits)}`,
    `portal_session_cache_lookups_total{result="miss"} ${sum((part) => part.sessionCache.misses)}`,
    '# HELP portal_session_cache_entries Sessions held in memory.',
    '# TYPE portal_session_cache_entries gauge',
    `portal_session_cache_entries ${sum((part) => part.sessionCache.entries)}`,
    // Fewer than portal_processes: a process lost its LISTEN connection (or SESSION_CACHE_SECONDS=0)
    // and reads every session from PostgreSQL.
    '# HELP portal_session_cache_listening Processes that receive session changes and so may cache.',
    '# TYPE portal_session_cache_listening gauge',
    `portal_session_cache_listening ${parts.filter((part) => part.sessionCache.listening).length}`,
    '# HELP portal_feed_cache_lookups_total Start page feed pages answered from memory (hit) or by PostgreSQL (miss).',
    '# TYPE portal_feed_cache_lookups_total counter',
    `portal_feed_cache_lookups_total{result="hit"} ${sum((part) => part.feedCache.hits)}`,
    `portal_feed_cache_lookups_total{result="miss"} ${sum((part) => part.feedCache.misses)}`,
    '# HELP portal_feed_cache_pages Start page feed pages held in memory (one per audience and page size).',
    '# TYPE portal_feed_cache_pages gauge',
    `portal_feed_cache_pages ${sum((part) => part.feedCache.pages)}`,
    // As for sessions: fewer than portal_processes means a process asks PostgreSQL every time.
    '# HELP portal_feed_cache_listening Processes that receive feed changes and so may keep pages.',
    '# TYPE portal_feed_cache_listening gauge',
    `portal_feed_cache_listening ${parts.filter((part) => part.feedCache.listening).length}`,
    '# TYPE process_cpu_seconds_total counter',
    `process_cpu_seconds_total ${sum((part) => part.cpuSeconds)}`,
    '# TYPE process_resident_memory_bytes gauge',
    `process_resident_memory_bytes ${sum((part) => part.rssBytes)}`,
    '# TYPE nodejs_heap_size_used_bytes gauge',
    `nodejs_heap_size_used_bytes ${sum((part) => part.heapUsedBytes)}`,
    '# TYPE process_start_time_seconds gauge',
    `process_start_time_seconds ${Math.min(...parts.map((part) => part.startTimeSeconds))}`,
    '# HELP nodejs_eventloop_lag_p99_seconds 99th percentile of the event loop delay since the last scrape (worst process).',
    '# TYPE nodejs_eventloop_lag_p99_seconds gauge',
    `nodejs_eventloop_lag_p99_seconds ${Math.max(...parts.map((part) => part.loopLagP99Seconds))}`,
  );
  return lines.join('\n') + '\n';
}
