import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { EventSummaryDto } from '@portal/contracts';
import { EventCalendar } from './event-calendar';

const congress: EventSummaryDto = {
  id: 'e1',
  title: 'Tag der kommunalen Jobcenter',
  startsAt: '2026-11-26T00:00:00Z',
  endsAt: '2026-11-27T00:00:00Z',
  allDay: true,
  place: 'Berlin',
  onlineUrl: null,
  cancelled: false,
  organisation: null,
};

describe('EventCalendar', () => {
  it('renders an accessible month table with events as links and today marked', async () => {
    TestBed.configureTestingModule({ providers: [provideRouter([])] });
    const fixture = TestBed.createComponent(EventCalendar);
    fixture.componentRef.setInput('year', 2026);
    fixture.componentRef.setInput('month', 10);
    fixture.componentRef.setInput('today', '2026-11-25');
    fixture.componentRef.setInput('events', [congress]);
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('caption')?.textContent?.trim()).toBe('November 2026');
    const headers = Array.from(element.querySelectorAll('th[scope=col] abbr')).map((th) =>
      th.getAttribute('title'),
    );
    expect(headers).toEqual([
      'Montag',
      'Dienstag',
      'Mittwoch',
      'Donnerstag',
      'Freitag',
      'Samstag',
      'Sonntag',
    ]);
    const today = element.querySelector('td[aria-current=date]');
    expect(today?.textContent).toContain('Mittwoch, 25. November 2026');
    expect(today?.textContent).toContain('heute');
    const link = element.querySelector('a[href="/termine/e1"]');
    expect(link?.textContent).toContain('Tag der kommunalen Jobcenter');
    expect(link?.closest('td')?.textContent).toContain('Donnerstag, 26. November 2026');

    let moved = 0;
    fixture.componentInstance.next.subscribe(() => moved++);
    const buttons = Array.from(element.querySelectorAll('button'));
    expect(buttons.map((button) => button.textContent?.trim())).toEqual([
      '‹ Vorheriger Monat',
      'Nächster Monat ›',
    ]);
    buttons[1]!.click();
    expect(moved).toBe(1);
  });
});
