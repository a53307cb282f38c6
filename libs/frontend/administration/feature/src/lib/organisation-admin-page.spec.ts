import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { OrganisationImportResultDto } from '@portal/contracts';
import { OrganisationAdminPage } from './organisation-admin-page';

describe('OrganisationAdminPage', () => {
  let http: HttpTestingController;

  async function render() {
    TestBed.configureTestingModule({
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    http = TestBed.inject(HttpTestingController);
    const fixture = TestBed.createComponent(OrganisationAdminPage);
    fixture.detectChanges();
    http.expectOne((r) => r.url === '/api/organisations').flush({ items: [], total: 0, nextCursor: null });
    await fixture.whenStable();
    return { fixture, element: fixture.nativeElement as HTMLElement };
  }

  afterEach(() => http.verify());

  function choose(element: HTMLElement, content: string): void {
    const input = element.querySelector('#import-file') as HTMLInputElement;
    Object.defineProperty(input, 'files', {
      value: [new File([content], 'verzeichnis.csv', { type: 'text/csv' })],
    });
    input.dispatchEvent(new Event('change'));
  }

  it('shows the per-row report of a preview and offers no commit while rows have errors', async () => {
    const { fixture, element } = await render();
    choose(element, 'name,kind,state,category');
    fixture.detectChanges();
    const previewButton = Array.from(element.querySelectorAll('button')).find((b) =>
      b.textContent?.includes('Prüfen'),
    )!;
    previewButton.click();
    const request = http.expectOne('/api/admin/organisations/import');
    expect((request.request.body as FormData).get('dryRun')).toBe('true');
    const report: OrganisationImportResultDto = {
      dryRun: true,
      committed: false,
      fileErrors: [],
      rows: [
        {
          line: 2,
          name: 'A',
          kind: 'jobcenter',
          state: 'Atlantis',
          category: 'Landkreis',
          action: 'error',
          errors: ['Unbekanntes Bundesland „Atlantis“.'],
          warnings: [],
        },
      ],
      created: 0,
      unchanged: 0,
      errorRows: 1,
    };
    request.flush(report);
    fixture.detectChanges();
    expect(element.querySelector('table.report')?.textContent).toContain(
      'Unbekanntes Bundesland „Atlantis“.',
    );
    expect(element.textContent).toContain('1 mit Fehlern');
    expect(
      Array.from(element.querySelectorAll('button')).some((b) => b.textContent?.includes('übernehmen')),
    ).toBe(false);
  });
});
