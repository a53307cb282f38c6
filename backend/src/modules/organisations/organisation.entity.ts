import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  VersionColumn,
} from 'typeorm';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import type { OrganisationCategory, OrganisationKind, OrganisationState } from '@portal/contracts';

@Entity({ name: 'organisations' })
@Index('organisations_state_name_idx', ['state', 'name'])
@Index('organisations_kind_name_idx', ['kind', 'name'])
@Index('organisations_category_name_idx', ['category', 'name'])
// The unfiltered directory, keyset-paged by (name, id).
@Index('organisations_name_id_idx', ['name', 'id'], { where: 'merged_into_id IS NULL' })
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

  /** Free text, lines separated by `\n` (directory profile and campaign kit). */
  @Column({ type: 'text', nullable: true })
  openingHours!: string | null;

  /** PNG, JPEG or SVG in `stored_files`; filled into the campaign kit's logo zone. */
  @Index('organisations_logo_file_idx')
  @Column({ type: 'uuid', nullable: true })
  logoFileId!: string | null;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'logo_file_id' })
  logoFile?: StoredFileEntity | null;

  /** Short self-description (plain text, shown on the directory profile). */
  @Column({ type: 'text', nullable: true })
  description!: string | null;

  /**
   * Set when the organisation was merged into another (Kreisreform): its content moved there, it is
   * left out of lists and its profile redirects; its key still signs its former members in to the target.
   */
  @Index('organisations_merged_into_idx')
  @Column({ type: 'uuid', nullable: true })
  mergedIntoId!: string | null;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'merged_into_id' })
  mergedInto?: OrganisationEntity | null;

  @Column({ type: 'timestamptz', nullable: true })
  mergedAt!: Date | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
