import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { Role } from '@portal/contracts';
import { UserEntity } from './user.entity';

/**
 * A local role an administrator adds to a person's identity-provider roles, for a limited time.
 * Nothing runs at `expires_at`: effective roles compare it with the clock at every request.
 */
@Entity({ name: 'role_overrides' })
@Index('role_overrides_user_idx', ['userId', 'expiresAt'])
export class RoleOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'text' })
  role!: Role;

  @Column({ type: 'text' })
  reason!: string;

  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Column({ type: 'timestamptz' })
  grantedAt!: Date;

  @Column({ type: 'uuid', nullable: true })
  grantedById!: string | null;

  @Column({ type: 'text', nullable: true })
  grantedByName!: string | null;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @Column({ type: 'text', nullable: true })
  revokedByName!: string | null;

  /** Set once the expiry has been written to the audit log (lazily, when the user is next looked at). */
  @Column({ type: 'timestamptz', nullable: true })
  expiryRecordedAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
