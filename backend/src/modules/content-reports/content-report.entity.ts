import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { ContentReportStatus } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';

/** „Melden“: a report about any content with a registered target, for the coordinators' queue. */
@Entity({ name: 'content_reports' })
// The queue: open (or resolved) reports, newest first.
@Index('content_reports_queue_idx', ['status', 'createdAt', 'id'])
@Index('content_reports_target_idx', ['targetType', 'targetId'])
export class ContentReportEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  targetType!: string;

  @Column({ type: 'uuid' })
  targetId!: string;

  @Index('content_reports_reporter_idx')
  @Column({ type: 'uuid', nullable: true })
  reporterId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'reporter_id' })
  reporter?: UserEntity | null;

  /** Plain text; never interpreted as HTML. */
  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  link!: string;

  @Column({ type: 'text', default: 'open' })
  status!: ContentReportStatus;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  resolvedAt!: Date | null;

  @Index('content_reports_resolved_by_idx')
  @Column({ type: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'resolved_by' })
  resolver?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  resolution!: string | null;
}
