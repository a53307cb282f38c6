import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ContentReportDto, ContentReportListDto, ContentReportStatus } from '@portal/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { CommentTargetRegistry } from '../comments/comment-target.registry';
import { NotificationsService } from '../notifications';
import {
  ContentReportListParams,
  CreateContentReportBody,
  ResolveContentReportBody,
} from './content-report.body';
import { ContentReportEntity } from './content-report.entity';

/** The coordination (and administration) works through reports. */
const MODERATORS = { states: [], organisationIds: [], roles: ['coordinator' as const, 'admin' as const] };

@Injectable()
export class ContentReportsService {
  constructor(
    private readonly targets: CommentTargetRegistry,
    private readonly notifications: NotificationsService,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(ContentReportEntity);
  }

  /** Anyone who can see the content may report it; the moderators are notified. */
  async create(user: SessionUser, body: CreateContentReportBody): Promise<{ id: string }> {
    const target = this.targets.get(body.targetType);
    await target.assertReadable(user, body.targetId);
    const { title, link } = await target.describe(body.targetId);
    const report = await this.repository.save(
      this.repository.create({
        targetType: body.targetType,
        targetId: body.targetId,
        reporterId: user.id,
        reason: body.reason,
        title,
        link,
        status: ContentReportStatus.Open,
        createdAt: this.clock.now(),
      }),
    );
    await this.notifications.notifyAudience(
      MODERATORS,
      {
        kind: 'content-report',
        title: `Gemeldet: ${title}`,
        text: body.reason,
        // The queue has no page yet (issue 7 brings the admin area); the notification opens the content.
        link,
        source: { type: 'content-report', id: report.id },
      },
      { exceptUserId: user.id },
    );
    return { id: report.id };
  }

  async list(query: ContentReportListParams): Promise<ContentReportListDto> {
    const builder = this.repository
      .createQueryBuilder('report')
      .leftJoinAndSelect('report.reporter', 'reporter')
      .where('report.status = :status', { status: query.status ?? ContentReportStatus.Open })
      .orderBy('report.createdAt', 'DESC')
      .addOrderBy('report.id', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const after = decodeKeysetCursor(query.cursor);
      builder.andWhere('(report.createdAt, report.id) < (:time, CAST(:id AS uuid))', {
        time: after.time,
        id: after.id,
      });
    }
    const rows = await builder.getMany();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toDto),
      nextCursor:
        rows.length > query.limit && last ? encodeKeysetCursor({ time: last.createdAt, id: last.id }) : null,
    };
  }

  async resolve(user: SessionUser, id: string, body: ResolveContentReportBody): Promise<ContentReportDto> {
    const report = await this.repository.findOne({ where: { id }, relations: { reporter: true } });
    if (!report) throw new DomainError(ErrorCode.NotFound, 'Diese Meldung gibt es nicht.');
    if (report.status === ContentReportStatus.Resolved) return toDto(report);
    const now = this.clock.now();
    const changes = {
      status: ContentReportStatus.Resolved,
      resolvedAt: now,
      resolvedBy: user.id,
      resolution: body.resolution || null,
    };
    await this.repository.update({ id, status: ContentReportStatus.Open }, changes);
    return toDto({ ...report, ...changes });
  }
}

function toDto(report: ContentReportEntity): ContentReportDto {
  return {
    id: report.id,
    targetType: report.targetType,
    targetId: report.targetId,
    title: report.title,
    link: report.link,
    reason: report.reason,
    status: report.status,
    reporter: report.reporter ? { id: report.reporter.id, displayName: report.reporter.displayName } : null,
    createdAt: report.createdAt.toISOString(),
    resolvedAt: report.resolvedAt?.toISOString() ?? null,
    resolution: report.resolution,
  };
}
