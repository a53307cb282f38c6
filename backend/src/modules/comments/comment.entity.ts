import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, VersionColumn } from 'typeorm';
import type { CommentDeletion } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';

/** A comment on any target (`target_type` + `target_id`, e.g. a news item); soft-deleted. */
@Entity({ name: 'comments' })
// The thread: oldest first, with the id as a stable tiebreaker for the keyset cursor.
@Index('comments_thread_idx', ['targetType', 'targetId', 'createdAt', 'id'])
export class CommentEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  targetType!: string;

  @Column({ type: 'uuid' })
  targetId!: string;

  @Index('comments_author_idx')
  @Column({ type: 'uuid', nullable: true })
  authorId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'author_id' })
  author?: UserEntity | null;

  /** The person in `author_id` deleted their account (DSGVO): shown as „ehemalige Person“, not as no one. */
  @Column({ default: false })
  authorDeleted!: boolean;

  /** Plain text with mention tokens; never interpreted as HTML. Kept after deletion for the record. */
  @Column({ type: 'text' })
  body!: string;

  /** Set from the injected clock (not the database), so cursors and tests agree on time. */
  @Column({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  editedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @Column({ type: 'timestamptz', nullable: true })
  deletedAt!: Date | null;

  @Index('comments_deleted_by_idx')
  @Column({ type: 'uuid', nullable: true })
  deletedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'deleted_by' })
  deleter?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  deletionKind!: CommentDeletion | null;
}
