import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  SearchAnalyticsDto,
  SearchQueryParams,
  SearchResponseDto,
  SearchSuggestResponseDto,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the portal search API. */
@Injectable({ providedIn: 'root' })
export class SearchApi {
  private readonly http = inject(HttpClient);

  /** GET /api/search — lists become repeated parameters; empty values are left out. */
  search(query: SearchQueryParams): Observable<SearchResponseDto> {
    let params = new HttpParams();
    for (const [key, value] of Object.entries(query)) {
      if (Array.isArray(value)) for (const item of value) params = params.append(key, String(item));
      else if (value !== undefined && value !== null && value !== '') params = params.set(key, String(value));
    }
    return this.http.get<SearchResponseDto>(BrowserPaths.search, { params });
  }

  suggest(q: string): Observable<SearchSuggestResponseDto> {
    return this.http.get<SearchSuggestResponseDto>(`${BrowserPaths.search}/suggest`, { params: { q } });
  }

  analytics(days: number): Observable<SearchAnalyticsDto> {
    return this.http.get<SearchAnalyticsDto>(`${BrowserPaths.search}/analytics`, { params: { days } });
  }
}
