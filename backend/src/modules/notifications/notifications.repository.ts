import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import {
  NOTIFICATION_KINDS,
  type AudienceDto,
  type NotificationDelivery,
  type NotificationKind,
} from '@portal/contracts';
import { audienceMembersSql, type SqlFragment } from '../../core/audience/audience-members.sql';
import type { ListPosition } from './notification-cursor';
import type { NewNotification } from './notification-input';
import { NotificationSettingEntity } from './notification-setting.entity';
import { NotificationEntity } from './notification.entity';

export interface InsertResult {
  inserted: number;
  immediate: number;
}

@Injectable()
export class NotificationsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get notifications() {
    return this.dataSource.getRepository(NotificationEntity);
  }

  /** Notifies the users `recipients` selects (a `SELECT user_id …` from $10 on), in one statement. */
  private async insertFor(
    recipients: SqlFragment,
    notification: NewNotification,
    exceptUserId: string | null,
    now: Date,
  ): Promise<InsertResult> {
    const defaultDelivery: NotificationDelivery = NOTIFICATION_KINDS[notification.kind].defaultDelivery;
    // The mail cadence is the user's setting at this moment (default when unset); users without
    // an address or with "off" get the notification in the portal only.
    const rows: { inserted: string; immediate: string }[] = await this.dataSource.query(
      `WITH inserted AS (
         INSERT INTO notifications
           (user_id, kind, title, text, link, source_type, source_id, created_at, mail_cadence)
         SELECT recipient.user_id, $1, $2, $3, $4, $5, $6, $7,
                CASE WHEN u.email IS NULL OR u.email = '' THEN NULL
                     ELSE NULLIF(COALESCE(setting.delivery, $8), 'off') END
           FROM (${recipients.sql}) recipient
           JOIN users u ON u.id = recipient.user_id
           LEFT JOIN notification_settings setting
             ON setting.user_id = recipient.user_id AND setting.kind = $1
          WHERE recipient.user_id IS DISTINCT FROM CAST($9 AS uuid)
          -- One lock order: two sweeps announcing the same item wait for each other, not deadlock.
          ORDER BY recipient.user_id
         ON CONFLICT (user_id, kind, source_type, source_id) WHERE source_id IS NOT NULL DO NOTHING
         RETURNING mail_cadence)
       SELECT count(*) AS inserted,
              count(*) FILTER (WHERE mail_cadence = 'immediately') AS immediate
         FROM inserted`,
      [
        notification.kind,
        notification.title,
        notification.text,
        notification.link,
        notification.source?.type ?? null,
        notification.source?.id ?? null,
        now,
        defaultDelivery,
        exceptUserId,
        ...recipients.parameters,
      ],
    );
    return { inserted: Number(rows[0]?.inserted ?? 0), immediate: Number(rows[0]?.immediate ?? 0) };
  }

  /** These users; with `audience`, only those of them in it (a mention must not leak content). */
  insertForUsers(
    userIds: readonly string[],
    notification: NewNotification,
    options: { audience?: AudienceDto; exceptUserId?: string },
    now: Date,
  ): Promise<InsertResult> {
    const members = options.audience ? audienceMembersSql(options.audience, 11) : undefined;
    const recipients: SqlFragment = {
      sql: `SELECT DISTINCT listed.user_id FROM unnest($10::uuid[]) AS listed(user_id)${
        members ? ` WHERE listed.user_id IN (${members.sql})` : ''
      }`,
      parameters: [userIds, ...(members?.parameters ?? [])],
    };
    return this.insertFor(recipients, notification, options.exceptUserId ?? null, now);
  }

  insertForAudience(
    audience: AudienceDto,
    notification: NewNotification,
    exceptUserId: string | null,
    now: Date,
  ): Promise<InsertResult> {
    return this.insertFor(audienceMembersSql(audience, 10), notification, exceptUserId, now);
  }

  /** One keyset page of the user's notifications, newest first (notifications_user_list_idx). */
  list(userId: string, after: ListPosition | undefined, limit: number): Promise<NotificationEntity[]> {
    const query = this.notifications
      .createQueryBuilder('n')
      .where('n.userId = :userId', { userId })
      .orderBy('n.createdAt', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(limit);
    if (after) {
      query.andWhere('(n.createdAt, n.id) < (:afterTime, CAST(:afterId AS uuid))', {
        afterTime: after.createdAt,
        afterId: after.id,
      });
    }
    return query.getMany();
  }

  unreadCount(userId: string): Promise<number> {
    return this.notifications.count({ where: { userId, readAt: IsNull() } });
  }

  /** Marks the user's own notification read (keeps the first read time); null if not theirs. */
  async markRead(userId: string, id: string, now: Date): Promise<NotificationEntity | null> {
    await this.notifications
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: now })
      .where('id = :id AND user_id = :userId AND read_at IS NULL', { id, userId })
      .execute();
    return this.notifications.findOne({ where: { id, userId } });
  }

  /** Everything notified to this user about one source (e.g. a news item) counts as read. */
  async markSourceRead(userId: string, sourceType: string, sourceId: string, now: Date): Promise<void> {
    await this.notifications
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: now })
      .where(
        'user_id = :userId AND source_type = :sourceType AND source_id = :sourceId AND read_at IS NULL',
        {
          userId,
          sourceType,
          sourceId,
        },
      )
      .execute();
  }

  async markAllRead(userId: string, now: Date): Promise<void> {
    await this.notifications
      .createQueryBuilder()
      .update(NotificationEntity)
      .set({ readAt: now })
      .where('user_id = :userId AND read_at IS NULL', { userId })
      .execute();
  }

  settings(userId: string): Promise<NotificationSettingEntity[]> {
    return this.dataSource.getRepository(NotificationSettingEntity).find({ where: { userId } });
  }

  /** Upserts the given choices in one statement (all or nothing). */
  async saveSettings(
    userId: string,
    settings: readonly { kind: NotificationKind; delivery: NotificationDelivery }[],
  ): Promise<void> {
    if (settings.length === 0) return;
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NotificationSettingEntity)
      .values(settings.map((setting) => ({ userId, ...setting })))
      .orUpdate(['delivery'], ['user_id', 'kind'])
      .execute();
  }
}
