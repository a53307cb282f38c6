import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssetType, OrganisationState, Role } from '@portal/contracts';
import { DataSource } from 'typeorm';

export interface RecallRecipient {
  id: string;
  roles: Role[];
}

export interface TopAssetRow {
  id: string;
  title: string;
  type: AssetType;
  downloads: number;
  organisations: number;
}

export interface JobcenterReachRow {
  id: string;
  name: string;
  state: OrganisationState;
  reached: boolean;
}

/** Berlin calendar day of a moment, in SQL. */
const BERLIN_DAY = `(CAST($1 AS timestamptz) AT TIME ZONE 'Europe/Berlin')::date`;

/**
 * Download counters per asset, organisation and day, and what the statistics and the recall read
 * from them. No person is ever recorded.
 */
@Injectable()
export class CampaignDownloadsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Counts downloads of these assets for an organisation today (one upsert statement). */
  async count(
    assets: readonly { id: string; campaignId: string }[],
    organisationId: string,
    now: Date,
  ): Promise<void> {
    if (assets.length === 0) return;
    await this.dataSource.query(
      `INSERT INTO campaign_downloads (asset_id, campaign_id, organisation_id, day, count)
       SELECT asset_id, campaign_id, $2, ${BERLIN_DAY}, 1
       FROM unnest(CAST($3 AS uuid[]), CAST($4 AS uuid[])) AS t(asset_id, campaign_id)
       ON CONFLICT (asset_id, organisation_id, day) DO UPDATE SET count = campaign_downloads.count + 1`,
      [now.toISOString(), organisationId, assets.map((a) => a.id), assets.map((a) => a.campaignId)],
    );
  }

  /**
   * Managers and editors of the organisations that downloaded this asset (the primary key's
   * asset_id prefix), limited to those whose roles may see it.
   */
  async recallRecipients(assetId: string, assetRoles: readonly Role[]): Promise<RecallRecipient[]> {
    return this.dataSource.query(
      `SELECT u.id, u.roles FROM users u
       WHERE u.active
         AND u.organisation_id IN (SELECT DISTINCT organisation_id FROM campaign_downloads WHERE asset_id = $1)
         AND u.roles && ARRAY['manager', 'editor']::text[]
         AND (cardinality(CAST($2 AS text[])) = 0 OR u.roles && CAST($2 AS text[]))`,
      [assetId, [...assetRoles]],
    );
  }

  async topAssets(
    campaignId: string | null,
    from: string,
    to: string,
    limit: number,
  ): Promise<TopAssetRow[]> {
    const rows: TopAssetRow[] = await this.dataSource.query(
      `SELECT a.id, a.title, a.type, SUM(d.count)::int AS downloads, COUNT(DISTINCT d.organisation_id)::int AS organisations
       FROM campaign_downloads d JOIN campaign_assets a ON a.id = d.asset_id
       WHERE d.day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR d.campaign_id = $3)
       GROUP BY a.id, a.title, a.type
       ORDER BY downloads DESC, a.title ASC
       LIMIT $4`,
      [from, to, campaignId, limit],
    );
    return rows;
  }

  async perDay(
    campaignId: string | null,
    from: string,
    to: string,
  ): Promise<{ day: string; downloads: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(d.day, 'YYYY-MM-DD') AS day, SUM(d.count)::int AS downloads
       FROM campaign_downloads d
       WHERE d.day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR d.campaign_id = $3)
       GROUP BY d.day ORDER BY d.day`,
      [from, to, campaignId],
    );
  }

  /**
   * Every current Jobcenter (merged-away ones are gone from the directory) with whether it
   * downloaded anything of the campaign: material (campaign_org index) or a personalised kit
   * file (campaign_kit_downloads' key prefix).
   */
  jobcenterReach(campaignId: string): Promise<JobcenterReachRow[]> {
    return this.dataSource.query(
      `SELECT o.id, o.name, o.state,
              (EXISTS (SELECT 1 FROM campaign_downloads d WHERE d.campaign_id = $1 AND d.organisation_id = o.id)
               OR EXISTS (SELECT 1 FROM campaign_kit_downloads k WHERE k.campaign_id = $1 AND k.organisation_id = o.id)
              ) AS reached
       FROM organisations o
       WHERE o.kind = 'jobcenter' AND o.merged_into_id IS NULL
       ORDER BY o.state, o.name`,
      [campaignId],
    );
  }

  /** Today in Berlin (the default range of the statistics ends here). */
  async today(now: Date): Promise<string> {
    const [row]: { day: string }[] = await this.dataSource.query(
      `SELECT to_char(${BERLIN_DAY}, 'YYYY-MM-DD') AS day`,
      [now.toISOString()],
    );
    if (!row) throw new Error('PostgreSQL returned no row for a SELECT without FROM');
    return row.day;
  }
}
