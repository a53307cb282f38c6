import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { CampaignEntity } from '../campaigns/campaign.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';

/**
 * Downloads of personalised kit files per campaign, organisation and day (Europe/Berlin) — the
 * twin of campaign_downloads, which is keyed by asset. Not per person, not per template: the
 * roll-out only asks whether a Jobcenter took anything of the campaign, and the count survives a
 * deleted template. Incremented with an upsert.
 */
@Entity({ name: 'campaign_kit_downloads' })
@Index('campaign_kit_downloads_day_idx', ['day'])
export class KitDownloadEntity {
  /** With organisation and day the key; its prefix serves the roll-out's EXISTS per campaign. */
  @PrimaryColumn('uuid')
  campaignId!: string;

  @Index('campaign_kit_downloads_organisation_idx')
  @PrimaryColumn('uuid')
  organisationId!: string;

  @PrimaryColumn({ type: 'date' })
  day!: string;

  @Column({ type: 'integer', default: 0 })
  count!: number;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @ManyToOne(() => OrganisationEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'organisation_id' })
  organisation?: OrganisationEntity;
}
