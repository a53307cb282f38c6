import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { CampaignAssetFileEntity } from './campaign-asset-file.entity';
import { CampaignAssetEntity } from './campaign-asset.entity';

/** One version of an asset; uploading a new one keeps the older ones (history). */
@Entity({ name: 'campaign_asset_versions' })
// Also serves „all versions of these assets, newest first“.
@Index('campaign_asset_versions_number_uq', ['assetId', 'number'], { unique: true })
export class CampaignAssetVersionEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  assetId!: string;

  @ManyToOne(() => CampaignAssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: CampaignAssetEntity;

  @Column({ type: 'integer' })
  number!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Index('campaign_asset_versions_created_by_idx')
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @OneToMany(() => CampaignAssetFileEntity, (file) => file.assetVersion)
  files?: CampaignAssetFileEntity[];

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
