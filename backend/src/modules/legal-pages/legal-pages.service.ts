import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditAction,
  LEGAL_PAGE_TITLES,
  LegalPageDto,
  LegalPageSlug,
  isLegalPageSlug,
} from '@portal/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { LEGAL_PAGE_DEFAULTS } from './legal-page-defaults';

interface LegalPageRow {
  body: string;
  updatedAt: Date;
  version: number;
}

/**
 * The legal pages: a page never saved shows its default text (version 0), so a fresh
 * installation has sensible pages without a seed. Saving is an upsert with optimistic locking.
 */
@Injectable()
export class LegalPagesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
  ) {}

  async get(slug: string): Promise<LegalPageDto> {
    const page = this.slugOf(slug);
    const rows: LegalPageRow[] = await this.dataSource.query(
      'SELECT body, updated_at AS "updatedAt", version FROM legal_pages WHERE slug = $1',
      [page],
    );
    return this.toDto(
      page,
      rows[0] ?? { body: LEGAL_PAGE_DEFAULTS[page], updatedAt: new Date(0), version: 0 },
    );
  }

  async update(user: SessionUser, slug: string, body: string, version: number): Promise<LegalPageDto> {
    const page = this.slugOf(slug);
    return this.dataSource.transaction(async (db) => {
      const now = this.clock.now();
      // Version 0 is the unsaved default: only the first save may create the row.
      const rows: LegalPageRow[] =
        version === 0
          ? await db.query(
              `INSERT INTO legal_pages (slug, body, updated_at, updated_by, version) VALUES ($1, $2, $3, $4, 1)
               ON CONFLICT (slug) DO NOTHING
               RETURNING body, updated_at AS "updatedAt", version`,
              [page, body, now, user.id],
            )
          : (
              await db.query(
                `UPDATE legal_pages SET body = $2, updated_at = $3, updated_by = $4, version = version + 1
                  WHERE slug = $1 AND version = $5
                  RETURNING body, updated_at AS "updatedAt", version`,
                [page, body, now, user.id, version],
              )
            )[0];
      const saved = rows[0];
      if (!saved) {
        throw new DomainError(
          ErrorCode.Conflict,
          'Die Seite wurde inzwischen von jemand anderem geändert. Bitte laden Sie sie neu.',
        );
      }
      await this.audit.record(
        {
          action: AuditAction.LegalPageUpdated,
          actor: user,
          target: { type: 'legal-page', id: page },
          summary: `${LEGAL_PAGE_TITLES[page]} geändert`,
          details: { version: saved.version },
        },
        db,
      );
      return this.toDto(page, saved);
    });
  }

  private slugOf(slug: string): LegalPageSlug {
    if (!isLegalPageSlug(slug)) throw new DomainError(ErrorCode.NotFound, 'Diese Seite gibt es nicht.');
    return slug;
  }

  private toDto(slug: LegalPageSlug, row: LegalPageRow): LegalPageDto {
    return {
      slug,
      title: LEGAL_PAGE_TITLES[slug],
      body: row.body,
      bodyHtml: renderMarkdown(row.body),
      updatedAt: new Date(row.updatedAt).toISOString(),
      version: row.version,
    };
  }
}
