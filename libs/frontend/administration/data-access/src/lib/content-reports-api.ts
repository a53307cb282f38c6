import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  BrowserPaths,
  ContentReportDto,
  ContentReportListDto,
  ContentReportStatus,
  ResolveContentReportRequest,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the reports queue (requires `content-reports:manage`). */
@Injectable({ providedIn: 'root' })
export class ContentReportsApi {
  private readonly http = inject(HttpClient);

  /** GET /api/content-reports — one keyset page of one status, newest first. */
  list(status: ContentReportStatus, cursor?: string): Observable<ContentReportListDto> {
    let params = new HttpParams().set('status', status);
    if (cursor) params = params.set('cursor', cursor);
    return this.http.get<ContentReportListDto>(BrowserPaths.contentReports, { params });
  }

  /** POST /api/content-reports/:id/resolve — marks it handled, with an optional note. */
  resolve(id: string, request: ResolveContentReportRequest): Observable<ContentReportDto> {
    return this.http.post<ContentReportDto>(
      `${BrowserPaths.contentReports}/${encodeURIComponent(id)}/resolve`,
      request,
    );
  }
}
