import { BeforeApplicationShutdown, Inject, Injectable, Logger } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import type { Server } from 'node:http';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { JobQueue } from '../jobs/job-queue';

/**
 * Graceful shutdown for one of several instances. On SIGTERM (Nest's shutdown hooks):
 * readiness turns false at once, so the load balancer stops sending new requests; after
 * SHUTDOWN_DELAY_SECONDS the server stops accepting connections, idle keep-alive connections
 * close, requests in flight (uploads too) finish, at most SHUTDOWN_TIMEOUT_SECONDS; meanwhile the
 * job queue stops taking jobs and lets running ones finish (unfinished ones go back to the queue
 * for another instance). Nest then closes the database pool (TypeORM's shutdown hook).
 */
@Injectable()
export class Lifecycle implements BeforeApplicationShutdown {
  private readonly logger = new Logger(Lifecycle.name);
  private draining = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
    private readonly jobs: JobQueue,
  ) {}

  /** False from the moment shutdown begins. */
  get accepting(): boolean {
    return !this.draining;
  }

  async beforeApplicationShutdown(signal?: string): Promise<void> {
    if (this.draining) return;
    this.draining = true;
    const { shutdownDelayMs, shutdownTimeoutMs } = this.config.operations;
    this.logger.log({ signal, shutdownDelayMs, shutdownTimeoutMs }, 'Shutting down: readiness is false');
    if (shutdownDelayMs > 0) await new Promise((resolve) => setTimeout(resolve, shutdownDelayMs));
    await Promise.all([this.drainHttp(shutdownTimeoutMs), this.jobs.stop(shutdownTimeoutMs)]);
  }

  private async drainHttp(timeoutMs: number): Promise<void> {
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server?.listening) return;
    let timer: NodeJS.Timeout | undefined;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    // Keep-alive connections without a request in flight would hold close() open.
    server.closeIdleConnections();
    const idle = setInterval(() => server.closeIdleConnections(), 250);
    const timedOut = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), timeoutMs)));
    const late = await Promise.race([closed.then(() => false), timedOut]);
    clearInterval(idle);
    clearTimeout(timer);
    if (late) {
      this.logger.warn({ timeoutMs }, 'Requests still running after the shutdown timeout: closing them');
      server.closeAllConnections();
      await closed;
    }
  }
}
