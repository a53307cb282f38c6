import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { KitPageDto, KitTemplateFormat, KitZoneDto } from '@portal/contracts';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { KitTemplateEntity } from './kit-template.entity';

/** One uploaded file of a template with its zones; a new upload is a new version, the old ones stay. */
@Entity({ name: 'campaign_kit_template_versions' })
@Index('campaign_kit_template_versions_number_uq', ['templateId', 'number'], { unique: true })
export class KitTemplateVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  templateId!: string;

  @ManyToOne(() => KitTemplateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: KitTemplateEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Index('campaign_kit_template_versions_file_idx')
  @Column({ type: 'uuid' })
  fileId!: string;

  @ManyToOne(() => StoredFileEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'file_id' })
  file?: StoredFileEntity;

  @Column({ type: 'text' })
  format!: KitTemplateFormat;

  @Column({ type: 'jsonb' })
  pages!: KitPageDto[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  zones!: KitZoneDto[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
