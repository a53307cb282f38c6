import { Injectable } from '@nestjs/common';
import {
  NOTIFICATION_KIND_KEYS,
  NOTIFICATION_KINDS,
  type AudienceDto,
  type NotificationDto,
  type NotificationListDto,
  type NotificationListQuery,
  type NotificationSettingsDto,
  type UnreadCountDto,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { decodeListCursor, encodeListCursor } from './notification-cursor';
import type { NewNotification } from './notification-input';
import { NotificationMailer } from './notification-mailer';
import type { NotificationEntity } from './notification.entity';
import { NotificationsRepository, type InsertResult } from './notifications.repository';

const NOT_FOUND = 'Diese Benachrichtigung gibt es nicht.';

function shorten(value: string, max: number): string {
  const flat = value.replace(/\s+/g, ' ').trim();
  return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
}

function toDto(entity: NotificationEntity): NotificationDto {
  return {
    id: entity.id,
    kind: entity.kind,
    title: entity.title,
    text: entity.text,
    link: entity.link,
    createdAt: entity.createdAt.toISOString(),
    readAt: entity.readAt?.toISOString() ?? null,
  };
}

/**
 * Notifications of the portal. Other modules call `notifyUsers` / `notifyAudience`; mails follow
 * each user's settings (immediately via the job queue, or in the daily/weekly digest).
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly mailer: NotificationMailer,
    private readonly clock: Clock,
  ) {}

  /**
   * Notifies these users (duplicates ignored). Pass the content's `audience` so only those who
   * may see it are notified (mentions, comment followers), and the acting user as `exceptUserId`.
   */
  notifyUsers(
    userIds: readonly string[],
    notification: NewNotification,
    options: { audience?: AudienceDto; exceptUserId?: string } = {},
  ): Promise<InsertResult> {
    if (userIds.length === 0) return Promise.resolve({ inserted: 0, immediate: 0 });
    return this.afterInsert(
      this.repository.insertForUsers(userIds, this.normalise(notification), options, this.clock.now()),
    );
  }

  /** Notifies every active user in the audience (same rules as `isInAudience`), in one statement. */
  notifyAudience(
    audience: AudienceDto,
    notification: NewNotification,
    options: { exceptUserId?: string } = {},
  ): Promise<InsertResult> {
    return this.afterInsert(
      this.repository.insertForAudience(
        audience,
        this.normalise(notification),
        options.exceptUserId ?? null,
        this.clock.now(),
      ),
    );
  }

  async list(user: SessionUser, query: NotificationListQuery): Promise<NotificationListDto> {
    const limit = query.limit ?? 20;
    const after = query.cursor ? decodeListCursor(query.cursor) : undefined;
    const rows = await this.repository.list(user.id, after, limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toDto),
      nextCursor: rows.length > limit && last ? encodeListCursor(last) : null,
    };
  }

  async unreadCount(user: SessionUser): Promise<UnreadCountDto> {
    return { unread: await this.repository.unreadCount(user.id) };
  }

  async markRead(user: SessionUser, id: string): Promise<NotificationDto> {
    const entity = await this.repository.markRead(user.id, id, this.clock.now());
    if (!entity) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return toDto(entity);
  }

  /** The user has seen the content itself: its notifications need no more attention. */
  async markSourceRead(userId: string, source: { type: string; id: string }): Promise<void> {
    await this.repository.markSourceRead(userId, source.type, source.id, this.clock.now());
  }

  async markAllRead(user: SessionUser): Promise<UnreadCountDto> {
    await this.repository.markAllRead(user.id, this.clock.now());
    return { unread: 0 };
  }

  async settings(user: SessionUser): Promise<NotificationSettingsDto> {
    const chosen = new Map((await this.repository.settings(user.id)).map((row) => [row.kind, row.delivery]));
    return {
      settings: NOTIFICATION_KIND_KEYS.map((kind) => ({
        kind,
        delivery: chosen.get(kind) ?? NOTIFICATION_KINDS[kind].defaultDelivery,
      })),
    };
  }

  async updateSettings(
    user: SessionUser,
    request: NotificationSettingsDto,
  ): Promise<NotificationSettingsDto> {
    const kinds = request.settings.map((setting) => setting.kind);
    if (new Set(kinds).size !== kinds.length) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        settings: ['Jede Art darf nur einmal vorkommen.'],
      });
    }
    await this.repository.saveSettings(user.id, request.settings);
    return this.settings(user);
  }

  private normalise(notification: NewNotification): NewNotification {
    if (!NOTIFICATION_KINDS[notification.kind])
      throw new Error(`Unknown notification kind ${notification.kind}`);
    return {
      ...notification,
      title: shorten(notification.title, 200),
      text: shorten(notification.text, 500),
    };
  }

  private async afterInsert(insert: Promise<InsertResult>): Promise<InsertResult> {
    const result = await insert;
    if (result.immediate > 0) await this.mailer.requestImmediate();
    return result;
  }
}
