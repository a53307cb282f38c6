import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { OrganisationDto, OrganisationListDto } from '@portal/contracts';
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
    const page: OrganisationListDto = { items: [], total: 0, nextCursor: null };
    let received: OrganisationListDto | undefined;
    api.list({ state: 'Hessen', q: '', category: 'Landkreis', limit: 20 }).subscribe((p) => (received = p));

    const request = http.expectOne((r) => r.url === '/api/organisations');
    expect(request.request.method).toBe('GET');
    expect(request.request.params.keys().sort()).toEqual(['category', 'limit', 'state']);
    expect(request.request.params.get('state')).toBe('Hessen');
    request.flush(page);
    expect(received).toEqual(page);
  });

  it('loads one organisation by its encoded id', () => {
    api.get('a/b').subscribe();
    http.expectOne('/api/organisations/a%2Fb').flush({});
  });

  it('follows the cursor for pickers and stops at its end', () => {
    let received: OrganisationDto[] | undefined;
    api.all().subscribe((items) => (received = items));
    const organisation = (id: string) => ({ id }) as OrganisationDto;
    const first = http.expectOne((r) => r.url === '/api/organisations' && !r.params.has('cursor'));
    expect(first.request.params.get('limit')).toBe('100');
    first.flush({ items: [organisation('a'), organisation('b')], total: 3, nextCursor: 'c1' });
    http
      .expectOne((r) => r.url === '/api/organisations' && r.params.get('cursor') === 'c1')
      .flush({ items: [organisation('c')], total: 3, nextCursor: null });
    expect(received?.map((item) => item.id)).toEqual(['a', 'b', 'c']);
  });

  it('uploads an import file as a preview', () => {
    api.importCsv(new File(['name'], 'a.csv'), true).subscribe();
    const request = http.expectOne('/api/admin/organisations/import');
    expect((request.request.body as FormData).get('dryRun')).toBe('true');
    request.flush({});
  });
});
