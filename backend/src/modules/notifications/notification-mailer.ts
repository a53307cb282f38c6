import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { Clock } from '../../core/clock/clock';
import { JobQueue } from '../../core/jobs/job-queue';
import { MailService } from '../../core/mail/mail.service';
import type { DigestCadence } from './notification-delivery';
import { digestMail, immediateMail, type MailableNotification } from './notification-mails';

/** Job names of the notification mails. */
export const NotificationJobs = {
  Immediate: 'notifications.mail-immediate',
  DailyDigest: 'notifications.digest-daily',
  WeeklyDigest: 'notifications.digest-weekly',
} as const;

/** SMTP down: retried after ~2 s, 4 s, 8 s … (with jitter), for about three days. */
const MAIL_RETRIES = { retryLimit: 16, retryDelaySeconds: 2 };

interface PendingRow extends MailableNotification {
  id: string;
  email: string;
}

/** A recipient the relay refuses for good: retrying would block everyone else's mail. */
function isPermanentRejection(error: unknown): boolean {
  return (error as { code?: string } | null)?.code === 'EENVELOPE';
}

/**
 * Sends the mails of the notifications outbox. Every mail is sent inside the transaction that
 * locks its rows (`FOR UPDATE SKIP LOCKED`) and marks them mailed, so two backend instances
 * never send the same notification twice; an SMTP failure rolls back and the job is retried.
 */
@Injectable()
export class NotificationMailer implements OnModuleInit {
  private readonly logger = new Logger(NotificationMailer.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobQueue,
    private readonly mail: MailService,
    private readonly clock: Clock,
  ) {}

  onModuleInit(): void {
    // The cron sweep also catches notifications created in a transaction the job ran ahead of.
    this.jobs.register(NotificationJobs.Immediate, () => this.sendImmediate().then(() => undefined), {
      ...MAIL_RETRIES,
      cron: '*/5 * * * *',
    });
    this.jobs.register(NotificationJobs.DailyDigest, () => this.sendDigests('daily').then(() => undefined), {
      ...MAIL_RETRIES,
      cron: '0 7 * * *',
    });
    this.jobs.register(
      NotificationJobs.WeeklyDigest,
      () => this.sendDigests('weekly').then(() => undefined),
      {
        ...MAIL_RETRIES,
        cron: '0 7 * * 1',
      },
    );
  }

  /** Asks a worker to send the pending immediate mails now. */
  async requestImmediate(): Promise<void> {
    await this.jobs.send(NotificationJobs.Immediate, {});
  }

  /** Sends every pending immediate mail, one per transaction; returns how many were sent. */
  async sendImmediate(): Promise<number> {
    let sent = 0;
    while (await this.dataSource.transaction((manager) => this.sendOneImmediate(manager))) sent++;
    return sent;
  }

  private async sendOneImmediate(manager: EntityManager): Promise<boolean> {
    const rows: PendingRow[] = await manager.query(
      `SELECT n.id, n.kind, n.title, n.text, n.link, u.email
         FROM notifications n
         JOIN users u ON u.id = n.user_id
        WHERE n.mail_cadence = 'immediately' AND n.mailed_at IS NULL
          AND u.active AND u.email IS NOT NULL
        ORDER BY n.created_at, n.id
        LIMIT 1
        FOR UPDATE OF n SKIP LOCKED`,
    );
    const row = rows[0];
    if (!row) return false;
    try {
      await this.mail.send(
        row.email,
        immediateMail(row, (path) => this.mail.url(path)),
      );
    } catch (error) {
      if (!isPermanentRejection(error)) throw error;
      this.logger.warn({ notification: row.id }, 'Recipient refused by the mail relay; not retried');
    }
    await manager.query(`UPDATE notifications SET mailed_at = $2 WHERE id = $1`, [row.id, this.clock.now()]);
    return true;
  }

  /**
   * One digest mail per user with all their unsent items of this cadence that they have not read in
   * the portal meanwhile. Users are handled one
   * by one, each under an advisory lock, so a concurrent run elsewhere skips them instead of
   * splitting their items over two mails. Throws at the end if any mail failed (job retries;
   * users already done are not mailed again).
   */
  async sendDigests(cadence: DigestCadence): Promise<number> {
    const now = this.clock.now();
    const users: { user_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT user_id FROM notifications
        WHERE mail_cadence = $1 AND mailed_at IS NULL AND created_at <= $2`,
      [cadence, now],
    );
    let sent = 0;
    let failure: unknown;
    for (const { user_id: userId } of users) {
      try {
        if (await this.dataSource.transaction((manager) => this.sendDigest(manager, cadence, userId, now)))
          sent++;
      } catch (error) {
        failure = error;
      }
    }
    if (failure) throw failure;
    return sent;
  }

  private async sendDigest(
    manager: EntityManager,
    cadence: DigestCadence,
    userId: string,
    now: Date,
  ): Promise<boolean> {
    const [lock]: { locked: boolean }[] = await manager.query(
      `SELECT pg_try_advisory_xact_lock(hashtextextended('notification-digest:' || $1, 0)) AS locked`,
      [userId],
    );
    if (!lock?.locked) return false;
    const rows: (MailableNotification & { id: string; read: boolean })[] = await manager.query(
      `SELECT id, kind, title, text, link, read_at IS NOT NULL AS read FROM notifications
        WHERE user_id = $1 AND mail_cadence = $2 AND mailed_at IS NULL AND created_at <= $3
        ORDER BY created_at, id
        FOR UPDATE SKIP LOCKED`,
      [userId, cadence, now],
    );
    if (rows.length === 0) return false;
    // What the person has already read in the portal is no news to them: not mailed, but done.
    const unread = rows.filter((row) => !row.read);
    const [user]: { email: string | null; active: boolean }[] = await manager.query(
      `SELECT email, active FROM users WHERE id = $1`,
      [userId],
    );
    let mailed = false;
    if (user?.active && user.email && unread.length > 0) {
      try {
        await this.mail.send(
          user.email,
          digestMail(cadence, unread, (path) => this.mail.url(path)),
        );
        mailed = true;
      } catch (error) {
        if (!isPermanentRejection(error)) throw error;
        this.logger.warn({ user: userId }, 'Recipient refused by the mail relay; digest dropped');
      }
    }
    await manager.query(`UPDATE notifications SET mailed_at = $2 WHERE id = ANY($1::uuid[])`, [
      rows.map((row) => row.id),
      this.clock.now(),
    ]);
    return mailed;
  }
}
