import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  RejectResourceRequest,
  ResourceCollectionDto,
  ResourceCollectionListDto,
  ResourceDto,
  ResourceFileDto,
  ResourceListQuery,
  ResourcePageDto,
  ResourceProvidersDto,
  ResourceRatingDto,
  ResourceSummaryDto,
  SaveResourceCollectionRequest,
  SaveResourceRequest,
  SuggestResourceRequest,
  TaxonomyListDto,
  UpdateResourceRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the Digitalisierung API (resources, suggestions, ratings, collections). */
@Injectable({ providedIn: 'root' })
export class ResourcesApi {
  private readonly http = inject(HttpClient);

  /** GET /api/resources — one keyset page; empty filters are left out. */
  list(query: ResourceListQuery = {}): Observable<ResourcePageDto> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '' && value !== false)
        params = params.set(key, String(value));
    }
    return this.http.get<ResourcePageDto>(BrowserPaths.resources, { params });
  }

  providers(): Observable<ResourceProvidersDto> {
    return this.http.get<ResourceProvidersDto>(`${BrowserPaths.resources}/providers`);
  }

  taxonomies(): Observable<TaxonomyListDto> {
    return this.http.get<TaxonomyListDto>(BrowserPaths.taxonomies);
  }

  get(id: string): Observable<ResourceDto> {
    return this.http.get<ResourceDto>(this.item(id));
  }

  suggest(request: SuggestResourceRequest): Observable<ResourceDto> {
    return this.http.post<ResourceDto>(`${BrowserPaths.resources}/suggestions`, request);
  }

  mySuggestions(): Observable<{ items: ResourceSummaryDto[] }> {
    return this.http.get<{ items: ResourceSummaryDto[] }>(`${BrowserPaths.resources}/suggestions/mine`);
  }

  suggestions(): Observable<{ items: ResourceSummaryDto[] }> {
    return this.http.get<{ items: ResourceSummaryDto[] }>(`${BrowserPaths.resources}/suggestions`);
  }

  create(request: SaveResourceRequest): Observable<ResourceDto> {
    return this.http.post<ResourceDto>(BrowserPaths.resources, request);
  }

  update(id: string, request: UpdateResourceRequest): Observable<ResourceDto> {
    return this.http.put<ResourceDto>(this.item(id), request);
  }

  remove(id: string): Observable<void> {
    return this.http.delete<void>(this.item(id));
  }

  accept(id: string, version: number): Observable<ResourceDto> {
    return this.http.post<ResourceDto>(`${this.item(id)}/accept`, { version });
  }

  reject(id: string, request: RejectResourceRequest): Observable<ResourceDto> {
    return this.http.post<ResourceDto>(`${this.item(id)}/reject`, request);
  }

  recheckLink(id: string): Observable<void> {
    return this.http.post<void>(`${this.item(id)}/link-check`, {});
  }

  rate(id: string, value: number): Observable<ResourceRatingDto> {
    return this.http.put<ResourceRatingDto>(`${this.item(id)}/rating`, { value });
  }

  unrate(id: string): Observable<ResourceRatingDto> {
    return this.http.delete<ResourceRatingDto>(`${this.item(id)}/rating`);
  }

  uploadFile(id: string, file: File): Observable<HttpEvent<ResourceFileDto>> {
    const body = new FormData();
    body.append('file', file, file.name);
    return this.http.post<ResourceFileDto>(`${this.item(id)}/files`, body, {
      reportProgress: true,
      observe: 'events',
    });
  }

  removeFile(id: string, fileId: string): Observable<void> {
    return this.http.delete<void>(`${this.item(id)}/files/${fileId}`);
  }

  collections(): Observable<ResourceCollectionListDto> {
    return this.http.get<ResourceCollectionListDto>(BrowserPaths.resourceCollections);
  }

  collection(id: string): Observable<ResourceCollectionDto> {
    return this.http.get<ResourceCollectionDto>(
      `${BrowserPaths.resourceCollections}/${encodeURIComponent(id)}`,
    );
  }

  createCollection(request: SaveResourceCollectionRequest): Observable<ResourceCollectionDto> {
    return this.http.post<ResourceCollectionDto>(BrowserPaths.resourceCollections, request);
  }

  updateCollection(id: string, request: SaveResourceCollectionRequest): Observable<ResourceCollectionDto> {
    return this.http.put<ResourceCollectionDto>(
      `${BrowserPaths.resourceCollections}/${encodeURIComponent(id)}`,
      request,
    );
  }

  removeCollection(id: string): Observable<void> {
    return this.http.delete<void>(`${BrowserPaths.resourceCollections}/${encodeURIComponent(id)}`);
  }

  setCollectionItems(id: string, resourceIds: string[]): Observable<ResourceCollectionDto> {
    return this.http.put<ResourceCollectionDto>(
      `${BrowserPaths.resourceCollections}/${encodeURIComponent(id)}/items`,
      { resourceIds },
    );
  }

  private item(id: string): string {
    return `${BrowserPaths.resources}/${encodeURIComponent(id)}`;
  }
}
