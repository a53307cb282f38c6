import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/** View `search_source_practice` (migration SearchIndex). */
export const PracticeSearchSource: SearchSource = {
  type: SearchType.Practice,
  permission: Permission.PracticesRead,
  path: (id) => `/gute-praxis/${id}`,
};
