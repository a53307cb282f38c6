import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AuditEntryDto } from '@portal/contracts';
import { AuditLogPage } from './audit-log-page';

function entry(id: string, summary: string): AuditEntryDto {
  return {
    id,
    occurredAt: '2026-03-29T01:30:00Z',
    action: 'news.published',
    actorId: 'u1',
    actorName: 'Katrin Koordination',
    targetType: 'news',
    targetId: 'n1',
    summary,
    ipAddress: '192.0.2.10',
  };
}

describe('AuditLogPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(AuditLogPage);
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => http.verify());

  it('shows entries with German labels and Berlin time, and loads more by cursor', async () => {
    const fixture = await render();
    http
      .expectOne('/api/admin/audit?limit=50')
      .flush({ items: [entry('a', 'Erste Meldung')], nextCursor: 'c1' });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const cells = Array.from(page.querySelectorAll('tbody td')).map((cell) => cell.textContent?.trim());
    // 01:30 UTC on the day summer time begins is 03:30 in Berlin.
    expect(cells).toEqual([
      '29.03.2026, 03:30 Uhr',
      'Neuigkeit veröffentlicht',
      'Katrin Koordination',
      'Erste Meldung',
      '192.0.2.10',
    ]);
    expect(page.querySelector('.count')?.textContent).toContain('1 Eintrag angezeigt, weitere vorhanden.');

    (page.querySelector('.more button') as HTMLButtonElement).click();
    http
      .expectOne('/api/admin/audit?cursor=c1&limit=50')
      .flush({ items: [entry('b', 'Zweite')], nextCursor: null });
    await fixture.whenStable();
    expect(page.querySelectorAll('tbody tr')).toHaveLength(2);
    expect(page.querySelector('.more button')).toBeNull();
  });

  it('filters by action and period, and the CSV link carries the same filter', async () => {
    const fixture = await render();
    http.expectOne('/api/admin/audit?limit=50').flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.textContent).toContain('Keine Einträge für diese Auswahl.');

    const select = page.querySelector('#audit-action') as HTMLSelectElement;
    select.value = select.options[2]!.value;
    select.dispatchEvent(new Event('change'));
    const from = page.querySelector('#audit-from') as HTMLInputElement;
    from.value = '2026-11-01';
    from.dispatchEvent(new Event('input'));
    fixture.detectChanges();
    (page.querySelector('form') as HTMLFormElement).dispatchEvent(new Event('submit'));
    http
      .expectOne('/api/admin/audit?action=auth.sign-in-failed&from=2026-11-01&limit=50')
      .flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    const link = page.querySelector('a[download]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe(
      '/api/admin/audit/export?action=auth.sign-in-failed&from=2026-11-01',
    );
  });

  it('says in German when the log cannot be loaded', async () => {
    const fixture = await render();
    http
      .expectOne('/api/admin/audit?limit=50')
      .flush(
        { title: 'Keine Berechtigung', detail: 'Nur für die Administration.' },
        { status: 403, statusText: 'Forbidden' },
      );
    await fixture.whenStable();
    expect((fixture.nativeElement as HTMLElement).querySelector('[role="alert"]')?.textContent).toContain(
      'Nur für die Administration.',
    );
  });
});
