import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { NetworkOverviewDto, Role } from '@portal/contracts';
import { meFixture } from '../../core/auth/testing/me.fixture';
import { signInAs } from '../../core/auth/testing/sign-in-as';
import { NetworkOverviewPage } from './network-overview-page';

const OVERVIEW: NetworkOverviewDto = {
  from: '2026-09-14',
  to: '2026-12-06',
  weeks: ['2026-11-30'],
  activeUsers: [],
  activeUsersTotal: [],
  practicesAndAdoptions: [],
  campaignRollout: [],
  acknowledgementRates: [],
  acknowledgementMinGroup: 1,
  searchesWithoutResults: [{ query: 'Bürgergeld Rechner', count: 4 }],
};

describe('NetworkOverviewPage', () => {
  async function render(roles: Role[]): Promise<HTMLElement> {
    TestBed.configureTestingModule({
      imports: [NetworkOverviewPage],
      providers: [provideHttpClient(), provideHttpClientTesting(), provideRouter([])],
    });
    await signInAs(meFixture(roles));
    const fixture = TestBed.createComponent(NetworkOverviewPage);
    fixture.detectChanges();
    TestBed.inject(HttpTestingController)
      .expectOne((r) => r.url === '/api/network-overview')
      .flush(OVERVIEW);
    fixture.detectChanges();
    await fixture.whenStable();
    return fixture.nativeElement as HTMLElement;
  }

  const analyticsLinks = (el: HTMLElement) =>
    Array.from(el.querySelectorAll<HTMLAnchorElement>('a[href="/suche/auswertung"]'));

  it('links the search statistics for those who may read them (search:analytics)', async () => {
    const links = analyticsLinks(await render(['coordinator']));
    expect(links.map((link) => link.textContent?.trim())).toEqual([
      'Auswertung der Suche',
      'Auswertung der Suche',
    ]);
  });

  it('links the reported content for those who handle it (content-reports:manage)', async () => {
    const link = (await render(['coordinator'])).querySelector('a[href="/verwaltung/meldungen"]');
    expect(link?.textContent?.trim()).toBe('Gemeldete Inhalte');
  });

  it('shows no link to the reported content without content-reports:manage', async () => {
    expect((await render(['staff'])).querySelector('a[href="/verwaltung/meldungen"]')).toBeNull();
  });

  it('shows no link to the search statistics without search:analytics', async () => {
    const el = await render(['staff']);
    expect(el.querySelector('#search-heading')).not.toBeNull();
    expect(analyticsLinks(el)).toEqual([]);
  });
});
