import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { TaxonomiesPage } from './taxonomies-page';

describe('TaxonomiesPage', () => {
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  function flushLists(): void {
    http.expectOne('/api/campaign-asset-tags').flush({ items: [{ tag: 'Web', assets: 2 }] });
    const list = http.expectOne((r) => r.url === '/api/taxonomies');
    expect(list.request.params.get('inactive')).toBe('true');
    list.flush({
      items: [
        {
          id: 't1',
          key: 'zielgruppen',
          label: 'Zielgruppen',
          section: 'Gute Praxis',
          terms: [
            { id: 'a', label: 'Ältere', position: 0, active: true },
            { id: 'b', label: 'Jüngere', position: 1, active: false },
          ],
        },
      ],
    });
  }

  it('lists every taxonomy with its section, active and deactivated terms, and the campaign tags', async () => {
    const fixture = TestBed.createComponent(TaxonomiesPage);
    fixture.detectChanges();
    flushLists();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    expect(element.querySelector('h2')?.textContent).toContain('Zielgruppen (Gute Praxis)');
    const rows = Array.from(element.querySelectorAll('tbody tr')).map((row) => row.textContent ?? '');
    expect(rows[0]).toContain('aktiv');
    expect(rows[1]).toContain('deaktiviert');
    expect(element.textContent).toContain('Web (2 Materialien)');
  });

  it('deactivates a term with PUT and reloads', async () => {
    const fixture = TestBed.createComponent(TaxonomiesPage);
    fixture.detectChanges();
    flushLists();
    await fixture.whenStable();
    const element = fixture.nativeElement as HTMLElement;
    const button = Array.from(element.querySelectorAll('button')).find(
      (b) => b.getAttribute('aria-label') === 'Deaktivieren: Ältere',
    );
    button?.click();
    const put = http.expectOne('/api/taxonomies/terms/a');
    expect(put.request.body).toEqual({ label: 'Ältere', position: 0, active: false });
    put.flush({ id: 'a', label: 'Ältere', position: 0, active: false });
    flushLists();
    await fixture.whenStable();
    expect(element.textContent).toContain('„Ältere“ wurde deaktiviert.');
  });
});
