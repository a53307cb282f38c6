import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  ACCESSIBILITY_FEEDBACK_PER_HOUR,
  AccessibilityFeedbackDto,
  AccessibilityFeedbackListDto,
} from '@portal/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { NotificationsService } from '../notifications/notifications.service';
import type { AccessibilityFeedbackBody } from './dto/legal-page.body';

const COORDINATION = { states: [], organisationIds: [], roles: ['coordinator' as const] };
const HOUR_MS = 3_600_000;

interface FeedbackRow {
  id: string;
  page: string | null;
  message: string;
  wantsReply: boolean;
  senderName: string | null;
  senderEmail: string | null;
  createdAt: Date;
}

/**
 * Feedback from the accessibility statement (BITV 2.0 asks for a way to report barriers): stored,
 * and the coordination is notified. A few messages per person and hour, so the form cannot flood
 * anyone's inbox.
 */
@Injectable()
export class AccessibilityFeedbackService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
  ) {}

  async send(user: SessionUser, body: AccessibilityFeedbackBody): Promise<{ id: string }> {
    const now = this.clock.now();
    const id = await this.dataSource.transaction(async (db) => {
      // One person's messages are counted one at a time (two tabs cannot both slip under the limit).
      await db.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`accessibility-feedback:${user.id}`]);
      const [recent] = (await db.query(
        'SELECT count(*)::int AS n FROM accessibility_feedback WHERE user_id = $1 AND created_at > $2',
        [user.id, new Date(now.getTime() - HOUR_MS)],
      )) as { n: number }[];
      if ((recent?.n ?? 0) >= ACCESSIBILITY_FEEDBACK_PER_HOUR) {
        throw new DomainError(
          ErrorCode.TooManyRequests,
          `Sie haben in der letzten Stunde bereits ${ACCESSIBILITY_FEEDBACK_PER_HOUR} Rückmeldungen geschickt. Bitte versuchen Sie es später noch einmal.`,
        );
      }
      const [row] = (await db.query(
        `INSERT INTO accessibility_feedback (user_id, page, message, wants_reply, created_at)
         VALUES ($1, $2, $3, $4, $5) RETURNING id`,
        [user.id, body.page || null, body.message, body.wantsReply, now],
      )) as { id: string }[];
      if (!row) throw new Error('insert returned no row');
      return row.id;
    });
    await this.notifications.notifyAudience(COORDINATION, {
      kind: 'accessibility-feedback',
      title: 'Rückmeldung zur Barrierefreiheit',
      text: body.message,
      link: '/netzwerk/rueckmeldungen',
      source: { type: 'accessibility-feedback', id },
    });
    return { id };
  }

  async list(cursor: string | undefined, limit: number): Promise<AccessibilityFeedbackListDto> {
    const after = cursor ? decodeKeysetCursor(cursor) : undefined;
    const rows: FeedbackRow[] = await this.dataSource.query(
      `SELECT f.id, f.page, f.message, f.wants_reply AS "wantsReply", u.display_name AS "senderName",
              u.email AS "senderEmail", f.created_at AS "createdAt"
         FROM accessibility_feedback f LEFT JOIN users u ON u.id = f.user_id
        WHERE ($1::timestamptz IS NULL OR (f.created_at, f.id) < ($1::timestamptz, $2::uuid))
        ORDER BY f.created_at DESC, f.id DESC
        LIMIT $3`,
      [after?.time ?? null, after?.id ?? null, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      items: page.map(toDto),
      nextCursor:
        rows.length > limit && last ? encodeKeysetCursor({ time: last.createdAt, id: last.id }) : null,
    };
  }
}

function toDto(row: FeedbackRow): AccessibilityFeedbackDto {
  return {
    id: row.id,
    page: row.page,
    message: row.message,
    wantsReply: row.wantsReply,
    senderName: row.senderName,
    senderEmail: row.senderEmail,
    createdAt: new Date(row.createdAt).toISOString(),
  };
}
