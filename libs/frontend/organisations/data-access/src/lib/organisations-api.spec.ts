import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OrganisationDto, PageDto } from '@portal/contracts';
import { OrganisationsApi } from './organisations-api';

describe('OrganisationsApi', () => {
  let api: OrganisationsApi;
  let http: HttpTestingController;

  beforeEach(() => {
    TestBed.configureTestingModule({ providers: [provideHttpClient(), provideHttpClientTesting()] });
    api = TestBed.inject(OrganisationsApi);
    http = TestBed.inject(HttpTestingController);
  });

  afterEach(() => http.verify());

  it('sends only the filters that are set', () => {
    const page: PageDto<OrganisationDto> = { items: [], total: 0, page: 2, pageSize: 20 };
    let received: PageDto<OrganisationDto> | undefined;
    api.list({ state: 'Hessen', q: '', page: 2, pageSize: 20 }).subscribe((p) => (received = p));

    const request = http.expectOne((r) => r.url === '/api/organisations');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys().sort()).toEqual(['page', 'pageSize', 'state']);
    expect(request.request.params.get('state')).toBe('Hessen');
    request.flush(page);
    expect(received).toEqual(page);
  });

  it('loads one organisation by its encoded id', () => {
    api.get('a/b').subscribe();
    http.expectOne('/api/organisations/a%2Fb').flush({});
  });

  it('collects every page for pickers and stops at the total', () => {
    let received: OrganisationDto[] | undefined;
    api.all().subscribe((items) => (received = items));
    const organisation = (id: string) => ({ id }) as OrganisationDto;
    const first = http.expectOne((r) => r.url === '/api/organisations' && r.params.get('page') === '1');
    expect(first.request.params.get('pageSize')).toBe('100');
    first.flush({ items: [organisation('a'), organisation('b')], total: 3, page: 1, pageSize: 2 });
    http
      .expectOne((r) => r.url === '/api/organisations' && r.params.get('page') === '2')
      .flush({ items: [organisation('c')], total: 3, page: 2, pageSize: 2 });
    expect(received?.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });
});
