import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { CommentEntity } from './comment.entity';

export const HELPFUL = 'helpful';

/** One reaction of one person on one comment; the key makes „Hilfreich“ once per person. */
@Entity({ name: 'comment_reactions' })
export class CommentReactionEntity {
  // The primary key (comment_id, user_id, kind) serves the per-comment counts.
  @PrimaryColumn({ type: 'uuid' })
  commentId!: string;

  @Index('comment_reactions_user_idx')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
