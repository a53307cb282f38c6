import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/** View `search_source_news` (migration SearchIndex). */
export const NewsSearchSource: SearchSource = {
  type: SearchType.News,
  permission: Permission.NewsRead,
  path: (id) => `/neuigkeiten/${id}`,
};
