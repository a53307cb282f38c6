import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NotificationBell } from './notification-bell';

describe('NotificationBell', () => {
  it('names the unread count and announces later changes politely', () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(NotificationBell);
    fixture.componentRef.setInput('unread', 3);
    fixture.detectChanges();
    const element = fixture.nativeElement as HTMLElement;
    const link = element.querySelector('a')!;
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, 3 ungelesen');
    expect(link.getAttribute('href')).toBe('/benachrichtigungen');
    const live = element.querySelector('[aria-live="polite"]')!;
    expect(live.textContent?.trim()).toBe('');

    fixture.componentRef.setInput('unread', 1234);
    fixture.detectChanges();
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, 1.234 ungelesen');
    expect(live.textContent?.trim()).toBe('Benachrichtigungen, 1.234 ungelesen');
    expect(element.querySelector('.count')?.textContent).toBe('99+');

    fixture.componentRef.setInput('unread', 0);
    fixture.detectChanges();
    expect(link.getAttribute('aria-label')).toBe('Benachrichtigungen, keine ungelesen');
  });
});
