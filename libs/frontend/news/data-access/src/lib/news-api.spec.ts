import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NewsApi } from './news-api';

describe('NewsApi', () => {
  let api: NewsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(NewsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('asks for the next page with the cursor it was given', () => {
    api.feed({ cursor: 'abc', limit: 10 }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/news');
    expect(request.request.params.get('cursor')).toBe('abc');
    expect(request.request.params.get('limit')).toBe('10');
    request.flush({ pinned: [], items: [], nextCursor: null });
  });

  it('sends no empty parameters for the first page', () => {
    api.feed().subscribe();
    const request = http.expectOne((r) => r.url === '/api/news');
    expect(request.request.params.keys()).toEqual([]);
    request.flush({ pinned: [], items: [], nextCursor: null });
  });

  it('passes filters and leaves out empty ones', () => {
    api.feed({ category: 'kampagne', q: 'E-Akte', state: undefined, archived: false }).subscribe();
    const request = http.expectOne((r) => r.url === '/api/news');
    expect(request.request.params.keys()).toEqual(['category', 'q']);
    expect(request.request.params.get('q')).toBe('E-Akte');
    request.flush({ pinned: [], items: [], nextCursor: null });
  });

  it('acknowledges with a POST to the item', () => {
    api.acknowledge('abc').subscribe();
    const request = http.expectOne('/api/news/abc/acknowledgement');
    expect(request.request.method).toBe('POST');
    request.flush({});
  });

  it('loads one item by its encoded id', () => {
    api.get('a/b').subscribe();
    http.expectOne('/api/news/a%2Fb').flush({});
  });
});
