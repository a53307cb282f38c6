import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import type { MeDto, OrganisationDto } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { PracticesListPage } from './practices-list-page';

const organisation = (id: string, name: string) => ({ id, name, kind: 'jobcenter' }) as OrganisationDto;

describe('PracticesListPage', () => {
  let http: HttpTestingController;

  async function open(url: string): Promise<RouterTestingHarness> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter([{ path: 'gute-praxis', component: PracticesListPage }]),
        { provide: CurrentUser, useValue: { me: signal({ id: 'u1' } as MeDto), can: () => true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    const harness = await RouterTestingHarness.create();
    await harness.navigateByUrl(url, PracticesListPage);
    http.expectOne('/api/taxonomies').flush({ items: [] });
    http.expectOne('/api/practices/recommendations').flush({ items: [], reasons: [] });
    http
      .expectOne((request) => request.url === '/api/organisations')
      .flush({
        items: [organisation('org-7', 'Landkreis Biberach'), organisation('org-9', 'Kreis Offenbach')],
        total: 2,
        nextCursor: null,
      });
    return harness;
  }

  afterEach(() => http.verify());

  it('filters by the organisation of a directory link, and shows that filter in the form', async () => {
    const harness = await open('/gute-praxis?organisationId=org-7');
    const list = http.expectOne((request) => request.url === '/api/practices');
    expect(list.request.params.get('organisationId')).toBe('org-7');
    list.flush({ items: [], nextCursor: null });
    harness.detectChanges();
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const origin = element.querySelector<HTMLSelectElement>('#practice-organisation')!;
    expect(origin.labels?.[0]?.textContent).toBe('Organisation');
    expect(origin.selectedOptions[0]?.textContent).toBe('Landkreis Biberach');
    expect(
      element.querySelector<HTMLSelectElement>('#practice-adopted-by')?.selectedOptions[0]?.textContent,
    ).toBe('Alle');
  });

  it('asks for the entries a Jobcenter adopted when „Übernommen von“ is chosen', async () => {
    const harness = await open('/gute-praxis');
    http.expectOne((request) => request.url === '/api/practices').flush({ items: [], nextCursor: null });
    harness.detectChanges();
    await harness.fixture.whenStable();

    const element = harness.routeNativeElement as HTMLElement;
    const adoptedBy = element.querySelector<HTMLSelectElement>('#practice-adopted-by')!;
    adoptedBy.value = adoptedBy.options[2]!.value;
    adoptedBy.dispatchEvent(new Event('change'));
    element.querySelector('form')!.dispatchEvent(new Event('submit'));
    await harness.fixture.whenStable();

    const list = http.expectOne((request) => request.url === '/api/practices');
    expect(list.request.params.get('adoptedBy')).toBe('org-9');
    list.flush({ items: [], nextCursor: null });
  });
});
