import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  CreateOrganisationRequest,
  MergeOrganisationResultDto,
  ORGANISATION_LIST_MAX_LIMIT,
  OrganisationDto,
  OrganisationImportResultDto,
  OrganisationListDto,
  OrganisationListQuery,
  OrganisationMemberDto,
  OrganisationProfileDto,
  OrganisationStateCountDto,
  UpdateOrganisationRequest,
} from '@portal/contracts';
import { EMPTY, Observable, expand, map, reduce } from 'rxjs';

/** Typed calls of the organisation directory API (and its administration). */
@Injectable({ providedIn: 'root' })
export class OrganisationsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/organisations — one keyset page of the directory, filtered. */
  list(query: OrganisationListQuery): Observable<OrganisationListDto> {
    return this.http.get<OrganisationListDto>(BrowserPaths.organisations, { params: toParams(query) });
  }

  /** Every organisation (for pickers): pages of 100 until the cursor ends (about 110 entries). */
  all(): Observable<OrganisationDto[]> {
    const page = (cursor?: string) => this.list({ limit: ORGANISATION_LIST_MAX_LIMIT, cursor });
    return page().pipe(
      expand((result) => (result.nextCursor ? page(result.nextCursor) : EMPTY)),
      map((result) => result.items),
      reduce((all, items) => [...all, ...items], [] as OrganisationDto[]),
    );
  }

  /** GET /api/organisations/states — kommunale Jobcenter per Land. */
  stateCounts(): Observable<OrganisationStateCountDto[]> {
    return this.http.get<OrganisationStateCountDto[]>(`${BrowserPaths.organisations}/states`);
  }

  /** GET /api/organisations/:id */
  get(id: string): Observable<OrganisationProfileDto> {
    return this.http.get<OrganisationProfileDto>(this.url(id));
  }

  update(id: string, request: UpdateOrganisationRequest): Observable<OrganisationProfileDto> {
    return this.http.patch<OrganisationProfileDto>(this.url(id), request);
  }

  members(id: string): Observable<OrganisationMemberDto[]> {
    return this.http.get<OrganisationMemberDto[]>(`${this.url(id)}/members`);
  }

  logoUrl(id: string): string {
    return `${this.url(id)}/logo`;
  }

  setLogo(id: string, file: File): Observable<void> {
    const form = new FormData();
    form.append('file', file, file.name);
    return this.http.put<void>(this.logoUrl(id), form);
  }

  removeLogo(id: string): Observable<void> {
    return this.http.delete<void>(this.logoUrl(id));
  }

  create(request: CreateOrganisationRequest): Observable<OrganisationDto> {
    return this.http.post<OrganisationDto>(BrowserPaths.adminOrganisations, request);
  }

  merge(sourceId: string, targetId: string): Observable<MergeOrganisationResultDto> {
    return this.http.post<MergeOrganisationResultDto>(
      `${BrowserPaths.adminOrganisations}/${encodeURIComponent(sourceId)}/merge`,
      { targetId },
    );
  }

  /** Preview (`dryRun`) or commit of a directory CSV. */
  importCsv(file: File, dryRun: boolean): Observable<OrganisationImportResultDto> {
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    form.append('file', file, file.name);
    return this.http.post<OrganisationImportResultDto>(`${BrowserPaths.adminOrganisations}/import`, form);
  }

  readonly exportUrl = `${BrowserPaths.adminOrganisations}/export`;

  private url(id: string): string {
    return `${BrowserPaths.organisations}/${encodeURIComponent(id)}`;
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
