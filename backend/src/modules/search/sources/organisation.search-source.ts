import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/** View `search_source_organisation` (migration SearchIndex). */
export const OrganisationSearchSource: SearchSource = {
  type: SearchType.Organisation,
  permission: Permission.OrganisationsRead,
  path: (id) => `/jobcenter/${id}`,
};
