import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { KitFormat } from '@portal/contracts';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { KitTemplateVersionEntity } from './kit-template-version.entity';

/**
 * A generated file, cached per template version and hash of everything that went into it
 * (organisation, filled data, zones, logo): the same request reuses it.
 */
@Entity({ name: 'campaign_kit_outputs' })
@Index('campaign_kit_outputs_key_uq', ['templateVersionId', 'dataHash', 'format'], { unique: true })
export class KitOutputEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  templateVersionId!: string;

  @ManyToOne(() => KitTemplateVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_version_id' })
  templateVersion?: KitTemplateVersionEntity;

  @Index('campaign_kit_outputs_organisation_idx')
  @Column({ type: 'uuid' })
  organisationId!: string;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;

  /** Hex SHA-256 of the canonical JSON of the inputs. */
  @Column({ type: 'char', length: 64 })
  dataHash!: string;

  @Column({ type: 'text' })
  format!: KitFormat;

  @Index('campaign_kit_outputs_file_idx')
  @Column({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
