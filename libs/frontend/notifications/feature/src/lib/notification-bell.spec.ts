import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { BELL_POLL_MS, NotificationBell } from './notification-bell';

describe('NotificationBell', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    jest.useFakeTimers();
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
  });
  afterEach(() => jest.useRealTimers());

  it('names the unread count, polls every minute and announces changes politely', () => {
    const fixture = TestBed.createComponent(NotificationBell);
    http.expectOne('/api/notifications/unread-count').flush({ unread: 3 });
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const link = element.querySelector('a')!;
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, 3 ungelesen');
    expect(link.getAttribute('href')).toBe('/benachrichtigungen');
    const live = element.querySelector('[aria-live="polite"]')!;
    expect(live.textContent?.trim()).toBe('');

    jest.advanceTimersByTime(BELL_POLL_MS);
    http.expectOne('/api/notifications/unread-count').flush({ unread: 4 });
    fixture.detectChanges();
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, 4 ungelesen');
    expect(live.textContent?.trim()).toBe('Benachrichtigungen, 4 ungelesen');
  });

  it('does not poll while the tab is hidden', () => {
    const visibility = jest.spyOn(document, 'visibilityState', 'get').mockReturnValue('hidden');
    TestBed.createComponent(NotificationBell);
    jest.advanceTimersByTime(BELL_POLL_MS * 3);
    http.expectNone('/api/notifications/unread-count');
    visibility.mockReturnValue('visible');
    document.dispatchEvent(new Event('visibilitychange'));
    http.expectOne('/api/notifications/unread-count').flush({ unread: 0 });
    visibility.mockRestore();
  });
});
