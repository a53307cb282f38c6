import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import type { AuditAction } from '@portal/contracts';

/**
 * One line of the audit log. Append-only: no API changes it, and a trigger refuses UPDATE (see
 * the migration); only the retention job deletes old lines. The actor's name is copied, so the
 * line stays readable after the person's account is gone — hence no foreign key.
 */
@Entity({ name: 'audit_log' })
// The list (newest first) and its two filters, each a keyset walk on (occurred_at, id).
@Index('audit_log_time_idx', ['occurredAt', 'id'])
@Index('audit_log_action_time_idx', ['action', 'occurredAt', 'id'])
@Index('audit_log_actor_time_idx', ['actorId', 'occurredAt', 'id'])
export class AuditEntryEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'timestamptz' })
  occurredAt!: Date;

  @Column({ type: 'text' })
  action!: AuditAction;

  @Column({ type: 'uuid', nullable: true })
  actorId!: string | null;

  /** The person's name at the time, or the system job's name. */
  @Column({ type: 'text' })
  actorName!: string;

  @Column({ type: 'text', nullable: true })
  targetType!: string | null;

  @Column({ type: 'text', nullable: true })
  targetId!: string | null;

  @Column({ type: 'text' })
  summary!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: Record<string, unknown>;

  @Column({ type: 'text', nullable: true })
  ipAddress!: string | null;

  @Column({ type: 'text', nullable: true })
  requestId!: string | null;
}
