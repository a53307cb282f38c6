import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { FeedLinksSection } from './feed-links-section';

describe('FeedLinksSection', () => {
  it('creates the personal URLs, shows them once and revokes them', async () => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    const http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(FeedLinksSection);
    http.expectOne('/api/me/feed-token').flush({ exists: false, createdAt: null });
    await fixture.whenStable();
    const el = fixture.nativeElement as HTMLElement;
    expect(el.querySelector('h2')?.textContent).toBe('Kalender- und Nachrichten-Feeds');
    expect(el.textContent).toContain('persönlich');
    const create = el.querySelector('button') as HTMLButtonElement;
    expect(create.textContent?.trim()).toBe('Feed-Adressen erzeugen');
    create.click();
    http.expectOne({ method: 'POST', url: '/api/me/feed-token' }).flush({
      createdAt: '2026-11-25T10:00:00Z',
      calendarUrl: 'https://portal.example/api/feeds/t/termine.ics',
      newsUrl: 'https://portal.example/api/feeds/t/neuigkeiten.atom',
    });
    await fixture.whenStable();
    expect((el.querySelector('#feed-calendar-url') as HTMLInputElement).value).toBe(
      'https://portal.example/api/feeds/t/termine.ics',
    );
    const revoke = Array.from(el.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('widerrufen'),
    )!;
    revoke.click();
    http.expectOne({ method: 'DELETE', url: '/api/me/feed-token' }).flush(null);
    await fixture.whenStable();
    expect(el.querySelector('#feed-calendar-url')).toBeNull();
    expect(el.textContent).toContain('Ihre Feed-Adressen wurden widerrufen.');
    http.verify();
  });
});
