import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { SearchApi } from './search-api';

describe('SearchApi', () => {
  let api: SearchApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(SearchApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('repeats list parameters and leaves out empty ones', () => {
    api
      .search({ q: 'E-Akte & mehr', type: ['news', 'event'], state: [], sort: 'date', from: '' })
      .subscribe();
    const request = http.expectOne((r) => r.url === '/api/search');
    expect(request.request.params.getAll('type')).toEqual(['news', 'event']);
    expect(request.request.params.get('q')).toBe('E-Akte & mehr');
    expect(request.request.params.keys().sort()).toEqual(['q', 'sort', 'type']);
    request.flush({});
  });

  it('asks for suggestions and analytics', () => {
    api.suggest('Digi').subscribe();
    http.expectOne('/api/search/suggest?q=Digi').flush({ suggestions: [] });
    api.analytics(7).subscribe();
    http.expectOne('/api/search/analytics?days=7').flush({});
  });
});
