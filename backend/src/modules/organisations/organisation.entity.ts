import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { OrganisationCategory, OrganisationKind, OrganisationState } from '@portal/contracts';

@Entity({ name: 'organisations' })
@Index('organisations_state_name_idx', ['state', 'name'])
@Index('organisations_kind_name_idx', ['kind', 'name'])
// Created by the migration (gin_trgm_ops is beyond TypeORM's index model).
@Index('organisations_name_trgm_idx', { synchronize: false })
export class OrganisationEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Stable key, also the value of the identity provider's organisation claim. */
  @Index('organisations_key_uq', { unique: true })
  @Column({ type: 'text' })
  key!: string;

  @Column({ type: 'text' })
  name!: string;

  @Column({ type: 'text' })
  kind!: OrganisationKind;

  @Column({ type: 'text' })
  state!: OrganisationState;

  @Column({ type: 'text' })
  category!: OrganisationCategory;

  @Column({ type: 'text', nullable: true })
  street!: string | null;

  @Column({ type: 'text', nullable: true })
  postalCode!: string | null;

  @Column({ type: 'text', nullable: true })
  city!: string | null;

  @Column({ type: 'text', nullable: true })
  website!: string | null;

  @Column({ type: 'text', nullable: true })
  email!: string | null;

  @Column({ type: 'text', nullable: true })
  phone!: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
