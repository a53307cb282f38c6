import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiPaths, AUDIT_ACTION_LABELS, AuditAction, AuditListDto, Permission } from '@portal/contracts';
import type { Response } from 'express';
import { once } from 'node:events';
import { CurrentUser } from '../authz/current-user.decorator';
import { RequirePermission } from '../authz/require-permission.decorator';
import type { SessionUser } from '../auth/session-user';
import { CSV_BOM, CSV_MEDIA_TYPE, csvLine } from '../csv/csv-write';
import { decodeKeysetCursor, encodeKeysetCursor } from '../http/keyset-cursor';
import { AuditEntriesRepository, AuditFilter } from './audit-entries.repository';
import { AuditListParams } from './audit-list.query';
import { AuditLog } from './audit-log';
import { toAuditEntryDto } from './audit.mapper';

const EXPORT_BATCH = 1_000;
const CSV_HEADER = ['Zeitpunkt', 'Aktion', 'Person oder System', 'Art', 'Kennung', 'Beschreibung', 'Adresse'];

/** Administrators read and export the audit log; there is no route that changes it. */
@Controller(ApiPaths.adminAudit)
export class AuditController {
  constructor(
    private readonly entries: AuditEntriesRepository,
    private readonly audit: AuditLog,
  ) {}

  @Get()
  @RequirePermission(Permission.AuditRead)
  async list(@Query() query: AuditListParams): Promise<AuditListDto> {
    const after = query.cursor ? decodeKeysetCursor(query.cursor) : undefined;
    const rows = await this.entries.page(filterOf(query), after, query.limit + 1);
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map(toAuditEntryDto),
      nextCursor:
        rows.length > query.limit && last ? encodeKeysetCursor({ time: last.occurredAt, id: last.id }) : null,
    };
  }

  /** The filtered log as CSV, streamed in batches; the export itself is logged first. */
  @Get('export')
  @RequirePermission(Permission.AuditRead)
  async export(
    @CurrentUser() user: SessionUser,
    @Query() query: AuditListParams,
    @Res() response: Response,
  ): Promise<void> {
    const filter = filterOf(query);
    await this.audit.record({
      action: AuditAction.AuditExported,
      actor: user,
      summary: 'Protokoll als CSV exportiert',
      details: { filter },
    });
    response.status(200);
    response.setHeader('Content-Type', CSV_MEDIA_TYPE);
    response.setHeader('Content-Disposition', 'attachment; filename="protokoll.csv"');
    response.write(CSV_BOM + csvLine(CSV_HEADER));
    let after: { time: Date; id: string } | undefined;
    for (;;) {
      const rows = await this.entries.page(filter, after, EXPORT_BATCH);
      for (const row of rows) {
        const line = csvLine([
          row.occurredAt.toLocaleString('de-DE', { timeZone: 'Europe/Berlin' }),
          AUDIT_ACTION_LABELS[row.action] ?? row.action,
          row.actorName,
          row.targetType,
          row.targetId,
          row.summary,
          row.ipAddress,
        ]);
        // Backpressure: a slow client never makes the log pile up in memory.
        if (!response.write(line)) await once(response, 'drain');
        if (response.destroyed) return;
      }
      const last = rows.at(-1);
      if (!last || rows.length < EXPORT_BATCH) break;
      after = { time: last.occurredAt, id: last.id };
    }
    response.end();
  }
}

function filterOf(query: AuditListParams): AuditFilter {
  return { action: query.action, actorId: query.actorId, from: query.from, to: query.to };
}
