import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import type { AuditAction } from '@portal/contracts';
import type { KeysetPosition } from '../http/keyset-cursor';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFilter {
  action?: AuditAction;
  actorId?: string;
  /** Calendar days (YYYY-MM-DD) in German time, both inclusive. */
  from?: string;
  to?: string;
}

/** Reads the audit log; there is deliberately nothing here that changes it. */
@Injectable()
export class AuditEntriesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** One keyset page, newest first (audit_log_time_idx, or the action/actor index when filtered). */
  page(filter: AuditFilter, after: KeysetPosition | undefined, limit: number): Promise<AuditEntryEntity[]> {
    const query = this.filtered(filter);
    if (after) {
      query.andWhere('(entry.occurredAt, entry.id) < (:afterTime, CAST(:afterId AS uuid))', {
        afterTime: after.time,
        afterId: after.id,
      });
    }
    return query.orderBy('entry.occurredAt', 'DESC').addOrderBy('entry.id', 'DESC').limit(limit).getMany();
  }

  private filtered(filter: AuditFilter): SelectQueryBuilder<AuditEntryEntity> {
    const query = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('entry');
    if (filter.action) query.andWhere('entry.action = :action', { action: filter.action });
    if (filter.actorId) query.andWhere('entry.actorId = :actorId', { actorId: filter.actorId });
    if (filter.from) {
      query.andWhere(`entry.occurredAt >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`, {
        from: filter.from,
      });
    }
    if (filter.to) {
      query.andWhere(`entry.occurredAt < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`, {
        to: filter.to,
      });
    }
    return query;
  }
}
