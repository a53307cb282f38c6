import type { Permission, SearchType } from '@portal/contracts';

/**
 * One content type in the search. The database does the indexing: the view
 * `search_source_<type>` (in a migration) maps rows to documents, with their visibility as data
 * (publication window, audience in core/audience semantics); `search_watch(...)` keeps them
 * current in the writing transaction. This file adds what only the application knows.
 */
export interface SearchSource {
  type: SearchType;
  /** Route permission needed for any document of the type (on top of the stored visibility). */
  permission: Permission;
  /** Frontend path of a result (`linkKey` is the view's `link_key` column). */
  path(id: string, linkKey: string | null): string;
}
