import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import {
  AccountDeletionPolicyDto,
  AccountDeletionResultDto,
  BrowserPaths,
  GrantRoleOverrideRequest,
  IdentityGoneResultDto,
  PageDto,
  UserAdminDetailDto,
  UserAdminDto,
  UserListQuery,
} from '@portal/contracts';
import { Observable } from 'rxjs';

/** Typed calls of the user administration API (`users:read`; changes need `users:manage`). */
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

  detail(id: string): Observable<UserAdminDetailDto> {
    return this.http.get<UserAdminDetailDto>(`${BrowserPaths.adminUsers}/${encodeURIComponent(id)}`);
  }

  grant(id: string, body: GrantRoleOverrideRequest): Observable<UserAdminDetailDto> {
    return this.http.post<UserAdminDetailDto>(
      `${BrowserPaths.adminUsers}/${encodeURIComponent(id)}/role-overrides`,
      body,
    );
  }

  revoke(id: string, overrideId: string): Observable<UserAdminDetailDto> {
    return this.http.delete<UserAdminDetailDto>(
      `${BrowserPaths.adminUsers}/${encodeURIComponent(id)}/role-overrides/${encodeURIComponent(overrideId)}`,
    );
  }

  setActive(id: string, active: boolean): Observable<UserAdminDetailDto> {
    return this.http.post<UserAdminDetailDto>(
      `${BrowserPaths.adminUsers}/${encodeURIComponent(id)}/${active ? 'reactivate' : 'deactivate'}`,
      null,
    );
  }

  /** GET /api/admin/account-deletion-policy — what a deletion does to authored content (`users:delete`). */
  deletionPolicy(): Observable<AccountDeletionPolicyDto> {
    return this.http.get<AccountDeletionPolicyDto>(BrowserPaths.adminAccountDeletionPolicy);
  }

  /** DELETE /api/admin/users/:id — deletes the account; personal data goes, content per policy. */
  deleteAccount(id: string): Observable<AccountDeletionResultDto> {
    return this.http.delete<AccountDeletionResultDto>(`${BrowserPaths.adminUsers}/${encodeURIComponent(id)}`);
  }

  /** POST /api/admin/users/identity-gone — deletes the accounts the identity provider reports gone. */
  identityGone(subjects: string[]): Observable<IdentityGoneResultDto> {
    return this.http.post<IdentityGoneResultDto>(`${BrowserPaths.adminUsers}/identity-gone`, { subjects });
  }
}
