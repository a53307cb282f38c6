import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/**
 * View `search_source_resource_collection` (migration SearchResourceCollections): title and intro
 * of every collection; whoever may read the library sees every collection.
 */
export const ResourceCollectionSearchSource: SearchSource = {
  type: SearchType.ResourceCollection,
  permission: Permission.ResourcesRead,
  path: (id) => `/digitalisierung/sammlungen/${id}`,
};
