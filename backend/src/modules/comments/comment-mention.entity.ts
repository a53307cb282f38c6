import { Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { CommentEntity } from './comment.entity';

/** A person mentioned in a comment (validated when the comment is written). */
@Entity({ name: 'comment_mentions' })
export class CommentMentionEntity {
  // The primary key (comment_id, user_id) serves loading the mentions of a page of comments.
  @PrimaryColumn({ type: 'uuid' })
  commentId!: string;

  /** Later: „where was I mentioned“. */
  @Index('comment_mentions_user_idx')
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => CommentEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'comment_id' })
  comment?: CommentEntity;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;
}
