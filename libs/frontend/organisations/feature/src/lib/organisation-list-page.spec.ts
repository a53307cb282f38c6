import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { BUNDESLAENDER, OrganisationDto, OrganisationListDto } from '@portal/contracts';
import { OrganisationListPage, SEARCH_DEBOUNCE_MS } from './organisation-list-page';

export function organisation(
  id: string,
  name: string,
  state: OrganisationDto['state'] = 'Hessen',
): OrganisationDto {
  return {
    id,
    key: id,
    name,
    kind: 'jobcenter',
    state,
    category: 'Landkreis',
    street: null,
    postalCode: null,
    city: null,
    website: null,
    email: null,
    phone: null,
    openingHours: null,
    description: null,
    hasLogo: false,
    version: 1,
    mergedIntoId: null,
  };
}

function page(
  items: OrganisationDto[],
  total = items.length,
  nextCursor: string | null = null,
): OrganisationListDto {
  return { items, total, nextCursor };
}

describe('OrganisationListPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;
  let router: Router;

  const el = () => harness.routeNativeElement as HTMLElement;
  const pendingList = (): TestRequest => http.expectOne((r) => r.url === '/api/organisations');

  async function open(url: string): Promise<void> {
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, OrganisationListPage);
    http
      .expectOne('/api/organisations/states')
      .flush(BUNDESLAENDER.map((state) => ({ state, jobcenterCount: state === 'Hessen' ? 16 : 0 })));
  }

  async function respond(request: TestRequest, body: OrganisationListDto): Promise<void> {
    request.flush(body);
    await harness.fixture.whenStable();
  }

  beforeEach(() => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'jobcenter', component: OrganisationListPage }], withComponentInputBinding()),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    router = TestBed.inject(Router);
  });

  afterEach(() => http.verify());

  it('asks the API with the filter from the URL and renders the entries', async () => {
    await open('/jobcenter?land=Hessen&kategorie=Landkreis&q=off');
    const request = pendingList();
    expect(request.request.params.get('state')).toBe('Hessen');
    expect(request.request.params.get('category')).toBe('Landkreis');
    expect(request.request.params.get('q')).toBe('off');
    await respond(
      request,
      page([organisation('o1', 'Kreis Offenbach'), organisation('o2', 'Stadt Offenbach am Main')]),
    );
    const names = Array.from(el().querySelectorAll('h3')).map((h) => h.textContent?.trim());
    expect(names).toEqual(['Kreis Offenbach', 'Stadt Offenbach am Main']);
    expect(el().querySelector('[role="status"]')?.textContent?.trim()).toBe('2 Einträge');
  });

  it('shows the map with a link per Land that has Jobcenter', async () => {
    await open('/jobcenter');
    await respond(pendingList(), page([]));
    const links = Array.from(el().querySelectorAll('svg a')).map((a) => a.getAttribute('aria-label'));
    expect(links).toEqual(['Hessen: 16 kommunale Jobcenter']);
  });

  it('loads more entries with the cursor and appends them', async () => {
    await open('/jobcenter');
    await respond(pendingList(), page([organisation('o1', 'A')], 2, 'next-1'));
    (el().querySelector('button.more') as HTMLButtonElement).click();
    const request = pendingList();
    expect(request.request.params.get('cursor')).toBe('next-1');
    await respond(request, page([organisation('o2', 'B')], 2));
    expect(Array.from(el().querySelectorAll('h3')).map((h) => h.textContent?.trim())).toEqual(['A', 'B']);
    expect(el().querySelector('button.more')).toBeNull();
  });

  it('puts the chosen Bundesland into the URL', async () => {
    await open('/jobcenter');
    await respond(pendingList(), page([]));
    const select = el().querySelector('select') as HTMLSelectElement;
    select.value = 'Bayern';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();
    expect(router.url).toBe('/jobcenter?land=Bayern');
    const request = pendingList();
    expect(request.request.params.get('state')).toBe('Bayern');
    await respond(request, page([]));
    expect(el().textContent).toContain('Keine passenden Einträge');
  });

  it('searches by name after typing pauses, replacing the history entry', async () => {
    await open('/jobcenter?land=Hessen');
    await respond(pendingList(), page([]));
    const navigate = jest.spyOn(router, 'navigate');
    const input = el().querySelector('input[type="search"]') as HTMLInputElement;
    for (const text of ['o', 'of', 'off']) {
      input.value = text;
      input.dispatchEvent(new Event('input'));
    }
    http.expectNone((r) => r.url === '/api/organisations');
    await new Promise((resolve) => setTimeout(resolve, SEARCH_DEBOUNCE_MS + 50));
    await harness.fixture.whenStable();
    expect(navigate).toHaveBeenCalledTimes(1);
    expect(navigate.mock.calls[0]?.[1]).toMatchObject({ replaceUrl: true });
    await respond(pendingList(), page([]));
  });
});
