import type { AuditEntryDto } from '@portal/contracts';
import type { AuditEntryEntity } from './audit-entry.entity';

export function toAuditEntryDto(entry: AuditEntryEntity): AuditEntryDto {
  return {
    id: entry.id,
    occurredAt: entry.occurredAt.toISOString(),
    action: entry.action,
    actorId: entry.actorId,
    actorName: entry.actorName,
    targetType: entry.targetType,
    targetId: entry.targetId,
    summary: entry.summary,
    ipAddress: entry.ipAddress,
  };
}
