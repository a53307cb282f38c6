import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import type { NotificationKind } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';
import type { MailCadence } from './notification-delivery';

/** One notification of one user; also the outbox of its mail (`mail_cadence`, `mailed_at`). */
@Entity({ name: 'notifications' })
// The user's list, newest first, keyset by (created_at, id).
@Index('notifications_user_list_idx', ['userId', 'createdAt', 'id'])
// The retention purge deletes by age (modules/privacy).
@Index('notifications_created_idx', ['createdAt'])
// The unread badge.
@Index('notifications_user_unread_idx', ['userId'], { where: 'read_at IS NULL' })
// The mail outbox: what immediate mails and digests still have to send.
@Index('notifications_mail_pending_idx', ['mailCadence', 'userId', 'createdAt'], {
  where: 'mailed_at IS NULL AND mail_cadence IS NOT NULL',
})
// The immediate-mail outbox in sending order: picking the next mail stays one index step even
// when an important item has just queued a mail for every person in the network.
@Index('notifications_mail_immediate_idx', ['createdAt', 'id'], {
  where: `mailed_at IS NULL AND mail_cadence = 'immediately'`,
})
// Notifying twice for the same cause (a retried job, a re-published item) is a no-op.
@Index('notifications_source_uq', ['userId', 'kind', 'sourceType', 'sourceId'], {
  unique: true,
  where: 'source_id IS NOT NULL',
})
export class NotificationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  kind!: NotificationKind;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  text!: string;

  /** Portal path, e.g. `/neuigkeiten/<id>`. */
  @Column({ type: 'text' })
  link!: string;

  @Column({ type: 'text', nullable: true })
  sourceType!: string | null;

  @Column({ type: 'text', nullable: true })
  sourceId!: string | null;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  /** The user's mail setting for this kind when it was created; null: no mail. */
  @Column({ type: 'text', nullable: true })
  mailCadence!: MailCadence | null;

  /** When the mail outbox was done with it: mailed, or skipped (read in the portal before its digest). */
  @Column({ type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;
}
