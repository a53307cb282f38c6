import { AssetState, CampaignStatus, hasPermission, Permission, type Role } from '@portal/contracts';

/** What the visibility rules need of an asset. */
export interface AssetVisibilityFacts {
  currentVersionId: string | null;
  availableFrom: Date | null;
  expiresAt: Date | null;
  roles: readonly Role[];
}

export interface AssetViewer {
  roles: readonly Role[];
}

/** Coordinators (and admins) run campaigns: they see every asset in every state. */
export function mayManageCampaigns(viewer: AssetViewer): boolean {
  return hasPermission(viewer.roles, Permission.CampaignsManage);
}

/** Where an asset stands right now (embargo and expiry to the millisecond of `now`). */
export function assetState(asset: AssetVisibilityFacts, now: Date): AssetState {
  if (!asset.currentVersionId) return AssetState.Draft;
  if (asset.expiresAt && asset.expiresAt.getTime() <= now.getTime()) return AssetState.Expired;
  if (asset.availableFrom && asset.availableFrom.getTime() > now.getTime()) return AssetState.Embargoed;
  return AssetState.Available;
}

/** A campaign in preparation is the coordinators' business only. */
export function maySeeCampaign(viewer: AssetViewer, status: CampaignStatus): boolean {
  return status !== CampaignStatus.Preparation || mayManageCampaigns(viewer);
}

/**
 * The one visibility rule for assets (list, detail, download, ZIP): coordinators see all; everyone
 * else sees available assets of visible campaigns whose role list is empty or names one of theirs.
 * Its SQL twin is `CampaignAssetsRepository.whereVisible`.
 */
export function maySeeAsset(
  viewer: AssetViewer,
  asset: AssetVisibilityFacts,
  campaignStatus: CampaignStatus,
  now: Date,
): boolean {
  if (mayManageCampaigns(viewer)) return true;
  if (!maySeeCampaign(viewer, campaignStatus)) return false;
  if (assetState(asset, now) !== AssetState.Available) return false;
  return asset.roles.length === 0 || asset.roles.some((role) => viewer.roles.includes(role));
}
