import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { ResourcesApi } from './resources-api';

describe('ResourcesApi', () => {
  let api: ResourcesApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(ResourcesApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends only the filters that are set', () => {
    api
      .list({ kind: 'guide', topicId: 't1', providerName: '', brokenLinks: false, cursor: 'c2' })
      .subscribe();
    const request = http.expectOne((r) => r.url === '/api/resources');
    expect(request.request.params.keys().sort()).toEqual(['cursor', 'kind', 'topicId']);
    request.flush({ items: [], nextCursor: null });
  });

  it('rates with PUT and reviews with the version', () => {
    api.rate('a/b', 4).subscribe();
    const rate = http.expectOne('/api/resources/a%2Fb/rating');
    expect(rate.request.method).toBe('PUT');
    expect(rate.request.body).toEqual({ value: 4 });
    rate.flush({ average: 4, count: 1, mine: 4 });

    api.reject('r1', { version: 2, comment: 'Gibt es schon' }).subscribe();
    const reject = http.expectOne('/api/resources/r1/reject');
    expect(reject.request.body).toEqual({ version: 2, comment: 'Gibt es schon' });
    reject.flush({});

    api.setCollectionItems('c1', ['b', 'a']).subscribe();
    const items = http.expectOne('/api/resource-collections/c1/items');
    expect(items.request.method).toBe('PUT');
    expect(items.request.body).toEqual({ resourceIds: ['b', 'a'] });
    items.flush({});
  });
});
