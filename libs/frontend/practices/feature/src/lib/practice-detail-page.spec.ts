import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PracticeAdoptionsDto, PracticeDto } from '@portal/contracts';
import { CurrentUser } from '@portal/frontend/shared/util';
import { signal } from '@angular/core';
import { PracticeDetailPage } from './practice-detail-page';

const practice: PracticeDto = {
  id: 'p-1',
  title: 'Aufsuchende Beratung',
  summary: 'Beratung vor Ort',
  status: 'in-review',
  organisation: {
    id: 'o-1',
    key: 'landkreis-biberach',
    name: 'Landkreis Biberach',
    kind: 'jobcenter',
    state: 'Baden-Württemberg',
  },
  targetGroups: [{ id: 't-1', label: 'Langzeitarbeitslose', position: 0, active: true }],
  fields: [],
  hasKeyFigures: true,
  adoptionCount: 0,
  helpfulCount: 0,
  publishedAt: null,
  updatedAt: '2026-03-01T10:00:00.000Z',
  demo: false,
  situation: '<script>alert(1)</script>',
  approach: 'Wir gehen hin.',
  results: '',
  duration: '',
  costs: '',
  partners: '',
  transferability: '',
  keyFigures: [{ label: 'Teilnehmende', value: '120', unit: 'Personen' }],
  contact: { name: 'Aylin Demir', role: '', email: 'a@example.org', phone: '' },
  author: { id: 'u-1', displayName: 'Aylin Demir' },
  reviewComment: null,
  submittedAt: '2026-03-01T10:00:00.000Z',
  archivedAt: null,
  privacyConfirmedAt: null,
  images: [],
  attachments: [],
  version: 2,
  createdAt: '2026-03-01T09:00:00.000Z',
  may: { edit: false, submit: false, review: true, archive: false, delete: false, adopt: false },
  following: false,
  bookmarked: false,
  helpfulByMe: false,
  adoptedByMyOrganisation: false,
};
const noAdoptions: PracticeAdoptionsDto = { count: 0, byState: [], items: [] };

describe('PracticeDetailPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  beforeEach(async () => {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [{ path: 'gute-praxis/:id', component: PracticeDetailPage }],
          withComponentInputBinding(),
        ),
        { provide: CurrentUser, useValue: { me: signal(null), can: () => true } },
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/gute-praxis/p-1', PracticeDetailPage);
  });

  const el = () => harness.routeNativeElement as HTMLElement;

  it('shows the entry as text and offers the review to a reviewer', async () => {
    http.expectOne('/api/practices/p-1').flush(practice);
    await harness.fixture.whenStable();
    http.expectOne('/api/practices/p-1/adoptions').flush(noAdoptions);
    await harness.fixture.whenStable();

    expect(el().querySelector('h1')?.textContent).toBe('Aufsuchende Beratung');
    expect(el().textContent).toContain('<script>alert(1)</script>');
    expect(el().querySelector('script')).toBeNull();
    expect(el().textContent).toContain('Zur Prüfung');
    const buttons = Array.from(el().querySelectorAll('button')).map((button) => button.textContent?.trim());
    expect(buttons).toContain('Veröffentlichen');
    expect(buttons).toContain('Mit Kommentar zurückgeben');
    expect(buttons).not.toContain('Wir setzen das auch um');
    expect(el().textContent).toContain('Noch kein anderes Jobcenter hat eine Übernahme gemeldet.');
  });

  it("tells the reviewer that the author confirmed the privacy guard's findings", async () => {
    http
      .expectOne('/api/practices/p-1')
      .flush({ ...practice, privacyConfirmedAt: '2026-03-01T10:00:00.000Z' });
    await harness.fixture.whenStable();
    http.expectOne('/api/practices/p-1/adoptions').flush(noAdoptions);
    await harness.fixture.whenStable();
    const review = el().querySelector('section.review');
    expect(review?.textContent?.replace(/\s+/g, ' ')).toMatch(
      /Die Autorin\/der Autor hat Hinweise der Datenschutzprüfung bestätigt \(am \d{2}\.\d{2}\.2026/,
    );
  });

  it('says nothing about the privacy guard when nothing was confirmed', async () => {
    http.expectOne('/api/practices/p-1').flush(practice);
    await harness.fixture.whenStable();
    http.expectOne('/api/practices/p-1/adoptions').flush(noAdoptions);
    await harness.fixture.whenStable();
    expect(el().textContent).not.toContain('Datenschutzprüfung');
  });

  it('shows „not found“ for an entry the API does not show', async () => {
    http.expectOne('/api/practices/p-1').flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    expect(el().querySelector('h1')?.textContent).toBe('Seite nicht gefunden');
  });
});
