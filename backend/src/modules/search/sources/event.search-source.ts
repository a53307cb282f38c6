import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/** View `search_source_event` (migration SearchIndex). */
export const EventSearchSource: SearchSource = {
  type: SearchType.Event,
  permission: Permission.EventsRead,
  path: (id) => `/termine/${id}`,
};
