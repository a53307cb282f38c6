import { HttpClient, HttpEvent, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  NewsAttachmentDto,
  NewsCoverDto,
  NewsDto,
  NewsFeedDto,
  NewsFeedQuery,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the news API. */
@Injectable({ providedIn: 'root' })
export class NewsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/news — the signed-in user's feed, one keyset page. */
  feed(query: NewsFeedQuery = {}): Observable<NewsFeedDto> {
    let params = new HttpParams();
    if (query.cursor) params = params.set('cursor', query.cursor);
    if (query.limit) params = params.set('limit', String(query.limit));
    return this.http.get<NewsFeedDto>(BrowserPaths.news, { params });
  }

  /** GET /api/news/:id */
  get(id: string): Observable<NewsDto> {
    return this.http.get<NewsDto>(`${BrowserPaths.news}/${encodeURIComponent(id)}`);
  }

  /** POST /api/news/:id/attachments — multipart, with upload progress events. */
  uploadAttachment(id: string, file: File): Observable<HttpEvent<NewsAttachmentDto>> {
    return this.http.post<NewsAttachmentDto>(`${this.itemPath(id)}/attachments`, fileForm(file), {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** DELETE /api/news/:id/attachments/:fileId */
  deleteAttachment(id: string, fileId: string): Observable<void> {
    return this.http.delete<void>(`${this.itemPath(id)}/attachments/${encodeURIComponent(fileId)}`);
  }

  /** PUT /api/news/:id/cover — sets or replaces the cover image (PNG, JPEG, WebP) with its alt text. */
  setCover(id: string, file: File, altText: string): Observable<HttpEvent<NewsCoverDto>> {
    return this.http.put<NewsCoverDto>(`${this.itemPath(id)}/cover`, fileForm(file, { altText }), {
      reportProgress: true,
      observe: 'events',
    });
  }

  /** DELETE /api/news/:id/cover */
  deleteCover(id: string): Observable<void> {
    return this.http.delete<void>(`${this.itemPath(id)}/cover`);
  }

  private itemPath(id: string): string {
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
