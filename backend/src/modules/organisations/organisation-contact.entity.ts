import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import type { ContactTopic } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';
import { OrganisationEntity } from './organisation.entity';

/** A contact person of an organisation for one topic (a user of that organisation). */
@Entity({ name: 'organisation_contacts' })
export class OrganisationContactEntity {
  @PrimaryColumn('uuid')
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  @PrimaryColumn({ type: 'text' })
  topic!: ContactTopic;

  @Index('organisation_contacts_user_idx')
  @PrimaryColumn('uuid')
  userId!: string;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @Column({ type: 'integer', default: 0 })
  position!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
