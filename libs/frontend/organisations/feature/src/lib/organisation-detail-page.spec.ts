import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { Title } from '@angular/platform-browser';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { OrganisationProfileDto } from '@portal/contracts';
import { OrganisationDetailPage } from './organisation-detail-page';

const biberach: OrganisationProfileDto = {
  id: 'org-7',
  key: 'landkreis-biberach',
  name: 'Landkreis Biberach',
  kind: 'jobcenter',
  state: 'Baden-Württemberg',
  category: 'Landkreis',
  street: 'Rollinstraße 9',
  postalCode: '88400',
  city: 'Biberach an der Riß',
  website: 'https://www.biberach.de',
  email: null,
  phone: null,
  openingHours: 'Mo–Fr 8–12 Uhr\nDo 14–17 Uhr',
  description: 'Wir sind das Jobcenter im Landkreis.',
  hasLogo: false,
  version: 3,
  mergedIntoId: null,
  contacts: [
    { topic: 'digitalisierung', userId: 'u1', displayName: 'Dana Digital', email: 'dana@example.org' },
  ],
  activity: {
    practices: [{ id: 'p1', title: 'Sprechstunde im Quartier', publishedAt: '2026-02-01T10:00:00Z' }],
    adoptions: [],
    campaigns: [
      { campaignId: 'c1', title: 'Stark. Sozial. Vor Ort.', downloads: 4, lastDownloadOn: '2026-02-02' },
    ],
    kitOutputs: 0,
  },
  mayEdit: true,
  mayAdminister: false,
};

describe('OrganisationDetailPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'jobcenter/:id', component: OrganisationDetailPage }],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/jobcenter/org-7', OrganisationDetailPage);
  });

  afterEach(() => http.verify());

  const el = () => harness.routeNativeElement as HTMLElement;

  it('shows the organisation and names the page after it', async () => {
    http.expectOne('/api/organisations/org-7').flush(biberach);
    await harness.fixture.whenStable();

    expect(el().querySelectorAll('h1')).toHaveLength(1);
    expect(el().querySelector('h1')?.textContent).toBe('Landkreis Biberach');
    expect(el().textContent).toContain('Baden-Württemberg');
    expect(el().querySelector('address')?.textContent).toContain('88400 Biberach an der Riß');
    expect(TestBed.inject(Title).getTitle()).toBe('Landkreis Biberach – Netzwerk-Portal');
  });

  it('shows opening hours, contact persons by topic, activity and the edit link', async () => {
    http.expectOne('/api/organisations/org-7').flush(biberach);
    await harness.fixture.whenStable();
    const text = el().textContent ?? '';
    expect(text).toContain('Do 14–17 Uhr');
    expect(text).toContain('Digitalisierung');
    expect(text).toContain('Dana Digital');
    expect(text).toContain('Sprechstunde im Quartier');
    expect(text).toContain('Stark. Sozial. Vor Ort.: 4 Downloads');
    const edit = el().querySelector('a.edit');
    expect(edit?.getAttribute('href')).toBe('/jobcenter/org-7/bearbeiten');
  });

  it('links to all of its practices in the Gute Praxis list (the page shows only the latest)', async () => {
    http.expectOne('/api/organisations/org-7').flush(biberach);
    await harness.fixture.whenStable();
    const link = Array.from(el().querySelectorAll('a')).find((a) =>
      a.textContent?.includes('Alle Praxisbeispiele von Landkreis Biberach'),
    );
    expect(link?.getAttribute('href')).toBe('/gute-praxis?organisationId=org-7');
  });

  it('shows the not-found content when the API answers 404', async () => {
    http
      .expectOne('/api/organisations/org-7')
      .flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();

    expect(el().querySelector('h1')?.textContent).toBe('Seite nicht gefunden');
    expect(el().textContent).not.toContain('Zurück zum Jobcenter-Verzeichnis');
  });
});
