import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditAction,
  ContentReportDto,
  ContentReportListDto,
  ContentReportStatus,
  FrontendRoutes,
} from '@portal/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
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
    private readonly audit: AuditLog,
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
        // The queue, where the report can be handled; it links the content from there.
        link: FrontendRoutes.contentReports,
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
      .leftJoinAndSelect('report.resolver', 'resolver')
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

  /** Marks a report as handled, once (again: unchanged); the audit log keeps who did it. */
  async resolve(user: SessionUser, id: string, body: ResolveContentReportBody): Promise<ContentReportDto> {
    const report = await this.repository.findOneBy({ id });
    if (!report) throw notFound();
    if (report.status === ContentReportStatus.Open) {
      await this.dataSource.transaction(async (manager) => {
        // Only an open report changes: of two moderators at once, the first one's note stays.
        const { affected } = await manager.getRepository(ContentReportEntity).update(
          { id, status: ContentReportStatus.Open },
          {
            status: ContentReportStatus.Resolved,
            resolvedAt: this.clock.now(),
            resolvedBy: user.id,
            resolution: body.resolution || null,
          },
        );
        if (!affected) return;
        await this.audit.record(
          {
            action: AuditAction.ContentReportResolved,
            actor: user,
            target: { type: 'content-report', id },
            summary: `Meldung zu „${report.title}“ erledigt`,
            details: { targetType: report.targetType, targetId: report.targetId },
          },
          manager,
        );
      });
    }
    const current = await this.repository.findOne({
      where: { id },
      relations: { reporter: true, resolver: true },
    });
    if (!current) throw notFound();
    return toDto(current);
  }
}

function notFound(): DomainError {
  return new DomainError(ErrorCode.NotFound, 'Diese Meldung gibt es nicht.');
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
    resolver: report.resolver ? { id: report.resolver.id, displayName: report.resolver.displayName } : null,
    resolution: report.resolution,
  };
}
