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
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
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

  /** Free text, lines separated by `\n` (campaign kit; full profile editing comes later). */
  @Column({ type: 'text', nullable: true })
  openingHours!: string | null;

  /** PNG, JPEG or SVG in `stored_files`; filled into the campaign kit's logo zone. */
  @Index('organisations_logo_file_idx')
  @Column({ type: 'uuid', nullable: true })
  logoFileId!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'logo_file_id' })
  logoFile?: StoredFileEntity | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
