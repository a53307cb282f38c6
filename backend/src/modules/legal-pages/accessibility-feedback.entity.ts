import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';

/** A barrier reported through the accessibility statement; coordinators read these. */
@Entity({ name: 'accessibility_feedback' })
@Index('accessibility_feedback_created_idx', ['createdAt', 'id'])
// The hourly limit per person counts with this index.
@Index('accessibility_feedback_user_created_idx', ['userId', 'createdAt'])
export class AccessibilityFeedbackEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid', nullable: true })
  userId!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity | null;

  @Column({ type: 'text', nullable: true })
  page!: string | null;

  @Column({ type: 'text' })
  message!: string;

  @Column({ type: 'boolean', default: false })
  wantsReply!: boolean;

  @Column({ type: 'timestamptz' })
  createdAt!: Date;
}
