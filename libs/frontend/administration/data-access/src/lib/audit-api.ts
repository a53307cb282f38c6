import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { AuditListDto, AuditListQuery, BrowserPaths } from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the audit log (requires `audit:read`). */
@Injectable({ providedIn: 'root' })
export class AuditApi {
  private readonly http = inject(HttpClient);

  /** GET /api/admin/audit — one keyset page, newest first. */
  list(query: AuditListQuery): Observable<AuditListDto> {
    return this.http.get<AuditListDto>(BrowserPaths.adminAudit, { params: toParams(query) });
  }

  /** The CSV export of the same filter, as a link for the browser to download. */
  exportUrl(query: Omit<AuditListQuery, 'cursor' | 'limit'>): string {
    const params = toParams(query).toString();
    return `${BrowserPaths.adminAudit}/export${params ? `?${params}` : ''}`;
  }
}

function toParams(query: AuditListQuery): HttpParams {
  let params = new HttpParams();
  for (const key of ['action', 'actorId', 'from', 'to', 'cursor', 'limit'] as const) {
    const value = query[key];
    if (value !== undefined && value !== '') params = params.set(key, value);
  }
  return params;
}
