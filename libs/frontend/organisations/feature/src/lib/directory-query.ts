import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  ORGANISATION_CATEGORIES,
  OrganisationCategory,
  OrganisationState,
} from '@portal/contracts';

/** Directory filter as it lives in the URL: `?land=Hessen&kategorie=Landkreis&q=off`. */
export interface DirectoryFilter {
  state: OrganisationState | '';
  category: OrganisationCategory | '';
  q: string;
}

export interface DirectoryQueryParams {
  land?: string | null;
  kategorie?: string | null;
  q?: string | null;
}

const STATES: readonly string[] = [...BUNDESLAENDER, NATIONAL_STATE];
const CATEGORIES: readonly string[] = ORGANISATION_CATEGORIES;

/** Reads the URL leniently: unknown Länder or categories and blank searches fall back to defaults. */
export function parseDirectoryQuery(params: DirectoryQueryParams): DirectoryFilter {
  const state = STATES.includes(params.land ?? '') ? (params.land as OrganisationState) : '';
  const category = CATEGORIES.includes(params.kategorie ?? '')
    ? (params.kategorie as OrganisationCategory)
    : '';
  return { state, category, q: (params.q ?? '').trim() };
}

/** The filter as query params; defaults become null so the router drops them from the URL. */
export function toDirectoryQueryParams(filter: DirectoryFilter): Required<DirectoryQueryParams> {
  return {
    land: filter.state || null,
    kategorie: filter.category || null,
    q: filter.q.trim() || null,
  };
}

export function sameDirectoryFilter(a: DirectoryFilter, b: DirectoryFilter): boolean {
  return a.state === b.state && a.category === b.category && a.q === b.q;
}
