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
});
