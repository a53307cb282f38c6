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
import type { AssetType, Role } from '@portal/contracts';
import { UserEntity } from '../users/user.entity';
import { CampaignEntity } from './campaign.entity';

/**
 * A piece of campaign material (poster, logo, tile …). Its files live in versions
 * (`campaign_asset_versions` → `campaign_asset_files`); `currentVersionId` is the latest.
 */
@Entity({ name: 'campaign_assets' })
// The gallery's keyset orders, overall and per campaign.
@Index('campaign_assets_created_idx', ['createdAt', 'id'])
@Index('campaign_assets_campaign_created_idx', ['campaignId', 'createdAt', 'id'])
@Index('campaign_assets_title_idx', ['title', 'id'])
// Exact tags (rename, counts): `tags @> ARRAY[:tag]`.
@Index('campaign_assets_tags_idx', { synchronize: false })
// The gallery's case-blind tag filter: `campaign_tags_folded(tags) @> ARRAY[lower(:tag)]`.
@Index('campaign_assets_tags_folded_idx', { synchronize: false })
// The expiry job looks for expired assets not yet recalled.
@Index('campaign_assets_expiry_idx', ['expiresAt'], { where: 'expiry_recalled_at IS NULL' })
export class CampaignAssetEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'uuid' })
  campaignId!: string;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @Column({ type: 'text' })
  title!: string;

  @Column({ type: 'text', default: '' })
  description!: string;

  @Column({ type: 'text' })
  type!: AssetType;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  tags!: string[];

  /** Required for visual types (logo, poster, flyer, tile). */
  @Column({ type: 'text', nullable: true })
  altText!: string | null;

  /** Embargo: hidden (404) for everyone but coordinators before this time. */
  @Column({ type: 'timestamptz', nullable: true })
  availableFrom!: Date | null;

  /** Hidden from this time on; its downloaders are notified (recall). */
  @Column({ type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  /** When the expiry recall went out (the job runs once per asset). */
  @Column({ type: 'timestamptz', nullable: true })
  expiryRecalledAt!: Date | null;

  /** Roles that may see it, e.g. print originals for managers and coordinators; empty = everyone. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  roles!: Role[];

  @Index('campaign_assets_current_version_idx')
  @Column({ type: 'uuid', nullable: true })
  currentVersionId!: string | null;

  /** Number of the latest version (0 before the first upload). */
  @Column({ type: 'integer', default: 0 })
  latestVersion!: number;

  /** The asset that replaces this one; recall notifications point to it. */
  @Index('campaign_assets_replacement_idx')
  @Column({ type: 'uuid', nullable: true })
  replacementId!: string | null;

  @ManyToOne(() => CampaignAssetEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'replacement_id' })
  replacement?: CampaignAssetEntity | null;

  @Index('campaign_assets_created_by_idx')
  @Column({ type: 'uuid', nullable: true })
  createdBy!: string | null;

  @ManyToOne(() => UserEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn({ name: 'created_by' })
  creator?: UserEntity | null;

  @VersionColumn({ default: 1 })
  version!: number;

  /** Millisecond precision: the gallery's keyset cursor carries it as a JavaScript date. */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt!: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
