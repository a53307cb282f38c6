import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { NotificationsApi } from './notifications-api';
import { UnreadCountStore } from './unread-count-store';

describe('NotificationsApi and UnreadCountStore', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => http.verify());

  it('asks for the next page with the cursor and marks one read by its encoded id', () => {
    const api = TestBed.inject(NotificationsApi);
    api.list({ cursor: 'abc' }).subscribe();
    const page = http.expectOne((r) => r.url === '/api/notifications');
    expect(page.request.params.get('cursor')).toBe('abc');
    page.flush({ items: [], nextCursor: null });
    api.markRead('a/b').subscribe();
    expect(http.expectOne('/api/notifications/a%2Fb/read').request.method).toBe('POST');
  });

  it('keeps the last count when a refresh fails and sends one request at a time', () => {
    const store = TestBed.inject(UnreadCountStore);
    store.refresh();
    store.refresh();
    http.expectOne('/api/notifications/unread-count').flush({ unread: 3 });
    expect(store.unread()).toBe(3);
    store.refresh();
    http.expectOne('/api/notifications/unread-count').flush(null, { status: 503, statusText: 'down' });
    expect(store.unread()).toBe(3);
    store.decrement();
    expect(store.unread()).toBe(2);
  });
});
