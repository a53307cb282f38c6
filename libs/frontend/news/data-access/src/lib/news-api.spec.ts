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

  it('unschedules and archives with a POST carrying the version', () => {
    api.unschedule('abc', 3).subscribe();
    const unschedule = http.expectOne('/api/news/abc/unschedule');
    expect(unschedule.request.method).toBe('POST');
    expect(unschedule.request.body).toEqual({ version: 3 });
    unschedule.flush({});
    api.archive('abc', 4).subscribe();
    const archive = http.expectOne('/api/news/abc/archive');
    expect(archive.request.body).toEqual({ version: 4 });
    archive.flush({});
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

  it('uploads an attachment as multipart with progress events', () => {
    const file = new File(['%PDF-1.7'], 'plan.pdf');
    api.uploadAttachment('n1', file).subscribe();
    const request = http.expectOne('/api/news/n1/attachments');
    expect(request.request.method).toBe('POST');
    expect(request.request.reportProgress).toBe(true);
    expect((request.request.body as FormData).get('file')).toBeInstanceOf(File);
    request.flush({});
  });

  it('sends the cover with its alt text and deletes files', () => {
    api.setCover('n1', new File(['png'], 'bild.png'), 'Ein Bild').subscribe();
    const cover = http.expectOne('/api/news/n1/cover');
    expect(cover.request.method).toBe('PUT');
    expect((cover.request.body as FormData).get('altText')).toBe('Ein Bild');
    cover.flush({});
    api.deleteCover('n1').subscribe();
    expect(http.expectOne('/api/news/n1/cover').request.method).toBe('DELETE');
    api.deleteAttachment('n1', 'f1').subscribe();
    expect(http.expectOne('/api/news/n1/attachments/f1').request.method).toBe('DELETE');
  });
});
