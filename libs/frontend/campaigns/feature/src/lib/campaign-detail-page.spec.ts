import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssetListDto, CampaignDto } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { CampaignDetailPage } from './campaign-detail-page';
import { startDownload } from './download';

jest.mock('./download', () => ({ startDownload: jest.fn() }));

const campaign: CampaignDto = {
  id: 'c1',
  name: 'Kampagne 2026',
  status: 'active',
  startsOn: '2026-01-01',
  endsOn: null,
  description: '',
  descriptionHtml: '',
  keyMessages: [],
  guidelines: { colours: [], fonts: [], dos: [], donts: [], text: '' },
  usageTerms: 'Bedingungen',
  termsVersion: 1,
  termsAccepted: true,
  version: 1,
  createdAt: '2026-01-01T08:00:00.000Z',
  updatedAt: '2026-01-01T08:00:00.000Z',
};

const ZIP = '/api/campaigns/c1/zip';

async function setUp(assets: number) {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: CurrentUser, useValue: { me: signal(null), can: () => false } },
    ],
  });
  const fixture = TestBed.createComponent(CampaignDetailPage);
  fixture.componentRef.setInput('id', 'c1');
  await fixture.whenStable();
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/campaigns/c1').flush(campaign);
  const list: AssetListDto = { items: [], nextCursor: null };
  http
    .expectOne(
      (request) => request.url === '/api/campaign-assets' && request.params.get('campaignId') === 'c1',
    )
    .flush(assets ? { ...list, items: [{ id: 'a1' }] } : list);
  await fixture.whenStable();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}

function zipButton(element: HTMLElement): HTMLButtonElement | undefined {
  return Array.from(element.querySelectorAll('button')).find((b) =>
    b.textContent?.includes('Alles als ZIP herunterladen'),
  );
}

describe('CampaignDetailPage: whole-campaign ZIP', () => {
  beforeEach(() => jest.mocked(startDownload).mockClear());

  it('asks with HEAD first and reads the German reason out instead of downloading an error', async () => {
    const { fixture, http, element } = await setUp(1);
    zipButton(element)!.click();
    http
      .expectOne((r) => r.method === 'HEAD' && r.url === ZIP)
      .flush(null, { status: 409, statusText: 'Conflict' });
    const detail = 'Die Dateien werden noch geprüft. Bitte versuchen Sie es gleich noch einmal.';
    http
      .expectOne((r) => r.method === 'GET' && r.url === ZIP)
      .flush({ title: 'Konflikt', status: 409, detail }, { status: 409, statusText: 'Conflict' });
    await fixture.whenStable();
    expect(element.querySelector('[role="status"][aria-live="polite"]')?.textContent).toContain(detail);
    expect(startDownload).not.toHaveBeenCalled();
  });

  it('starts the download when the HEAD answers 200', async () => {
    const { fixture, http, element } = await setUp(1);
    zipButton(element)!.click();
    http.expectOne((r) => r.method === 'HEAD' && r.url === ZIP).flush(null);
    await fixture.whenStable();
    expect(startDownload).toHaveBeenCalledWith(ZIP);
    expect(element.textContent).toContain('Der Download der ZIP-Datei beginnt.');
    http.verify();
  });

  it('offers no ZIP when the campaign has no material the user can see', async () => {
    const { element } = await setUp(0);
    expect(zipButton(element)).toBeUndefined();
    expect(element.textContent).toContain('Zu dieser Kampagne gibt es noch kein Material zum Herunterladen.');
  });
});
