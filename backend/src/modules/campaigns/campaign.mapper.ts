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
} from '@portal/contracts';
import { renderMarkdown } from '../../core/markdown/render-markdown';
import { assetState } from './campaign-asset.policy';
import type { CampaignAssetFileEntity } from './campaign-asset-file.entity';
import type { CampaignAssetVersionEntity } from './campaign-asset-version.entity';
import type { CampaignAssetEntity } from './campaign-asset.entity';
import type { CampaignEntity } from './campaign.entity';

/** Raster images serve as the gallery thumbnail until a preview service exists for the rest. */
const RASTER = new Set(['image/png', 'image/jpeg', 'image/webp', 'image/gif']);

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

export function toCampaignDto(campaign: CampaignEntity): CampaignDto {
  return {
    ...toCampaignSummary(campaign),
    description: campaign.description,
    descriptionHtml: renderMarkdown(campaign.description),
    keyMessages: campaign.keyMessages,
    guidelines: { ...campaign.guidelines, text: campaign.guidelines.text ?? '' },
    usageTerms: campaign.usageTerms,
    termsVersion: campaign.termsVersion,
    version: campaign.version,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
  };
}

export function toAssetFileDto(link: CampaignAssetFileEntity): AssetFileDto {
  return {
    id: link.fileId,
    name: link.file?.originalName ?? '',
    mediaType: link.mediaType,
    size: link.file?.size ?? 0,
    url: `${assetsPath}/${link.assetId}/files/${link.fileId}`,
  };
}

/** The latest version's variants: formats for the card and whether a raster thumbnail exists. */
function latestFacts(files: readonly CampaignAssetFileEntity[]) {
  return {
    formats: [...new Set(files.map((file) => assetFormatLabel(file.mediaType).toLowerCase()))],
    hasThumbnail: files.some((file) => RASTER.has(file.mediaType)),
  };
}

export function toAssetSummary(
  asset: CampaignAssetEntity & { campaign: CampaignEntity },
  latestFiles: readonly CampaignAssetFileEntity[],
  now: Date,
): AssetSummaryDto {
  const { formats, hasThumbnail } = latestFacts(latestFiles);
  return {
    id: asset.id,
    title: asset.title,
    type: asset.type,
    tags: asset.tags,
    campaign: toCampaignSummary(asset.campaign),
    state: assetState(asset, now),
    roles: asset.roles,
    altText: asset.altText,
    thumbnailUrl: hasThumbnail ? `${assetsPath}/${asset.id}/thumbnail?v=${asset.latestVersion}` : null,
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
): AssetVersionDto {
  return {
    id: version.id,
    number: version.number,
    note: version.note,
    createdAt: version.createdAt.toISOString(),
    files: (version.files ?? []).map(toAssetFileDto),
    downloadable,
  };
}

export function toAssetDto(
  asset: CampaignAssetEntity & { campaign: CampaignEntity },
  versions: readonly CampaignAssetVersionEntity[],
  options: { manage: boolean; termsAccepted: boolean; now: Date },
): AssetDto {
  const latest = versions.find((version) => version.id === asset.currentVersionId);
  const shown = options.manage ? versions : latest ? [latest] : [];
  return {
    ...toAssetSummary(asset, latest?.files ?? [], options.now),
    description: asset.description,
    replacementId: asset.replacementId,
    versions: shown.map((version) =>
      toAssetVersionDto(version, version.id === asset.currentVersionId || options.manage),
    ),
    termsAccepted: options.termsAccepted,
    termsVersion: asset.campaign.termsVersion,
    version: asset.version,
    createdAt: asset.createdAt.toISOString(),
  };
}
