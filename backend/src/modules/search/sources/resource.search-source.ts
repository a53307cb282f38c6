import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/** View `search_source_resource` (migration SearchResources): published resources only. */
export const ResourceSearchSource: SearchSource = {
  type: SearchType.Resource,
  permission: Permission.ResourcesRead,
  path: (id) => `/digitalisierung/${id}`,
};
