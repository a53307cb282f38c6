import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CampaignAssetEntity } from './campaign-asset.entity';

/**
 * Download counter per asset, organisation and day (Europe/Berlin) — deliberately not per person.
 * Incremented with an upsert.
 */
@Entity({ name: 'campaign_downloads' })
// Downloads over time of a campaign; roll-out („which organisations downloaded anything“).
@Index('campaign_downloads_campaign_day_idx', ['campaignId', 'day'])
@Index('campaign_downloads_campaign_org_idx', ['campaignId', 'organisationId'])
@Index('campaign_downloads_day_idx', ['day'])
export class CampaignDownloadEntity {
  /** With organisation and day the key; serves the recall („who downloaded this asset“). */
  @PrimaryColumn('uuid')
  assetId!: string;

  @Index('campaign_downloads_organisation_idx')
  @PrimaryColumn('uuid')
  organisationId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  /** Denormalised: an asset never changes its campaign. */
  @Column({ type: 'uuid' })
  campaignId!: string;

  @Column({ type: 'integer', default: 0 })
  count!: number;

  @ManyToOne(() => CampaignAssetEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'asset_id' })
  asset?: CampaignAssetEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
