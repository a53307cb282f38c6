import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { AdminUsersApi } from './admin-users-api';

describe('AdminUsersApi', () => {
  let api: AdminUsersApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AdminUsersApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('trims the search and sends the page', () => {
    api.list({ q: '  meier ', page: 3, pageSize: 20 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/admin/users');
    expect(request.request.params.get('q')).toBe('meier');
    expect(request.request.params.get('page')).toBe('3');
    expect(request.request.params.get('pageSize')).toBe('20');
    request.flush({ items: [], total: 0, page: 3, pageSize: 20 });
  });

  it('omits an empty search', () => {
    api.list({ q: ' ', page: 1 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/admin/users');
    expect(request.request.params.has('q')).toBe(false);
    request.flush({ items: [], total: 0, page: 1, pageSize: 20 });
  });
});

describe('AdminUsersApi changes', () => {
  let api: AdminUsersApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(AdminUsersApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('grants, revokes and (de)activates on the user', () => {
    api
      .grant('u1', { role: 'editor', reason: 'Vertretung', expiresAt: '2027-01-01T00:00:00.000Z' })
      .subscribe();
    const grant = http.expectOne('/api/admin/users/u1/role-overrides');
    expect(grant.request.method).toBe('POST');
    grant.flush({});
    api.revoke('u1', 'o1').subscribe();
    expect(http.expectOne('/api/admin/users/u1/role-overrides/o1').request.method).toBe('DELETE');
    api.setActive('u1', false).subscribe();
    http.expectOne('/api/admin/users/u1/deactivate').flush({});
    api.setActive('u1', true).subscribe();
    http.expectOne('/api/admin/users/u1/reactivate').flush({});
  });

  it('reads the deletion policy, deletes one account and sends the identity provider’s list', () => {
    api.deletionPolicy().subscribe();
    http.expectOne({ method: 'GET', url: '/api/admin/account-deletion-policy' }).flush({});
    api.deleteAccount('u 1').subscribe();
    http.expectOne({ method: 'DELETE', url: '/api/admin/users/u%201' }).flush({});
    api.identityGone(['sub-1', 'sub-2']).subscribe();
    const request = http.expectOne({ method: 'POST', url: '/api/admin/users/identity-gone' });
    expect(request.request.body).toEqual({ subjects: ['sub-1', 'sub-2'] });
    request.flush({ deleted: [], unknown: [] });
  });
});
