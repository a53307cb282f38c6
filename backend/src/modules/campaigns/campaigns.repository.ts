import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { CampaignEntity } from './campaign.entity';
import { CampaignTermsAcceptanceEntity } from './campaign-terms-acceptance.entity';

/** Campaigns and terms acceptances. */
@Injectable()
export class CampaignsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get campaigns() {
    return this.dataSource.getRepository(CampaignEntity);
  }

  /**
   * Campaigns (few by nature: one or two a year), current ones first.
   * `withPreparation` false hides campaigns in preparation (campaigns_status_start_idx).
   */
  list(withPreparation: boolean): Promise<CampaignEntity[]> {
    const query = this.campaigns
      .createQueryBuilder('campaign')
      .orderBy(`CASE campaign.status WHEN 'active' THEN 0 WHEN 'preparation' THEN 1 ELSE 2 END`, 'ASC')
      .addOrderBy('campaign.startsOn', 'DESC');
    if (!withPreparation) query.where(`campaign.status <> 'preparation'`);
    return query.getMany();
  }

  findById(id: string): Promise<CampaignEntity | null> {
    return this.campaigns.findOneBy({ id });
  }

  insert(values: Partial<CampaignEntity>): Promise<CampaignEntity> {
    return this.campaigns.save(this.campaigns.create(values));
  }

  /** Applies the change only if nobody changed the campaign since `version` was read. */
  async updateIfVersion(id: string, version: number, changes: Partial<CampaignEntity>): Promise<boolean> {
    const result = await this.campaigns
      .createQueryBuilder()
      .update(CampaignEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Records an acceptance once; returns the stored one (the first time counts). */
  async accept(
    userId: string,
    campaignId: string,
    termsVersion: number,
    now: Date,
  ): Promise<CampaignTermsAcceptanceEntity> {
    const repository = this.dataSource.getRepository(CampaignTermsAcceptanceEntity);
    await repository
      .createQueryBuilder()
      .insert()
      .values({ userId, campaignId, termsVersion, acceptedAt: now })
      .orIgnore()
      .execute();
    return repository.findOneByOrFail({ userId, campaignId, termsVersion });
  }

  /** Which of these campaigns' current terms the user has accepted (primary key lookups). */
  async acceptedCampaigns(
    userId: string,
    campaigns: readonly { id: string; termsVersion: number }[],
  ): Promise<Set<string>> {
    if (campaigns.length === 0) return new Set();
    const rows: { campaign_id: string }[] = await this.dataSource.query(
      `SELECT a.campaign_id FROM campaign_terms_acceptances a
       JOIN unnest(CAST($2 AS uuid[]), CAST($3 AS int[])) AS c(id, terms_version)
         ON a.campaign_id = c.id AND a.terms_version = c.terms_version
       WHERE a.user_id = $1`,
      [userId, campaigns.map((c) => c.id), campaigns.map((c) => c.termsVersion)],
    );
    return new Set(rows.map((row) => row.campaign_id));
  }
}
