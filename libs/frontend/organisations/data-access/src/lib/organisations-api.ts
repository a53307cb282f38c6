import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BrowserPaths, OrganisationDto, OrganisationListQuery, PageDto } from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the organisation directory API. */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/organisations — one page (1-based) of the directory, filtered. */
  list(query: OrganisationListQuery): Observable<PageDto<OrganisationDto>> {
    return this.http.get<PageDto<OrganisationDto>>(BrowserPaths.organisations, { params: toParams(query) });
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
