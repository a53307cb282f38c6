import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AnnouncementDto, AnnouncementListDto, CurrentAnnouncementsDto } from '@portal/contracts';
import { ANNOUNCEMENT_SEVERITIES, ANNOUNCEMENT_SEVERITY_LABELS, AuditAction } from '@portal/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { AnnouncementEntity } from './announcement.entity';
import { AnnouncementsRepository } from './announcements.repository';
import { SaveAnnouncementBody } from './dto/save-announcement.body';

/**
 * Every page asks for the banner, so the not-yet-ended announcements are cached in-process for
 * CACHE_TTL_MS. Safe with several instances: the cache holds the rows with their periods and the
 * period is checked against the clock at each read, so start and end are exact everywhere; only an
 * edit made on another instance shows up there up to CACHE_TTL_MS later (this one drops its cache).
 */
export const CACHE_TTL_MS = 30_000;
const NOT_FOUND = 'Diesen Hinweis gibt es nicht.';

@Injectable()
export class AnnouncementsService {
  private cache: { loadedAt: number; rows: Promise<AnnouncementEntity[]> } | null = null;

  constructor(
    private readonly announcements: AnnouncementsRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async current(): Promise<CurrentAnnouncementsDto> {
    const now = this.clock.now();
    const time = now.getTime();
    if (!this.cache || time - this.cache.loadedAt >= CACHE_TTL_MS || time < this.cache.loadedAt) {
      const rows = this.announcements.notEnded(now);
      this.cache = { loadedAt: time, rows };
      rows.catch(() => (this.cache = null));
    }
    const rows = await this.cache.rows;
    const running = rows.filter((row) => row.startsAt.getTime() <= time && row.endsAt.getTime() > time);
    running.sort(
      (a, b) => ANNOUNCEMENT_SEVERITIES.indexOf(b.severity) - ANNOUNCEMENT_SEVERITIES.indexOf(a.severity),
    );
    return { items: running.map(toDto) };
  }

  async list(): Promise<AnnouncementListDto> {
    return { items: (await this.announcements.latest()).map(toDto) };
  }

  async create(actor: SessionUser, body: SaveAnnouncementBody): Promise<AnnouncementDto> {
    return this.save(actor, null, body);
  }

  async update(actor: SessionUser, id: string, body: SaveAnnouncementBody): Promise<AnnouncementDto> {
    return this.save(actor, id, body);
  }

  async remove(actor: SessionUser, id: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const existing = await this.announcements.find(manager, id);
      if (!existing || !(await this.announcements.delete(manager, id))) {
        throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      }
      await this.audit.record(
        {
          action: AuditAction.AnnouncementDeleted,
          actor,
          target: { type: 'announcement', id },
          summary: existing.text,
        },
        manager,
      );
    });
    this.cache = null;
  }

  private async save(
    actor: SessionUser,
    id: string | null,
    body: SaveAnnouncementBody,
  ): Promise<AnnouncementDto> {
    const startsAt = new Date(body.startsAt);
    const endsAt = new Date(body.endsAt);
    if (endsAt.getTime() <= startsAt.getTime()) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        endsAt: ['Das Ende muss nach dem Beginn liegen.'],
      });
    }
    const saved = await this.dataSource.transaction(async (manager) => {
      if (id && !(await this.announcements.find(manager, id)))
        throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
      const row = await this.announcements.save(manager, {
        ...(id ? { id } : { createdById: actor.id }),
        text: body.text,
        severity: body.severity,
        startsAt,
        endsAt,
      });
      await this.audit.record(
        {
          action: AuditAction.AnnouncementSaved,
          actor,
          target: { type: 'announcement', id: row.id },
          summary: `${ANNOUNCEMENT_SEVERITY_LABELS[body.severity]}: ${body.text}`,
          details: { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString(), created: !id },
        },
        manager,
      );
      return row;
    });
    this.cache = null;
    return toDto(saved);
  }
}

function toDto(row: AnnouncementEntity): AnnouncementDto {
  return {
    id: row.id,
    text: row.text,
    severity: row.severity,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
  };
}
