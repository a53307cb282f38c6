import { Inject, Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AuditAction } from '@portal/contracts';
import { APP_CONFIG, AppConfig } from '../../config/app-config';
import type { SessionUser } from '../auth/session-user';
import { Clock } from '../clock/clock';
import { currentRequest } from '../http/request-context';
import { JobQueue } from '../jobs/job-queue';

/** A person (as signed in), someone not (yet) known by id, or a system job. */
export type AuditActor =
  Pick<SessionUser, 'id' | 'displayName'> | { id: null; displayName: string } | { system: string };

export interface AuditRecord {
  action: AuditAction;
  actor: AuditActor;
  target?: { type: string; id: string };
  /** One line in German, e.g. the item's title. */
  summary: string;
  details?: Record<string, unknown>;
}

const PURGE_JOB = 'audit.purge';
const DAY_MS = 86_400_000;
const SUMMARY_MAX = 500;

/**
 * Writes the audit log. Call it in the same transaction as the change it records (pass the
 * transaction's manager), so that there is never a change without its line or the reverse.
 * The address and request id come from the request context; jobs have none.
 */
@Injectable()
export class AuditLog implements OnModuleInit {
  private readonly logger = new Logger(AuditLog.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    // Nightly, after the working day.
    this.jobs.register(PURGE_JOB, () => this.purge().then(() => undefined), { cron: '30 2 * * *' });
  }

  async record(entry: AuditRecord, manager: EntityManager = this.dataSource.manager): Promise<void> {
    const request = currentRequest();
    const system = 'system' in entry.actor ? entry.actor.system : null;
    const actorName =
      system !== null ? `System (${system})` : (entry.actor as { displayName: string }).displayName;
    await manager.query(
      `INSERT INTO audit_log (occurred_at, action, actor_id, actor_name, target_type, target_id, summary, details, ip_address, request_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        this.clock.now(),
        entry.action,
        system === null && 'id' in entry.actor ? entry.actor.id : null,
        actorName,
        entry.target?.type ?? null,
        entry.target?.id ?? null,
        entry.summary.slice(0, SUMMARY_MAX),
        JSON.stringify(entry.details ?? {}),
        system === null ? (request?.ipAddress ?? null) : null,
        request?.requestId ?? null,
      ],
    );
  }

  /**
   * Records without letting a failure of the log break what was already done (sign-ins and
   * their failures happen outside a transaction of ours). The failure itself is logged.
   */
  async recordSafely(entry: AuditRecord): Promise<void> {
    try {
      await this.record(entry);
    } catch (error) {
      this.logger.error({ err: error, action: entry.action }, 'audit entry not written');
    }
  }

  /** Deletes lines older than the retention period; the purge itself is logged. */
  async purge(): Promise<number> {
    const before = new Date(this.clock.now().getTime() - this.config.retention.auditLogDays * DAY_MS);
    return this.dataSource.transaction(async (manager) => {
      const result: [unknown[], number] = await manager.query(
        'DELETE FROM audit_log WHERE occurred_at < $1',
        [before],
      );
      const deleted = result[1];
      if (deleted > 0) {
        await this.record(
          {
            action: AuditAction.AuditPurged,
            actor: { system: PURGE_JOB },
            summary: `${deleted.toLocaleString('de-DE')} Einträge vor dem ${before.toLocaleDateString('de-DE', { timeZone: 'Europe/Berlin' })} gelöscht`,
            details: { deleted, before: before.toISOString() },
          },
          manager,
        );
      }
      return deleted;
    });
  }
}
