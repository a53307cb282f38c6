import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BrowserPaths, OrganisationDto, OrganisationListQuery, PageDto } from '@portal/contracts';
import { Observable, of, switchMap } from 'rxjs';

const ALL_PAGE_SIZE = 100;

/** Typed calls of the organisation directory API. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/organisations — one page (1-based) of the directory, filtered. */
  list(query: OrganisationListQuery): Observable<PageDto<OrganisationDto>> {
    return this.http.get<PageDto<OrganisationDto>>(BrowserPaths.organisations, { params: toParams(query) });
  }

  /**
   * Every organisation (for pickers): pages of 100 until the directory ends. The directory
   * is about 110 entries, so this is one or two requests.
   */
  all(): Observable<OrganisationDto[]> {
    const page = (number: number, collected: OrganisationDto[]): Observable<OrganisationDto[]> =>
      this.list({ page: number, pageSize: ALL_PAGE_SIZE }).pipe(
        switchMap((result) => {
          const items = [...collected, ...result.items];
          return items.length < result.total && result.items.length > 0 ? page(number + 1, items) : of(items);
        }),
      );
    return page(1, []);
  }

  /** GET /api/organisations/:id */
  get(id: string): Observable<OrganisationDto> {
    return this.http.get<OrganisationDto>(`${BrowserPaths.organisations}/${encodeURIComponent(id)}`);
  }
}

function toParams(query: OrganisationListQuery): HttpParams {
  let params = new HttpParams();
  for (const [key, value] of Object.entries(query)) {
    // Empty filters are left out rather than sent as `state=`, which the API would validate.
    if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
  }
  return params;
}
