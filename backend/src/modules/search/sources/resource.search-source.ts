import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/**
 * View `search_source_resource` (migrations SearchResources, SearchDependentChanges): published
 * resources only; the text also holds kind label, provider (organisation) name and topic labels.
 */
export const ResourceSearchSource: SearchSource = {
  type: SearchType.Resource,
  permission: Permission.ResourcesRead,
  path: (id) => `/digitalisierung/${id}`,
};
