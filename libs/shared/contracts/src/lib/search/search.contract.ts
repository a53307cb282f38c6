/**
 * The portal search: one index over every content type. A new type = a key here (with its German
 * label), a view in a migration and a registry file in `backend/src/modules/search/sources/`.
 */
export const SearchType = {
  News: 'news',
  Event: 'event',
  Practice: 'practice',
  CampaignAsset: 'campaign-asset',
  Organisation: 'organisation',
  Person: 'person',
  Resource: 'resource',
  ResourceCollection: 'resource-collection',
} as const;
export type SearchType = (typeof SearchType)[keyof typeof SearchType];
export const SEARCH_TYPES: readonly SearchType[] = Object.values(SearchType);

export const SEARCH_TYPE_LABELS: Readonly<Record<SearchType, string>> = {
  news: 'Neuigkeit',
  event: 'Termin',
  practice: 'Gute Praxis',
  'campaign-asset': 'Kampagnenmaterial',
  organisation: 'Jobcenter',
  person: 'Person',
  resource: 'Ressource',
  'resource-collection': 'Sammlung',
};

export function isSearchType(value: unknown): value is SearchType {
  return typeof value === 'string' && (SEARCH_TYPES as readonly string[]).includes(value);
}

/** Longest query (characters after normalisation); longer → 400. */
export const SEARCH_QUERY_MAX_LENGTH = 200;
export const SEARCH_PAGE_SIZE_MAX = 50;
/** Deepest result reachable by paging (offset + limit). */
export const SEARCH_MAX_OFFSET = 1000;

/** Markers in snippets (`ts_headline` StartSel/StopSel): the client escapes the text, then turns them into <mark>. */
export const SEARCH_MARK_START = '\u0002';
export const SEARCH_MARK_END = '\u0003';

export type SearchSort = 'relevance' | 'date';

export interface SearchQueryParams {
  q: string;
  /** Repeated query parameters (`type=news&type=event`). */
  type?: SearchType[];
  /** Taxonomy term ids. */
  term?: string[];
  /** Bundesländer. */
  state?: string[];
  organisationId?: string;
  /** ISO dates (inclusive), on the item's date (publication, start, …). */
  from?: string;
  to?: string;
  sort?: SearchSort;
  offset?: number;
  limit?: number;
}

export interface SearchResultDto {
  type: SearchType;
  id: string;
  title: string;
  /** With SEARCH_MARK_START/END around matches; plain text otherwise (never HTML). */
  snippet: string;
  /** The frontend route of the item. */
  path: string;
  date: string;
  state: string | null;
  /** Name of the file whose text matched, if the match was inside a file. */
  matchedFile: string | null;
}

export interface SearchFacetDto {
  key: string;
  label: string;
  count: number;
}

export interface SearchResponseDto {
  query: string;
  results: SearchResultDto[];
  /**
   * Visible matches; a lower bound („mindestens“) when `totalIsLowerBound`: a search counts, and
   * computes facets over, at most a few hundred of the newest matches, and a broad query examines
   * only the newest documents (see `searchedDocuments`).
   */
  total: number;
  totalIsLowerBound: boolean;
  /**
   * Set when only the newest N visible documents were examined (a broad query, e.g. a phrase of
   * two frequent words): older matches may exist — further pages look further back.
   */
  searchedDocuments: number | null;
  facets: { types: SearchFacetDto[]; states: SearchFacetDto[]; terms: SearchFacetDto[] };
  /** „Meinten Sie …?“ — a corrected query that finds something the person may see. */
  didYouMean: string | null;
  nextOffset: number | null;
}

export interface SearchSuggestionDto {
  type: SearchType;
  id: string;
  title: string;
  path: string;
}

export interface SearchSuggestResponseDto {
  suggestions: SearchSuggestionDto[];
}

export interface SearchQueryStatDto {
  query: string;
  searches: number;
  withoutResults: number;
}

export interface SearchAnalyticsDto {
  from: string;
  to: string;
  topQueries: SearchQueryStatDto[];
  queriesWithoutResults: SearchQueryStatDto[];
}
