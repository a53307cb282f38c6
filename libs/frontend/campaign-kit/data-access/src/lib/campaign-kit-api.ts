import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  API_PREFIX,
  BrowserPaths,
  CampaignKitPaths,
  KitBulkRunDto,
  KitCampaignOptionDto,
  KitGenerateRequest,
  KitOutputDto,
  KitProfileDto,
  KitRequest,
  KitTemplateDto,
  KitTemplatePageDto,
  ORGANISATION_LIST_MAX_LIMIT,
  OrganisationListDto,
  UpdateKitZonesRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

const path = (relative: string) => `/${API_PREFIX}/${relative}`;
const TEMPLATES = path(CampaignKitPaths.templates);
const ORGANISATIONS = path(CampaignKitPaths.organisations);

/** Typed calls of the campaign kit API. */
@Injectable({ providedIn: 'root' })
export class CampaignKitApi {
  private readonly http = inject(HttpClient);

  templates(cursor?: string): Observable<KitTemplatePageDto> {
    const params = cursor ? new HttpParams().set('cursor', cursor) : undefined;
    return this.http.get<KitTemplatePageDto>(TEMPLATES, { params });
  }

  template(id: string): Observable<KitTemplateDto> {
    return this.http.get<KitTemplateDto>(`${TEMPLATES}/${id}`);
  }

  /** Multipart upload with progress events (for `<portal-file-upload>`). */
  createTemplate(file: File, campaignId: string, title: string): Observable<HttpEvent<KitTemplateDto>> {
    const body = new FormData();
    body.append('campaignId', campaignId);
    body.append('title', title);
    body.append('file', file, file.name);
    return this.http.post<KitTemplateDto>(TEMPLATES, body, { reportProgress: true, observe: 'events' });
  }

  addVersion(id: string, version: number, file: File): Observable<HttpEvent<KitTemplateDto>> {
    const body = new FormData();
    body.append('version', String(version));
    body.append('file', file, file.name);
    return this.http.post<KitTemplateDto>(`${TEMPLATES}/${id}/versions`, body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  deleteTemplate(id: string): Observable<void> {
    return this.http.delete<void>(`${TEMPLATES}/${id}`);
  }

  updateZones(id: string, request: UpdateKitZonesRequest): Observable<KitTemplateDto> {
    return this.http.put<KitTemplateDto>(`${TEMPLATES}/${id}/zones`, request);
  }

  /** The unfilled page as a data: URL (the CSP allows data: images, not blob:). */
  pageImage(id: string, page: number): Observable<string> {
    return this.http.get(`${TEMPLATES}/${id}/pages/${page}`, { responseType: 'blob' }).pipe(toDataUrl());
  }

  /** Page 1 filled with `request.data`, as a data: URL. */
  preview(id: string, request: KitRequest): Observable<string> {
    return this.http.post(`${TEMPLATES}/${id}/preview`, request, { responseType: 'blob' }).pipe(toDataUrl());
  }

  generate(id: string, request: KitGenerateRequest): Observable<KitOutputDto> {
    return this.http.post<KitOutputDto>(`${TEMPLATES}/${id}/outputs`, request);
  }

  startBulk(id: string): Observable<KitBulkRunDto> {
    return this.http.post<KitBulkRunDto>(`${TEMPLATES}/${id}/bulk-runs`, {});
  }

  bulkRun(runId: string): Observable<KitBulkRunDto> {
    return this.http.get<KitBulkRunDto>(`${path(CampaignKitPaths.bulkRuns)}/${runId}`);
  }

  /** One keyset page of the Jobcenter directory (coordinators personalise for any of them). */
  jobcenters(cursor?: string): Observable<OrganisationListDto> {
    let params = new HttpParams().set('kind', 'jobcenter').set('limit', ORGANISATION_LIST_MAX_LIMIT);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<OrganisationListDto>(BrowserPaths.organisations, { params });
  }

  campaigns(): Observable<KitCampaignOptionDto[]> {
    return this.http.get<KitCampaignOptionDto[]>(path(CampaignKitPaths.campaigns));
  }

  profile(organisationId: string): Observable<KitProfileDto> {
    return this.http.get<KitProfileDto>(`${ORGANISATIONS}/${organisationId}/profile`);
  }

  saveOpeningHours(organisationId: string, openingHours: string): Observable<KitProfileDto> {
    return this.http.put<KitProfileDto>(`${ORGANISATIONS}/${organisationId}/profile`, { openingHours });
  }

  uploadLogo(organisationId: string, file: File): Observable<HttpEvent<KitProfileDto>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.put<KitProfileDto>(`${ORGANISATIONS}/${organisationId}/logo`, body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  removeLogo(organisationId: string): Observable<void> {
    return this.http.delete<void>(`${ORGANISATIONS}/${organisationId}/logo`);
  }
}

function toDataUrl() {
  return (source: Observable<Blob>): Observable<string> =>
    new Observable<string>((subscriber) =>
      source.subscribe({
        next: (blob) => {
          const reader = new FileReader();
          reader.onload = () => {
            subscriber.next(String(reader.result));
            subscriber.complete();
          };
          reader.onerror = () => subscriber.error(reader.error);
          reader.readAsDataURL(blob);
        },
        error: (error: unknown) => subscriber.error(error),
      }),
    );
}
