import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { EventsApi } from './events-api';
import { FeedTokenApi } from './feed-token-api';

describe('EventsApi and FeedTokenApi', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for a range or a page of upcoming events', () => {
    const api = TestBed.inject(EventsApi);
    api.range(new Date('2026-11-01T00:00:00Z'), new Date('2026-12-01T00:00:00Z')).subscribe();
    const range = http.expectOne((request) => request.url === '/api/events');
    expect(range.request.params.get('from')).toBe('2026-11-01T00:00:00.000Z');
    expect(range.request.params.get('to')).toBe('2026-12-01T00:00:00.000Z');
    range.flush({ items: [], nextCursor: null });

    api.upcoming('c1').subscribe();
    const page = http.expectOne((request) => request.url === '/api/events');
    expect(page.request.params.get('cursor')).toBe('c1');
    page.flush({ items: [], nextCursor: null });
    expect(api.icsUrl('a/b')).toBe('/api/events/a%2Fb/ics');
  });

  it('rotates and revokes the feed token', () => {
    const api = TestBed.inject(FeedTokenApi);
    api.rotate().subscribe();
    expect(http.expectOne('/api/me/feed-token').request.method).toBe('POST');
    api.revoke().subscribe();
    expect(http.expectOne('/api/me/feed-token').request.method).toBe('DELETE');
  });
});
