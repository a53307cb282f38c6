import { Inject, Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { AuditAction } from '@portal/contracts';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import { AuditLog } from '../../core/audit/audit-log';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue';
import { RETENTION_CLASSES, RetentionClass } from './retention-classes';

export const RETENTION_JOB = 'privacy.retention-purge';
const DAY_MS = 86_400_000;

/**
 * Nightly purge of every retention class (after the audit log's own purge). Each class runs in
 * its own transaction together with its audit line; a class that fails is retried with the job.
 */
@Injectable()
export class RetentionService implements OnModuleInit {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly audit: AuditLog,
  ) {}

  onModuleInit(): void {
    this.jobs.register(RETENTION_JOB, () => this.purgeAll().then(() => undefined), { cron: '45 2 * * *' });
  }

  /** Rows removed per class key. */
  async purgeAll(classes: readonly RetentionClass[] = RETENTION_CLASSES): Promise<Record<string, number>> {
    const result: Record<string, number> = {};
    for (const retention of classes) result[retention.key] = await this.purge(retention);
    return result;
  }

  private purge(retention: RetentionClass): Promise<number> {
    const days = retention.days(this.config);
    const before = new Date(this.clock.now().getTime() - days * DAY_MS);
    return this.dataSource.transaction(async (db) => {
      const removed = await retention.purge(db, before);
      if (removed > 0) {
        await this.audit.record(
          {
            action: AuditAction.RetentionPurged,
            actor: { system: RETENTION_JOB },
            summary: `${retention.label}: ${removed.toLocaleString('de-DE')} Einträge älter als ${days} Tage gelöscht`,
            details: { class: retention.key, removed, before: before.toISOString(), days },
          },
          db,
        );
      }
      return removed;
    });
  }
}
