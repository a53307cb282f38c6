import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AssetType, OrganisationState, Role } from '@portal/contracts';
import { DataSource } from 'typeorm';
import { jobcenterReachSql } from './campaign-reach.sql';

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

  /** Material and personalised kit downloads per Berlin day (days without any are left out). */
  async perDay(
    campaignId: string | null,
    from: string,
    to: string,
  ): Promise<{ day: string; downloads: number; kitDownloads: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(t.day, 'YYYY-MM-DD') AS day, SUM(t.material)::int AS downloads, SUM(t.kit)::int AS "kitDownloads"
       FROM (
         SELECT d.day, d.count AS material, 0 AS kit FROM campaign_downloads d
         WHERE d.day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR d.campaign_id = $3)
         UNION ALL
         SELECT k.day, 0, k.count FROM campaign_kit_downloads k
         WHERE k.day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR k.campaign_id = $3)
       ) t
       GROUP BY t.day ORDER BY t.day`,
      [from, to, campaignId],
    );
  }

  /** Personalised kit downloads in the range: how many, and by how many organisations. */
  async kitTotals(
    campaignId: string | null,
    from: string,
    to: string,
  ): Promise<{ downloads: number; organisations: number }> {
    const [row]: { downloads: number; organisations: number }[] = await this.dataSource.query(
      `SELECT COALESCE(SUM(k.count), 0)::int AS downloads, COUNT(DISTINCT k.organisation_id)::int AS organisations
       FROM campaign_kit_downloads k
       WHERE k.day BETWEEN $1 AND $2 AND ($3::uuid IS NULL OR k.campaign_id = $3)`,
      [from, to, campaignId],
    );
    return row ?? { downloads: 0, organisations: 0 };
  }

  /** Every current Jobcenter with whether it downloaded anything of the campaign (see jobcenterReachSql). */
  jobcenterReach(campaignId: string): Promise<JobcenterReachRow[]> {
    return this.dataSource.query(
      `SELECT r.id, r.name, r.state, r.downloads > 0 AS reached
       FROM (${jobcenterReachSql({ campaignId: '$1', from: 'NULL', to: 'NULL' })}) r
       ORDER BY r.state, r.name`,
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
