import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { BrowserPaths, PageDto, UserAdminDto, UserListQuery } from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the user administration API (requires `users:read`). */
@Injectable({ providedIn: 'root' })
export class AdminUsersApi {
  private readonly http = inject(HttpClient);

  /** GET /api/admin/users — one page (1-based) of users, optionally searched by name or e-mail. */
  list(query: UserListQuery): Observable<PageDto<UserAdminDto>> {
    let params = new HttpParams();
    if (query.q?.trim()) params = params.set('q', query.q.trim());
    if (query.page) params = params.set('page', query.page);
    if (query.pageSize) params = params.set('pageSize', query.pageSize);
    return this.http.get<PageDto<UserAdminDto>>(BrowserPaths.adminUsers, { params });
  }
}
