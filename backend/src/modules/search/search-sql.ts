import { SEARCH_TYPES, SearchType, type AudienceViewer } from '@portal/contracts';
import type { PrefixSplit } from './search-query';

/** Positional parameters collected while a query is built; user input only ever goes here. */
export class SqlParams {
  readonly values: unknown[] = [];

  add(value: unknown, cast?: string): string {
    this.values.push(value);
    return cast ? `$${this.values.length}::${cast}` : `$${this.values.length}`;
  }
}

/**
 * The tsquery of a search: `websearch_to_tsquery('german', …)` (phrases, -exclusion, OR; never
 * an error on any input), and with a bare last word also its prefix (`to_tsquery('simple',
 * 'word:*')`, the word limited to Latin letters and digits) — „Digitalis“ finds „Digitalisierung“.
 * Built from constants and parameters, so the planner sees a constant tsquery.
 */
export function tsQuery(params: SqlParams, query: string, prefix: PrefixSplit | null): string {
  if (!prefix) return `websearch_to_tsquery('german', ${params.add(query)})`;
  const word = `(plainto_tsquery('german', ${params.add(prefix.word)}) || to_tsquery('simple', ${params.add(`${prefix.word}:*`)}))`;
  return prefix.rest ? `(websearch_to_tsquery('german', ${params.add(prefix.rest)}) && ${word})` : word;
}

/**
 * Directory entries (people, organisations): dated by their creation, titled by a name. As SQL
 * over `search_documents d`, written exactly as the predicates of the partial indexes
 * `search_documents_content_date_idx`, `search_documents_directory_title_idx` (migration
 * SearchSuggestIndexes) and `search_documents_directory_vector_idx` (SearchDirectoryVectorIndex), so the planner can prove that a query may use them.
 */
const DIRECTORY_TYPES: readonly SearchType[] = [SearchType.Organisation, SearchType.Person];
export const DIRECTORY_SQL = `d.type IN ('organisation', 'person')`;
export const CONTENT_SQL = `d.type NOT IN ('organisation', 'person')`;

/** Whether a search over `types` needs the content branch (news, practices, material …). */
export function includesContent(types: readonly SearchType[]): boolean {
  return types.some((type) => !DIRECTORY_TYPES.includes(type));
}

/** Whether a search over `types` needs the directory branch (people, organisations). */
export function includesDirectory(types: readonly SearchType[]): boolean {
  return types.some((type) => DIRECTORY_TYPES.includes(type));
}

/**
 * What a person may see, as SQL over `search_documents d`: their permitted types, the window
 * (scheduled publication, embargo, expiry) against `now` from the Clock, and the audience —
 * the same rule as `isInAudience` / `whereInAudience` (empty list = everyone; all three match).
 */
export function visibleTo(
  params: SqlParams,
  types: readonly SearchType[],
  viewer: AudienceViewer,
  now: Date,
): string {
  const at = params.add(now, 'timestamptz');
  // With every type allowed the condition is left out: it would only tempt the planner into the
  // primary key instead of the full-text index.
  const everyType = SEARCH_TYPES.every((type) => types.includes(type));
  return [
    everyType ? 'TRUE' : `d.type = ANY(${params.add(types, 'text[]')})`,
    `(d.visible_from IS NULL OR d.visible_from <= ${at})`,
    `(d.visible_until IS NULL OR d.visible_until > ${at})`,
    `(d.audience_states = '{}' OR d.audience_states @> ARRAY[${params.add(viewer.state, 'text')}])`,
    `(d.audience_organisation_ids = '{}' OR d.audience_organisation_ids @> ARRAY[${params.add(viewer.organisationId, 'uuid')}])`,
    `(d.audience_roles = '{}' OR d.audience_roles && ${params.add([...viewer.roles], 'text[]')})`,
  ].join(' AND ');
}

export interface SearchFilters {
  termIds?: readonly string[];
  states?: readonly string[];
  organisationId?: string;
  from?: string;
  to?: string;
}

/** Filters of the results page; dates are Berlin days, `to` inclusive. */
export function filtersSql(params: SqlParams, filters: SearchFilters): string {
  const parts: string[] = [];
  if (filters.termIds?.length) parts.push(`d.term_ids && ${params.add(filters.termIds, 'uuid[]')}`);
  if (filters.states?.length) parts.push(`d.state = ANY(${params.add(filters.states, 'text[]')})`);
  if (filters.organisationId) parts.push(`d.organisation_id = ${params.add(filters.organisationId, 'uuid')}`);
  if (filters.from)
    parts.push(`d.date >= (${params.add(filters.from, 'date')}::timestamp AT TIME ZONE 'Europe/Berlin')`);
  if (filters.to)
    parts.push(`d.date < ((${params.add(filters.to, 'date')} + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`);
  return parts.length ? parts.join(' AND ') : 'TRUE';
}
