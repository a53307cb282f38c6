import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import type { CampaignListDto, CampaignRolloutDto, CampaignStatisticsDto } from '@portal/contracts';
import { StatisticsPage } from './statistics-page';

const campaigns = {
  items: [{ id: 'c1', name: 'Kampagne 2026', status: 'active' }],
} as unknown as CampaignListDto;

function stats(kitDownloads: number): CampaignStatisticsDto {
  return {
    from: '2026-03-01',
    to: '2026-03-02',
    total: 3 + kitDownloads,
    topAssets: [{ id: 'a1', title: 'Plakat', type: 'poster', downloads: 3, organisations: 2 }],
    kit: { downloads: kitDownloads, organisations: kitDownloads ? 1 : 0 },
    perDay: [
      { day: '2026-03-01', downloads: 0, kitDownloads: 0 },
      { day: '2026-03-02', downloads: 3, kitDownloads },
    ],
  };
}

const rollout: CampaignRolloutDto = { campaignId: 'c1', jobcenters: 1, reached: 1, states: [] };

async function setUp() {
  TestBed.configureTestingModule({
    providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
  });
  const fixture = TestBed.createComponent(StatisticsPage);
  const http = TestBed.inject(HttpTestingController);
  http.expectOne('/api/campaigns').flush(campaigns);
  await fixture.whenStable();
  http
    .expectOne((r) => r.url === '/api/campaigns/statistics' && r.params.get('campaignId') === 'c1')
    .flush(stats(2));
  http.expectOne('/api/campaigns/c1/rollout').flush(rollout);
  await fixture.whenStable();
  return { fixture, http, element: fixture.nativeElement as HTMLElement };
}

describe('StatisticsPage', () => {
  afterEach(() => TestBed.inject(HttpTestingController).verify());

  it('lists the personalised kit downloads as their own entry, per day and among the top material', async () => {
    const { element } = await setUp();
    const top = element.querySelector('[aria-labelledby="top-heading"] tbody')!;
    const kitRow = Array.from(top.querySelectorAll('tr')).find((row) =>
      row.textContent?.includes('Kampagnen-Kit (personalisiert)'),
    );
    expect(kitRow?.querySelectorAll('td')[1]?.textContent?.trim()).toBe('2');
    const perDayHeader = element.querySelector('#per-day-caption')!.closest('table')!.querySelector('thead')!;
    expect(perDayHeader.textContent).toContain('Kampagnen-Kit (personalisiert)');
    const lastDay = Array.from(
      element.querySelector('#per-day-caption')!.closest('table')!.querySelectorAll('tbody tr'),
    ).at(-1)!;
    expect(Array.from(lastDay.querySelectorAll('td')).map((td) => td.textContent?.trim())).toEqual([
      '3',
      '2',
    ]);
    expect(element.textContent).toContain('5 Downloads');
  });

  it('offers „Alle Kampagnen“: the network totals without a campaign, and no roll-out', async () => {
    const { fixture, http, element } = await setUp();
    const select = element.querySelector<HTMLSelectElement>('select[name="campaign"]')!;
    const all = Array.from(select.options).find((option) => option.text.trim() === 'Alle Kampagnen');
    expect(all).toBeDefined();
    select.value = all!.value;
    select.dispatchEvent(new Event('change'));
    await fixture.whenStable();
    const request = http.expectOne((r) => r.url === '/api/campaigns/statistics');
    expect(request.request.params.has('campaignId')).toBe(false);
    request.flush(stats(0));
    http.expectNone('/api/campaigns/c1/rollout');
    await fixture.whenStable();
    expect(element.querySelector('#rollout-heading')).toBeNull();
    expect(element.textContent).toContain('einzelnen Kampagne');
  });
});
