import { Permission, SearchType } from '@portal/contracts';
import type { SearchSource } from './search-source';

/**
 * View `search_source_person` (migration SearchIndex): name, organisation and roles of active
 * users — what a directory shows, never e-mail or login data. Directory opt-out: replace the
 * view in a migration with the opt-out column in its WHERE clause; nothing else changes.
 * A person links to their Jobcenter's page, which names its contact persons.
 */
export const PersonSearchSource: SearchSource = {
  type: SearchType.Person,
  // The people directory's own permission: who may not list people must not find them either.
  permission: Permission.PeopleRead,
  path: (id, linkKey) => (linkKey ? `/jobcenter/${linkKey}` : '/jobcenter'),
};
