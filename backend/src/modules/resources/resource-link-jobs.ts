import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue';
import { checkLink } from './link-checker';
import { ResourceNotifier } from './resource-notifier';
import { ResourcesRepository } from './resources.repository';

export const LINK_CHECK_JOB = 'resources.link-check';
export const LINK_SWEEP_JOB = 'resources.link-sweep';
/** A link is checked again after this long. */
const RECHECK_AFTER_MS = 20 * 3_600_000;
const SWEEP_BATCH = 500;

/**
 * The link check: one job per resource (on create/update of a URL, and from the nightly sweep),
 * results written with raw SQL; a link that turns broken notifies the coordination once.
 * Demo rows are never checked (no third-party requests from the demo or the tests).
 */
@Injectable()
export class ResourceLinkJobs implements OnModuleInit {
  private readonly logger = new Logger(ResourceLinkJobs.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly resources: ResourcesRepository,
    private readonly notifier: ResourceNotifier,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ resourceId: string }>(LINK_CHECK_JOB, (data) => this.check(data.resourceId), {
      retryLimit: 2,
      retryDelaySeconds: 30,
    });
    this.jobs.register(LINK_SWEEP_JOB, () => this.sweep(), { cron: '40 3 * * *', retryLimit: 1 });
  }

  /** Queues a check (no-op while one for the same resource waits). */
  async enqueue(resourceId: string): Promise<void> {
    await this.jobs.send(LINK_CHECK_JOB, { resourceId }, { singletonKey: resourceId });
  }

  async sweep(): Promise<void> {
    const due = await this.resources.dueForCheck(
      new Date(this.clock.now().getTime() - RECHECK_AFTER_MS),
      SWEEP_BATCH,
    );
    for (const id of due) await this.enqueue(id);
    if (due.length > 0) this.logger.log(`${due.length} Links zur Prüfung eingeplant`);
  }

  /** Checks one resource's link; idempotent (a repeated job writes the same kind of result). */
  async check(resourceId: string): Promise<void> {
    const resource = await this.resources.findById(resourceId);
    if (!resource?.url || resource.demo) return;
    const result = await checkLink(resource.url, this.config.linkCheck);
    const at = this.clock.now();
    // Only if the URL is still the one checked (an edit meanwhile queues its own check).
    const written = await this.resources.recordCheck(resource.id, resource.url, result, at);
    if (
      written &&
      result.status === 'broken' &&
      written.previous !== 'broken' &&
      resource.status === 'published'
    ) {
      await this.notifier.linkBroken(resource, result.detail ?? 'nicht erreichbar', at);
    }
  }
}
