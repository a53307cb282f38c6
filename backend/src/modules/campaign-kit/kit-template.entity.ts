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
import { CampaignEntity } from '../campaigns/campaign.entity';
import { UserEntity } from '../users/user.entity';

/** A personalisable template of a campaign; its file and zones live in versions. */
@Entity({ name: 'campaign_kit_templates' })
// The list of templates, newest first (keyset by created_at, id).
@Index('campaign_kit_templates_created_idx', ['createdAt', 'id'])
export class KitTemplateEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Index('campaign_kit_templates_campaign_idx')
  @Column({ type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ type: 'text' })
  title!: string;

  /** Number of the version users personalise (the newest). */
  @Column({ type: 'integer', default: 1 })
  currentVersion!: number;

  @Index('campaign_kit_templates_created_by_idx')
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @VersionColumn({ default: 1 })
  version!: number;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
