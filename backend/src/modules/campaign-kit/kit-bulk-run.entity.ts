import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryColumn,
  PrimaryGeneratedColumn,
} from 'typeorm';
import type { KitBulkStatus } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';
import { KitOutputEntity } from './kit-output.entity';
import { KitTemplateEntity } from './kit-template.entity';

/** A coordinator's run generating one template for every Jobcenter; progress is polled. */
@Entity({ name: 'campaign_kit_bulk_runs' })
export class KitBulkRunEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('campaign_kit_bulk_runs_template_idx')
  @Column({ type: 'uuid' })
  templateId!: string;

  @ManyToOne(() => KitTemplateEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'template_id' })
  template?: KitTemplateEntity;

  @Index('campaign_kit_bulk_runs_requested_by_idx')
  @Column({ type: 'uuid', nullable: true })
  requestedBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'requested_by' })
  requester?: UserEntity | null;

  @Column({ type: 'text' })
  status!: KitBulkStatus;

  @Column({ type: 'integer', default: 0 })
  total!: number;

  @Column({ type: 'integer', default: 0 })
  done!: number;

  @Column({ type: 'integer', default: 0 })
  failed!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Column({ type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;
}

/** One generated file of a bulk run (one per Jobcenter); the ZIP lists these. */
@Entity({ name: 'campaign_kit_bulk_files' })
export class KitBulkFileEntity {
  @PrimaryColumn('uuid')
  runId!: string;

  @ManyToOne(() => KitBulkRunEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'run_id' })
  run?: KitBulkRunEntity;

  @PrimaryColumn('uuid')
  organisationId!: string;

  @Index('campaign_kit_bulk_files_output_idx')
  @Column({ type: 'uuid' })
  outputId!: string;

  @ManyToOne(() => KitOutputEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'output_id' })
  output?: KitOutputEntity;

  /** Name inside the ZIP, e.g. `landkreis-biberach.pdf`. */
  @Column({ type: 'text' })
  entryName!: string;
}
