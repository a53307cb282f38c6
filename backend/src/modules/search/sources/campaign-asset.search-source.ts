import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/** View `search_source_campaign_asset` (migration SearchIndex). */
export const CampaignAssetSearchSource: SearchSource = {
  type: SearchType.CampaignAsset,
  permission: Permission.CampaignsRead,
  path: (id) => `/kampagnen/material/${id}`,
};
