import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { UNREAD_POLL_MS, UnreadCountStore } from './unread-count-store';

describe('UnreadCountStore.watch', () => {
  let http: HttpTestingController;
  let store: UnreadCountStore;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    store = TestBed.inject(UnreadCountStore);
  });
  afterEach(() => jest.useRealTimers());

  it('asks at once and then every minute, until stopped', () => {
    const stop = store.watch();
    http.expectOne('/api/notifications/unread-count').flush({ unread: 3 });
    expect(store.unread()).toBe(3);
    jest.advanceTimersByTime(UNREAD_POLL_MS);
    http.expectOne('/api/notifications/unread-count').flush({ unread: 4 });
    expect(store.unread()).toBe(4);
    stop();
    jest.advanceTimersByTime(UNREAD_POLL_MS * 2);
    http.expectNone('/api/notifications/unread-count');
  });

  it('does not poll while the tab is hidden and asks when it is shown again', () => {
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    const stop = store.watch();
    jest.advanceTimersByTime(UNREAD_POLL_MS * 3);
    http.expectNone('/api/notifications/unread-count');
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    http.expectOne('/api/notifications/unread-count').flush({ unread: 0 });
    stop();
    visibility.mockRestore();
  });
});
