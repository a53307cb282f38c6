import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { NotificationDelivery, NotificationKind } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';

/** A user's choice for one kind; absent rows mean the kind's default. */
@Entity({ name: 'notification_settings' })
export class NotificationSettingEntity {
  @PrimaryColumn({ type: 'uuid' })
  userId!: string;

  @PrimaryColumn({ type: 'text' })
  kind!: NotificationKind;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  delivery!: NotificationDelivery;
}
