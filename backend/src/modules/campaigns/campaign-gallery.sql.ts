import type { AssetType, CampaignStatus, FilePreviewStatus, FileScanStatus, Role } from '@portal/contracts';
import type { CampaignAssetFileEntity } from './campaign-asset-file.entity';
import type { CampaignAssetEntity } from './campaign-asset.entity';
import type { AssetPosition } from './campaign-asset-cursor';
import type { AssetFilter, AssetScope } from './campaign-assets.repository';
import type { CampaignEntity } from './campaign.entity';
import { sqlParameters } from '../../core/database/sql-parameters';

/** A variant of the current version as the gallery query sends it: `[media type, preview, scan]`. */
type RawVariant = [string, FilePreviewStatus, FileScanStatus];

/** One row of the gallery query: what a card shows plus the keyset position. */
export interface GalleryRow {
  id: string;
  campaignId: string;
  title: string;
  type: AssetType;
  tags: string[];
  altText: string | null;
  roles: Role[];
  availableFrom: Date | null;
  expiresAt: Date | null;
  currentVersionId: string | null;
  latestVersion: number;
  createdAt: Date;
  updatedAt: Date;
  campaignName: string;
  campaignStatus: CampaignStatus;
  campaignStartsOn: string;
  campaignEndsOn: string | null;
  /** The current version's variants by position (empty without a version). */
  variants: RawVariant[];
}

/**
 * The gallery page as one statement: assets, their campaign and the current version's variants
 * (a json aggregate per row over campaign_asset_files' primary key, computed only for the rows
 * LIMIT keeps). The visibility rule is `whereVisible`'s, written out: the text depends only on
 * the scope kind, the filters set, the sort, the cursor and the page size; values are parameters.
 */
export function gallerySql(
  scope: AssetScope,
  filter: AssetFilter,
  after: AssetPosition | undefined,
  sort: AssetPosition['sort'],
  limit: number,
): { text: string; values: unknown[] } {
  const { values, param } = sqlParameters();
  const where: string[] = [];
  if (!scope.all) {
    const now = param(scope.now, 'timestamptz');
    where.push(
      `c.status <> 'preparation'`,
      'a.current_version_id IS NOT NULL',
      `(a.available_from IS NULL OR a.available_from <= ${now})`,
      `(a.expires_at IS NULL OR a.expires_at > ${now})`,
      `(cardinality(a.roles) = 0 OR a.roles && ${param([...scope.roles], 'text[]')})`,
    );
  }
  if (filter.campaignId) where.push(`a.campaign_id = ${param(filter.campaignId, 'uuid')}`);
  if (filter.type) where.push(`a.type = ${param(filter.type, 'text')}`);
  // Case-blind; the expression is campaign_assets_tags_folded_idx's.
  if (filter.tag) where.push(`campaign_tags_folded(a.tags) @> ARRAY[lower(${param(filter.tag, 'text')})]`);
  if (filter.mediaType) {
    where.push(
      `EXISTS (SELECT 1 FROM campaign_asset_files variant
                WHERE variant.asset_id = a.id AND variant.version_id = a.current_version_id
                  AND variant.media_type = ${param(filter.mediaType, 'text')})`,
    );
  }
  let order: string;
  if (sort === 'title') {
    if (after) where.push(`(a.title, a.id) > (${param(after.value, 'text')}, ${param(after.id, 'uuid')})`);
    order = 'a.title ASC, a.id ASC';
  } else {
    const direction = sort === 'newest' ? 'DESC' : 'ASC';
    if (after) {
      where.push(
        `(a.created_at, a.id) ${sort === 'newest' ? '<' : '>'} (${param(new Date(after.value), 'timestamptz')}, ${param(after.id, 'uuid')})`,
      );
    }
    order = `a.created_at ${direction}, a.id ${direction}`;
  }
  const text = `SELECT a.id, a.campaign_id AS "campaignId", a.title, a.type, a.tags, a.alt_text AS "altText",
       a.roles, a.available_from AS "availableFrom", a.expires_at AS "expiresAt",
       a.current_version_id AS "currentVersionId", a.latest_version AS "latestVersion",
       a.created_at AS "createdAt", a.updated_at AS "updatedAt",
       c.name AS "campaignName", c.status AS "campaignStatus",
       c.starts_on::text AS "campaignStartsOn", c.ends_on::text AS "campaignEndsOn",
       (SELECT coalesce(json_agg(json_build_array(f.media_type, s.preview_status, s.scan_status) ORDER BY f.position), '[]')
          FROM campaign_asset_files f JOIN stored_files s ON s.id = f.file_id
         WHERE f.version_id = a.current_version_id) AS variants
  FROM campaign_assets a
  JOIN campaigns c ON c.id = a.campaign_id${where.length ? `\n WHERE ${where.join('\n   AND ')}` : ''}
 ORDER BY ${order}
 LIMIT ${Math.trunc(limit)}`;
  return { text, values };
}

/** The row in the shape `toAssetSummary` reads (asset with campaign, the current variants). */
export function galleryAsset(row: GalleryRow): {
  asset: CampaignAssetEntity & { campaign: CampaignEntity };
  variants: CampaignAssetFileEntity[];
} {
  const campaign = {
    id: row.campaignId,
    name: row.campaignName,
    status: row.campaignStatus,
    startsOn: row.campaignStartsOn,
    endsOn: row.campaignEndsOn,
  } as CampaignEntity;
  const asset = {
    id: row.id,
    campaignId: row.campaignId,
    title: row.title,
    type: row.type,
    tags: row.tags,
    altText: row.altText,
    roles: row.roles,
    availableFrom: row.availableFrom,
    expiresAt: row.expiresAt,
    currentVersionId: row.currentVersionId,
    latestVersion: row.latestVersion,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    campaign,
  } as CampaignAssetEntity & { campaign: CampaignEntity };
  const variants = row.variants.map(
    ([mediaType, previewStatus, scanStatus]) =>
      ({
        assetId: row.id,
        versionId: row.currentVersionId,
        mediaType,
        file: { previewStatus, scanStatus },
      }) as CampaignAssetFileEntity,
  );
  return { asset, variants };
}
