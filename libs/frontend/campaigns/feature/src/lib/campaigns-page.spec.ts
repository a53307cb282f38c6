import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { AssetListDto, AssetSummaryDto, CampaignListDto, CampaignSummaryDto } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { CampaignsPage } from './campaigns-page';

function campaign(n: number): CampaignSummaryDto {
  return { id: `c${n}`, name: `Kampagne ${n}`, status: 'active', startsOn: '2026-01-01', endsOn: null };
}

function asset(n: number): AssetSummaryDto {
  return {
    id: `a${n}`,
    title: `Plakat ${n}`,
    type: 'poster',
    tags: [],
    campaign: campaign(1),
    state: 'available',
    roles: [],
    altText: null,
    thumbnailUrl: null,
    previewUrl: null,
    formats: ['pdf'],
    availableFrom: null,
    expiresAt: null,
    latestVersion: 1,
    updatedAt: '2026-03-01T08:00:00.000Z',
  };
}

function setUp() {
  TestBed.configureTestingModule({
    providers: [
      provideHttpClient(),
      provideHttpClientTesting(),
      provideRouter([]),
      { provide: CurrentUser, useValue: { me: signal(null), can: () => false } },
    ],
  });
  const fixture = TestBed.createComponent(CampaignsPage);
  fixture.detectChanges();
  const http = TestBed.inject(HttpTestingController);
  const element = fixture.nativeElement as HTMLElement;
  const cards = () => element.querySelectorAll('.gallery portal-asset-card').length;
  const status = () => element.querySelector('.count')?.textContent?.trim();
  return { fixture, http, element, cards, status };
}

const ASSETS: AssetListDto = { items: [asset(1), asset(2)], nextCursor: 'next' };
const CAMPAIGNS: CampaignListDto = { items: [1, 2, 3, 4, 5].map(campaign) };

describe('CampaignsPage', () => {
  it('shows the material section only once the campaign list above it has arrived (no layout shift)', () => {
    const { fixture, http, element, cards, status } = setUp();
    const campaigns = http.expectOne('/api/campaigns');
    http.expectOne((request) => request.url === '/api/campaign-assets').flush(ASSETS);
    fixture.detectChanges();

    expect(element.textContent).toContain('Kampagnen werden geladen …');
    expect(element.querySelector('#gallery-heading')).toBeNull();
    expect(element.querySelector('.filters')).toBeNull();
    expect(cards()).toBe(0);
    expect(element.textContent).not.toContain('Mehr laden');

    campaigns.flush(CAMPAIGNS);
    fixture.detectChanges();

    expect(element.querySelector('#gallery-heading')?.textContent).toBe('Material');
    expect(cards()).toBe(2);
    expect(status()).toBe('2 Materialien angezeigt, weitere verfügbar.');
    expect(element.textContent).toContain('Mehr laden');
    http.verify();
  });

  it('shows the material when the campaign list fails', () => {
    const { fixture, http, cards } = setUp();
    http.expectOne('/api/campaigns').flush(null, { status: 500, statusText: 'Server Error' });
    http.expectOne((request) => request.url === '/api/campaign-assets').flush(ASSETS);
    fixture.detectChanges();

    expect(fixture.nativeElement.textContent).toContain('Die Kampagnen konnten nicht geladen werden.');
    expect(cards()).toBe(2);
    http.verify();
  });

  it('filters by the tag of a link from the asset page (?schlagwort=) and shows it in the field', async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([]),
        { provide: CurrentUser, useValue: { me: signal(null), can: () => false } },
      ],
    });
    const fixture = TestBed.createComponent(CampaignsPage);
    fixture.componentRef.setInput('schlagwort', 'Plakat');
    fixture.detectChanges();
    const http = TestBed.inject(HttpTestingController);
    http.expectOne('/api/campaigns').flush(CAMPAIGNS);
    http
      .expectOne(
        (request) => request.url === '/api/campaign-assets' && request.params.get('tag') === 'Plakat',
      )
      .flush(ASSETS);
    await fixture.whenStable();
    const field = (fixture.nativeElement as HTMLElement).querySelector(
      'input[name="tag"]',
    ) as HTMLInputElement;
    expect(field.value).toBe('Plakat');
    http.verify();
  });
});
