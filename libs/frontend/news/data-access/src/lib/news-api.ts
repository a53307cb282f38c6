import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BrowserPaths, NewsDto, NewsFeedDto, NewsFeedQuery } from '@portal/contracts';
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
}
