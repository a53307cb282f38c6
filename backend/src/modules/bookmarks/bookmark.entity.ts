import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** One entry of a person's Merkliste: any content with a registered target (news, practice, …). */
@Entity({ name: 'bookmarks' })
// The Merkliste, newest first, with the target id as tiebreaker for the keyset cursor.
@Index('bookmarks_user_created_idx', ['userId', 'createdAt', 'targetId'])
export class BookmarkEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  targetType!: string;

  @PrimaryColumn({ type: 'uuid' })
  targetId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  /** Title and link when bookmarked (refreshed by bookmarking again): the list needs no content query. */
  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text' })
  link!: string;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
