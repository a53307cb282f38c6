import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AcknowledgementStatsDto,
  AudienceDto,
  BrowserPaths,
  CreateNewsRequest,
  NewsAttachmentDto,
  NewsAudiencePreviewDto,
  NewsCoverDto,
  NewsDraftListDto,
  NewsDto,
  NewsFeedDto,
  NewsFeedQuery,
  NewsPreviewDto,
  PublishNewsRequest,
  UpdateNewsRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the news API. */
@Injectable({ providedIn: 'root' })
export class NewsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/news — the signed-in user's feed (or archive), one keyset page; empty filters are left out. */
  feed(query: NewsFeedQuery = {}): Observable<NewsFeedDto> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (value !== undefined && value !== null && value !== '' && value !== false)
        params = params.set(key, String(value));
    }
    return this.http.get<NewsFeedDto>(BrowserPaths.news, { params });
  }

  /** GET /api/news/drafts — drafts and scheduled items of the author's desk. */
  drafts(): Observable<NewsDraftListDto> {
    return this.http.get<NewsDraftListDto>(`${BrowserPaths.news}/drafts`);
  }

  /** GET /api/news/:id */
  get(id: string): Observable<NewsDto> {
    return this.http.get<NewsDto>(this.item(id));
  }

  create(request: CreateNewsRequest): Observable<NewsDto> {
    return this.http.post<NewsDto>(BrowserPaths.news, request);
  }

  update(id: string, request: UpdateNewsRequest): Observable<NewsDto> {
    return this.http.put<NewsDto>(this.item(id), request);
  }

  publish(id: string, request: PublishNewsRequest): Observable<NewsDto> {
    return this.http.post<NewsDto>(`${this.item(id)}/publish`, request);
  }

  /** POST /api/news/:id/unschedule — a scheduled item back to a draft („Planung aufheben“). */
  unschedule(id: string, version: number): Observable<NewsDto> {
    return this.http.post<NewsDto>(`${this.item(id)}/unschedule`, { version });
  }

  /** POST /api/news/:id/archive — out of the feed, still readable by link and in the archive. */
  archive(id: string, version: number): Observable<NewsDto> {
    return this.http.post<NewsDto>(`${this.item(id)}/archive`, { version });
  }

  /** „Zur Kenntnis genommen“ */
  acknowledge(id: string): Observable<NewsDto> {
    return this.http.post<NewsDto>(`${this.item(id)}/acknowledgement`, {});
  }

  acknowledgements(id: string): Observable<AcknowledgementStatsDto> {
    return this.http.get<AcknowledgementStatsDto>(`${this.item(id)}/acknowledgements`);
  }

  /** The body rendered by the server, exactly as readers will see it. */
  /** GET /api/news/audience-preview — how many active people the audience reaches (a count, never who). */
  audiencePreview(audience: AudienceDto): Observable<NewsAudiencePreviewDto> {
    let params = new HttpParams();
    for (const key of ['states', 'organisationIds', 'roles'] as const)
      for (const value of audience[key]) params = params.append(key, value);
    return this.http.get<NewsAudiencePreviewDto>(`${BrowserPaths.news}/audience-preview`, { params });
  }

  preview(body: string): Observable<NewsPreviewDto> {
    return this.http.post<NewsPreviewDto>(`${BrowserPaths.news}/preview`, { body });
  }

  /** POST /api/news/:id/attachments — multipart, with upload progress events. */
  uploadAttachment(id: string, file: File): Observable<HttpEvent<NewsAttachmentDto>> {
    return this.http.post<NewsAttachmentDto>(`${this.item(id)}/attachments`, fileForm(file), {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** DELETE /api/news/:id/attachments/:fileId */
  deleteAttachment(id: string, fileId: string): Observable<void> {
    return this.http.delete<void>(`${this.item(id)}/attachments/${encodeURIComponent(fileId)}`);
  }

  /** PUT /api/news/:id/cover — sets or replaces the cover image (PNG, JPEG, WebP) with its alt text. */
  setCover(id: string, file: File, altText: string): Observable<HttpEvent<NewsCoverDto>> {
    return this.http.put<NewsCoverDto>(`${this.item(id)}/cover`, fileForm(file, { altText }), {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** DELETE /api/news/:id/cover */
  deleteCover(id: string): Observable<void> {
    return this.http.delete<void>(`${this.item(id)}/cover`);
  }

  private item(id: string): string {
    return `${BrowserPaths.news}/${encodeURIComponent(id)}`;
  }
}

/** The file first, text fields after it: the server reads either order. */
function fileForm(file: File, fields: Record<string, string> = {}): FormData {
  const form = new FormData();
  form.append('file', file, file.name);
  for (const [name, value] of Object.entries(fields)) form.append(name, value);
  return form;
}
