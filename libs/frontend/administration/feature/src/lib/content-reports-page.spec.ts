import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { ContentReportDto } from '@portal/contracts';
import { ContentReportsPage } from './content-reports-page';

function report(id: string, title: string, overrides: Partial<ContentReportDto> = {}): ContentReportDto {
  return {
    id,
    targetType: 'practice',
    targetId: `p-${id}`,
    title,
    link: `/gute-praxis/p-${id}`,
    reason: 'Enthält den Namen einer Kundin.',
    status: 'open',
    reporter: { id: 'u1', displayName: 'Aylin Demir' },
    createdAt: '2026-11-25T09:30:00Z',
    resolvedAt: null,
    resolver: null,
    resolution: null,
    ...overrides,
  };
}

describe('ContentReportsPage', () => {
  let http: HttpTestingController;

  function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(ContentReportsPage);
    fixture.detectChanges();
    return fixture;
  }

  afterEach(() => http.verify());

  const headings = (page: HTMLElement) =>
    Array.from(page.querySelectorAll('article h2')).map((h) => h.textContent?.replace(/\s+/g, ' ').trim());
  const status = (page: HTMLElement) => page.querySelector('[role="status"]')?.textContent?.trim();

  it('lists open reports with a link to the content, the reason and the reporter, and loads more', async () => {
    const fixture = render();
    http
      .expectOne('/api/content-reports?status=open')
      .flush({ items: [report('a', 'Aufsuchende Beratung')], nextCursor: 'c1' });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.querySelector('h1')?.textContent).toBe('Gemeldete Inhalte');
    expect(headings(page)).toEqual(['Gute Praxis: Aufsuchende Beratung']);
    expect(page.querySelector('article a')?.getAttribute('href')).toBe('/gute-praxis/p-a');
    expect(page.querySelector('article')?.textContent).toContain('Enthält den Namen einer Kundin.');
    expect(page.querySelector('.meta')?.textContent).toContain('25.11.2026, 10:30 Uhr');
    expect(page.querySelector('.meta')?.textContent).toContain('Aylin Demir');
    expect(status(page)).toBe('1 offene Meldung angezeigt, weitere vorhanden.');

    (page.querySelector('.more button') as HTMLButtonElement).click();
    http
      .expectOne('/api/content-reports?status=open&cursor=c1')
      .flush({ items: [report('b', 'Kleiderkammer', { reporter: null })], nextCursor: null });
    await fixture.whenStable();
    expect(headings(page)).toEqual(['Gute Praxis: Aufsuchende Beratung', 'Gute Praxis: Kleiderkammer']);
    expect(page.textContent).toContain('von einer Person, deren Konto gelöscht ist');
    expect(page.querySelector('.more button')).toBeNull();
  });

  it('marks a report as handled with the note, takes it off the list and says so', async () => {
    const fixture = render();
    http.expectOne('/api/content-reports?status=open').flush({
      items: [report('a', 'Aufsuchende Beratung'), report('b', 'Kleiderkammer')],
      nextCursor: null,
    });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    const note = page.querySelector<HTMLTextAreaElement>('#note-a')!;
    expect(page.querySelector('label[for="note-a"]')?.textContent).toContain('Notiz');
    note.value = '  Name entfernt.  ';
    const button = page.querySelector<HTMLButtonElement>('article button')!;
    expect(button.textContent?.replace(/\s+/g, ' ').trim()).toBe(
      'Als erledigt markieren: Aufsuchende Beratung',
    );
    button.click();
    const call = http.expectOne('/api/content-reports/a/resolve');
    expect(call.request.method).toBe('POST');
    expect(call.request.body).toEqual({ resolution: 'Name entfernt.' });
    call.flush(report('a', 'Aufsuchende Beratung', { status: 'resolved', resolution: 'Name entfernt.' }));
    await fixture.whenStable();
    expect(headings(page)).toEqual(['Gute Praxis: Kleiderkammer']);
    expect(status(page)).toBe('Die Meldung zu „Aufsuchende Beratung“ ist als erledigt markiert.');
  });

  it('shows a problem in German and keeps the report when handling fails', async () => {
    const fixture = render();
    http.expectOne('/api/content-reports?status=open').flush({ items: [report('a', 'A')], nextCursor: null });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    page.querySelector<HTMLButtonElement>('article button')!.click();
    http
      .expectOne('/api/content-reports/a/resolve')
      .flush(
        { type: 'about:blank', title: 'Nicht gefunden', status: 404, detail: 'Diese Meldung gibt es nicht.' },
        { status: 404, statusText: 'Not Found' },
      );
    await fixture.whenStable();
    expect(page.querySelector('[role="alert"]')?.textContent).toContain('Diese Meldung gibt es nicht.');
    expect(headings(page)).toEqual(['Gute Praxis: A']);
  });

  it('says when nothing is open, and shows handled reports with who and the note', async () => {
    const fixture = render();
    http.expectOne('/api/content-reports?status=open').flush({ items: [], nextCursor: null });
    await fixture.whenStable();
    const page = fixture.nativeElement as HTMLElement;
    expect(page.textContent).toContain('Keine offenen Meldungen.');
    expect(status(page)).toBe('Keine offenen Meldungen.');

    page.querySelector<HTMLInputElement>('input[value="resolved"]')!.dispatchEvent(new Event('change'));
    http.expectOne('/api/content-reports?status=resolved').flush({
      items: [
        report('a', 'Aufsuchende Beratung', {
          status: 'resolved',
          resolvedAt: '2026-11-26T08:00:00Z',
          resolver: { id: 'k1', displayName: 'Jonas Keller' },
          resolution: 'Name entfernt.',
        }),
      ],
      nextCursor: null,
    });
    await fixture.whenStable();
    const article = page.querySelector('article')!;
    const text = article.textContent?.replace(/\s+/g, ' ');
    expect(text).toContain('Erledigt am 26.11.2026, 09:00 Uhr von Jonas Keller');
    expect(text).toContain('Name entfernt.');
    expect(article.querySelector('button')).toBeNull();
    expect(status(page)).toBe('1 erledigte Meldung.');
  });
});
