import { BUNDESLAENDER, NATIONAL_STATE, OrganisationState } from '@portal/contracts';

/** Directory filter as it lives in the URL: `?land=Hessen&q=off&seite=2`. */
export interface DirectoryFilter {
  state: OrganisationState | '';
  q: string;
  page: number;
}

export interface DirectoryQueryParams {
  land?: string | null;
  q?: string | null;
  seite?: string | null;
}

const STATES: readonly string[] = [...BUNDESLAENDER, NATIONAL_STATE];

/** Reads the URL leniently: unknown Länder, blank searches and odd page numbers fall back to defaults. */
export function parseDirectoryQuery(params: DirectoryQueryParams): DirectoryFilter {
  const state = STATES.includes(params.land ?? '') ? (params.land as OrganisationState) : '';
  const page = Number.parseInt(params.seite ?? '', 10);
  return { state, q: (params.q ?? '').trim(), page: Number.isInteger(page) && page > 0 ? page : 1 };
}

/** The filter as query params; defaults become null so the router drops them from the URL. */
export function toDirectoryQueryParams(filter: DirectoryFilter): Required<DirectoryQueryParams> {
  return {
    land: filter.state || null,
    q: filter.q.trim() || null,
    seite: filter.page > 1 ? String(filter.page) : null,
  };
}

export function sameDirectoryFilter(a: DirectoryFilter, b: DirectoryFilter): boolean {
  return a.state === b.state && a.q === b.q && a.page === b.page;
}
