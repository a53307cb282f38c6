import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { AssetSelection } from '@portal/frontend/campaigns/data-access';
import { CurrentUser } from '@portal/frontend/shared/util';
import { startDownload } from './download';
import { SelectionPage } from './selection-page';

jest.mock('./download', () => ({ startDownload: jest.fn() }));

async function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: CurrentUser, useValue: { me: signal({ id: 'u1' }), can: () => false } },
    ],
  });
  const selection = TestBed.inject(AssetSelection);
  selection.add({ id: 'a1', title: 'Plakat', campaignId: 'c1', campaignName: 'Sichtbar' });
  selection.add({ id: 'a2', title: 'Flyer alt', campaignId: 'c2', campaignName: 'Verborgen' });
  const fixture = TestBed.createComponent(SelectionPage);
  await fixture.whenStable();
  const element = fixture.nativeElement as HTMLElement;
  Array.from(element.querySelectorAll('button'))
    .find((b) => b.textContent?.includes('Auswahl als ZIP herunterladen'))!
    .click();
  return { fixture, element, selection, http: TestBed.inject(HttpTestingController) };
}

describe('SelectionPage: basket ZIP', () => {
  beforeEach(() => {
    localStorage.clear();
    jest.mocked(startDownload).mockClear();
  });

  it('drops items of a campaign that is no longer visible, names them, and zips the rest', async () => {
    const { fixture, element, selection, http } = await setUp();
    http.expectOne('/api/campaigns/c1').flush({ id: 'c1', termsAccepted: true });
    http
      .expectOne('/api/campaigns/c2')
      .flush({ title: 'Nicht gefunden', status: 404 }, { status: 404, statusText: 'Not Found' });
    const zip = '/api/campaign-assets/zip?ids=a1';
    http.expectOne((r) => r.method === 'HEAD' && r.urlWithParams === zip).flush(null);
    await fixture.whenStable();
    expect(selection.items().map((item) => item.id)).toEqual(['a1']);
    const status = element.querySelector('[role="status"]')?.textContent ?? '';
    expect(status).toContain('Nicht mehr verfügbar und aus der Auswahl entfernt: „Flyer alt“.');
    expect(status).toContain('Der Download der ZIP-Datei beginnt.');
    expect(startDownload).toHaveBeenCalledWith(zip);
  });

  it("shows the server's reason instead of downloading when the ZIP would fail", async () => {
    const { fixture, element, http } = await setUp();
    http.expectOne('/api/campaigns/c1').flush({ id: 'c1', termsAccepted: true });
    http.expectOne('/api/campaigns/c2').flush({ id: 'c2', termsAccepted: true });
    const zip = '/api/campaign-assets/zip?ids=a1,a2';
    http
      .expectOne((r) => r.method === 'HEAD' && r.urlWithParams === zip)
      .flush(null, { status: 404, statusText: 'Not Found' });
    const detail = 'Von Ihrer Auswahl ist nichts (mehr) zum Herunterladen verfügbar.';
    http
      .expectOne((r) => r.method === 'GET' && r.urlWithParams === zip)
      .flush({ title: 'Nicht gefunden', status: 404, detail }, { status: 404, statusText: 'Not Found' });
    await fixture.whenStable();
    expect(element.querySelector('[role="status"]')?.textContent).toContain(detail);
    expect(startDownload).not.toHaveBeenCalled();
  });
});
