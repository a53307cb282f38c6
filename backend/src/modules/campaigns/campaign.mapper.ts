import {
  ApiPaths,
  API_PREFIX,
  assetFormatLabel,
  type AssetDto,
  type AssetFileDto,
  type AssetSummaryDto,
  type AssetVersionDto,
  type CampaignDto,
  type CampaignSummaryDto,
  isFileAvailable,
} from '@portal/contracts';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { assetState } from './campaign-asset.policy';
import type { CampaignAssetFileEntity } from './campaign-asset-file.entity';
import type { CampaignAssetVersionEntity } from './campaign-asset-version.entity';
import type { CampaignAssetEntity } from './campaign-asset.entity';
import type { CampaignEntity } from './campaign.entity';

import { toFileScanDto } from '../../core/storage/processing/file-availability';

const assetsPath = `/${API_PREFIX}/${ApiPaths.campaignAssets}`;

export function toCampaignSummary(campaign: CampaignEntity): CampaignSummaryDto {
  return {
    id: campaign.id,
    name: campaign.name,
    status: campaign.status,
    startsOn: campaign.startsOn,
    endsOn: campaign.endsOn,
  };
}

export function toCampaignDto(campaign: CampaignEntity, termsAccepted: boolean): CampaignDto {
  return {
    ...toCampaignSummary(campaign),
    description: campaign.description,
    descriptionHtml: renderMarkdown(campaign.description),
    keyMessages: campaign.keyMessages,
    guidelines: { ...campaign.guidelines, text: campaign.guidelines.text ?? '' },
    usageTerms: campaign.usageTerms,
    termsVersion: campaign.termsVersion,
    termsAccepted,
    version: campaign.version,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}

/** The first variant of a version whose preview is ready and whose content passed the scan. */
export function previewSource(
  files: readonly CampaignAssetFileEntity[],
): CampaignAssetFileEntity | undefined {
  return files.find((link) => link.file?.previewStatus === 'ready' && isFileAvailable(link.file.scanStatus));
}

/**
 * `withoutText`: the files the search found no text in, given only to those who may edit assets
 * (null: `textMissing` stays null).
 */
export function toAssetFileDto(
  link: CampaignAssetFileEntity,
  inspect = false,
  withoutText: ReadonlySet<string> | null = null,
): AssetFileDto {
  return {
    id: link.fileId,
    name: link.file?.originalName ?? '',
    mediaType: link.mediaType,
    size: link.file?.size ?? 0,
    url: `${assetsPath}/${link.assetId}/files/${link.fileId}`,
    scan: toFileScanDto(link.file ?? { scanStatus: 'pending', scanDetail: null, scannedAt: null }, inspect),
    textMissing: withoutText ? withoutText.has(link.fileId) : null,
  };
}

/** The latest version's variants: formats for the card and whether a preview exists. */
function latestFacts(files: readonly CampaignAssetFileEntity[]) {
  return {
    formats: [...new Set(files.map((file) => assetFormatLabel(file.mediaType).toLowerCase()))],
    hasPreview: previewSource(files) !== undefined,
  };
}

export function toAssetSummary(
  asset: CampaignAssetEntity & { campaign: CampaignEntity },
  latestFiles: readonly CampaignAssetFileEntity[],
  now: Date,
): AssetSummaryDto {
  const { formats, hasPreview } = latestFacts(latestFiles);
  const previewPath = `${assetsPath}/${asset.id}/preview`;
  return {
    id: asset.id,
    title: asset.title,
    type: asset.type,
    tags: asset.tags,
    campaign: toCampaignSummary(asset.campaign),
    state: assetState(asset, now),
    roles: asset.roles,
    altText: asset.altText,
    thumbnailUrl: hasPreview ? `${previewPath}/thumb?v=${asset.latestVersion}` : null,
    previewUrl: hasPreview ? `${previewPath}/large?v=${asset.latestVersion}` : null,
    formats,
    availableFrom: asset.availableFrom?.toISOString() ?? null,
    expiresAt: asset.expiresAt?.toISOString() ?? null,
    latestVersion: asset.latestVersion > 0 ? asset.latestVersion : null,
    updatedAt: asset.updatedAt.toISOString(),
  };
}

export function toAssetVersionDto(
  version: CampaignAssetVersionEntity,
  downloadable: boolean,
  inspect = false,
  withoutText: ReadonlySet<string> | null = null,
): AssetVersionDto {
  return {
    id: version.id,
    number: version.number,
    note: version.note,
    createdAt: version.createdAt.toISOString(),
    files: (version.files ?? []).map((file) => toAssetFileDto(file, inspect, withoutText)),
    downloadable,
  };
}

export function toAssetDto(
  asset: CampaignAssetEntity & { campaign: CampaignEntity },
  versions: readonly CampaignAssetVersionEntity[],
  options: {
    manage: boolean;
    inspect: boolean;
    termsAccepted: boolean;
    now: Date;
    /** Files without searchable text; only for those who may edit assets (else null). */
    withoutText?: ReadonlySet<string> | null;
    /** Only when the user may see it. */
    replacement?: Pick<CampaignAssetEntity, 'id' | 'title'> | null;
  },
): AssetDto {
  const latest = versions.find((version) => version.id === asset.currentVersionId);
  const shown = options.manage ? versions : latest ? [latest] : [];
  return {
    ...toAssetSummary(asset, latest?.files ?? [], options.now),
    description: asset.description,
    replacementId: asset.replacementId,
    replacement: options.replacement
      ? { id: options.replacement.id, title: options.replacement.title }
      : null,
    versions: shown.map((version) =>
      toAssetVersionDto(
        version,
        version.id === asset.currentVersionId || options.manage,
        options.inspect,
        options.withoutText ?? null,
      ),
    ),
    termsAccepted: options.termsAccepted,
    termsVersion: asset.campaign.termsVersion,
    version: asset.version,
    createdAt: asset.createdAt.toISOString(),
  };
}
