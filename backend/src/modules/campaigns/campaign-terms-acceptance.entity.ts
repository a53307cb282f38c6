import { CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { CampaignEntity } from './campaign.entity';

/** A user accepted a campaign's usage terms in this version (recorded once, with the time). */
@Entity({ name: 'campaign_terms_acceptances' })
export class CampaignTermsAcceptanceEntity {
  @PrimaryColumn('uuid')
  userId!: string;

  @Index('campaign_terms_acceptances_campaign_idx')
  @PrimaryColumn('uuid')
  campaignId!: string;

  @PrimaryColumn('integer')
  termsVersion!: number;

  @ManyToOne(() => UserEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'user_id' })
  user?: UserEntity;

  @ManyToOne(() => CampaignEntity, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'campaign_id' })
  campaign?: CampaignEntity;

  @CreateDateColumn({ type: 'timestamptz' })
  acceptedAt!: Date;
}
