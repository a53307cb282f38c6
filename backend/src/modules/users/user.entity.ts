import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import type { Role } from '@portal/contracts';
import { OrganisationEntity } from '../organisations/organisation.entity';

/** A person known from the identity provider; provisioned at first sign-in. */
@Entity({ name: 'users' })
@Index('users_issuer_subject_uq', ['issuer', 'subject'], { unique: true })
@Index('users_display_name_idx', ['displayName'])
// Created by the migration (gin_trgm_ops is beyond TypeORM's index model).
@Index('users_display_name_trgm_idx', { synchronize: false })
@Index('users_email_trgm_idx', { synchronize: false })
export class UserEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'text' })
  issuer!: string;

  @Column({ type: 'text' })
  subject!: string;

  @Column({ type: 'text' })
  displayName!: string;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  /** Roles as last reported by the identity provider's claims. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Index('users_organisation_idx')
  @Column({ type: 'uuid', nullable: true })
  organisationId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity | null;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  /** The person asked not to be listed in the people directory. */
  @Column({ type: 'boolean', default: false })
  directoryOptOut!: boolean;

  /** Function in the Jobcenter, as the person wrote it in their profile settings. */
  @Column({ type: 'text', nullable: true })
  jobTitle!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  /** Topics the person can be asked about; the directory search matches them as whole words. */
  @Index('users_topics_idx', { synchronize: false })
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  topics!: string[];

  @Column({ type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
