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
