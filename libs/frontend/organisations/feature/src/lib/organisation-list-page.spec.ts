import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, TestRequest, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Router, provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { OrganisationDto, PageDto } from '@portal/contracts';
import { OrganisationListPage, SEARCH_DEBOUNCE_MS } from './organisation-list-page';

function organisation(id: string, name: string, state: OrganisationDto['state'] = 'Hessen'): OrganisationDto {
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
  };
}

function page(items: OrganisationDto[], total = items.length, pageNumber = 1): PageDto<OrganisationDto> {
  return { items, total, page: pageNumber, pageSize: 20 };
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
  }

  async function respond(request: TestRequest, body: PageDto<OrganisationDto>): Promise<void> {
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
    await open('/jobcenter?land=Hessen&q=off&seite=2');
    const request = pendingList();
    expect(request.request.params.get('state')).toBe('Hessen');
    expect(request.request.params.get('q')).toBe('off');
    expect(request.request.params.get('page')).toBe('2');

    await respond(
      request,
      page([organisation('o1', 'Kreis Offenbach'), organisation('o2', 'Stadt Offenbach am Main')], 22, 2),
    );

    const names = Array.from(el().querySelectorAll('h3')).map((h) => h.textContent?.trim());
    expect(names).toEqual(['Kreis Offenbach', 'Stadt Offenbach am Main']);
    expect(el().querySelector('h1')?.textContent).toBe('Jobcenter-Verzeichnis');
    expect(el().textContent).toContain('Seite 2 von 2');
  });

  it('announces the number of entries politely', async () => {
    await open('/jobcenter');
    await respond(pendingList(), page([organisation('o1', 'Landkreis Biberach', 'Baden-Württemberg')], 53));
    const status = el().querySelector('[role="status"]');
    expect(status?.textContent?.trim()).toBe('53 Einträge');
  });

  it('puts the chosen Bundesland into the URL and starts again on page 1', async () => {
    await open('/jobcenter?seite=3');
    await respond(pendingList(), page([], 53, 3));

    const select = el().querySelector('select') as HTMLSelectElement;
    select.value = 'Bayern';
    select.dispatchEvent(new Event('change'));
    await harness.fixture.whenStable();

    expect(router.url).toBe('/jobcenter?land=Bayern');
    const request = pendingList();
    expect(request.request.params.get('state')).toBe('Bayern');
    expect(request.request.params.get('page')).toBe('1');
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
    expect(router.url).toBe('/jobcenter?land=Hessen&q=off');
    await respond(pendingList(), page([]));
  });

  it('shows an error instead of the list when loading fails', async () => {
    await open('/jobcenter');
    pendingList().flush({ title: 'Fehler' }, { status: 500, statusText: 'Server Error' });
    await harness.fixture.whenStable();
    expect(el().querySelector('[role="alert"]')?.textContent).toContain('konnte nicht geladen werden');
  });
});
