import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { PeopleApi } from './people-api';

describe('PeopleApi', () => {
  let api: PeopleApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(PeopleApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('trims the search and passes the cursor', () => {
    api.list({ q: '  Digitalisierung ', cursor: 'abc', limit: 20 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/people');
    expect(request.request.params.get('q')).toBe('Digitalisierung');
    expect(request.request.params.get('cursor')).toBe('abc');
    request.flush({ items: [], nextCursor: null });
  });

  it('omits an empty search and saves the own settings with PUT', () => {
    api.list({ q: ' ' }).subscribe();
    const list = http.expectOne((r) => r.url === '/api/people');
    expect(list.request.params.has('q')).toBe(false);
    list.flush({ items: [], nextCursor: null });

    api.updateProfile({ directoryOptOut: true, jobTitle: null, phone: null, topics: [] }).subscribe();
    const put = http.expectOne('/api/me/directory-profile');
    expect(put.request.method).toBe('PUT');
    expect(put.request.body).toMatchObject({ directoryOptOut: true });
    put.flush({ directoryOptOut: true, jobTitle: null, phone: null, topics: [] });
  });
});
