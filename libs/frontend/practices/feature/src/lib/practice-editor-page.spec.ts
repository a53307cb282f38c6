import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { ChangeDetectionStrategy, Component } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import { provideRouter, Router, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import { PracticeDto, PrivacyCheckDto, UpdatePracticeRequest } from '@portal/contracts';
import { PracticeEditorPage } from './practice-editor-page';

@Component({ template: '<h1>Detail</h1>', changeDetection: ChangeDetectionStrategy.OnPush })
class DetailStub {}

const practice: PracticeDto = {
  id: 'p-1',
  title: 'Aufsuchende Beratung',
  summary: 'Beratung vor Ort',
  status: 'published',
  organisation: null,
  targetGroups: [],
  fields: [],
  hasKeyFigures: false,
  adoptionCount: 0,
  helpfulCount: 0,
  publishedAt: '2026-03-01T10:00:00.000Z',
  updatedAt: '2026-03-01T10:00:00.000Z',
  demo: false,
  situation: '',
  approach: 'Wir gehen hin.',
  results: '',
  duration: '',
  costs: '',
  partners: '',
  transferability: '',
  keyFigures: [],
  contact: { name: 'Aylin Demir', role: '', email: 'a@example.org', phone: '' },
  author: { id: 'u-1', displayName: 'Aylin Demir' },
  reviewComment: null,
  submittedAt: '2026-03-01T09:00:00.000Z',
  archivedAt: null,
  privacyConfirmedAt: null,
  images: [],
  attachments: [],
  version: 4,
  createdAt: '2026-03-01T08:00:00.000Z',
  may: { edit: true, submit: false, review: false, archive: true, delete: false, adopt: false },
  following: false,
  bookmarked: false,
  helpfulByMe: false,
  adoptedByMyOrganisation: false,
};
const iban = 'DE89 3704 0044 0532 0130 00';
const withIban: PrivacyCheckDto = {
  findings: [{ field: 'results', kind: 'iban', excerpt: iban }],
};

describe('PracticeEditorPage', () => {
  let harness: RouterTestingHarness;
  let http: HttpTestingController;

  async function open(entry: PracticeDto): Promise<void> {
    TestBed.configureTestingModule({
      providers: [
        provideHttpClient(),
        provideHttpClientTesting(),
        provideRouter(
          [
            { path: 'gute-praxis/neu', component: PracticeEditorPage },
            { path: 'gute-praxis/:id/bearbeiten', component: PracticeEditorPage },
            { path: 'gute-praxis/:id', component: DetailStub },
          ],
          withComponentInputBinding(),
        ),
      ],
    });
    http = TestBed.inject(HttpTestingController);
    harness = await RouterTestingHarness.create();
    await harness.navigateByUrl('/gute-praxis/p-1/bearbeiten', PracticeEditorPage);
    http.expectOne('/api/taxonomies').flush({ items: [] });
    http.expectOne('/api/practices/p-1').flush(entry);
    await harness.fixture.whenStable();
  }

  const el = () => harness.routeNativeElement as HTMLElement;
  const button = (name: string) =>
    Array.from(el().querySelectorAll('button')).find((candidate) => candidate.textContent?.trim() === name);

  async function typeResults(text: string): Promise<void> {
    const results = el().querySelector<HTMLTextAreaElement>('#results');
    if (!results) throw new Error('no results field');
    results.value = text;
    results.dispatchEvent(new Event('input'));
    await harness.fixture.whenStable();
  }

  async function save(name = 'Speichern'): Promise<void> {
    button(name)?.click();
    await harness.fixture.whenStable();
  }

  afterEach(() => http.verify());

  it('shows the findings on saving a published entry and saves only after the confirmation', async () => {
    await open(practice);
    await typeResults(`Zuschuss an ${iban}.`);
    await save();

    const check = http.expectOne('/api/practices/privacy-check');
    expect(check.request.body.results).toBe(`Zuschuss an ${iban}.`);
    // The guard reads everything typed, not only the text fields.
    expect(check.request.body.keyFigures).toEqual(practice.keyFigures);
    expect(check.request.body.contact).toEqual(practice.contact);
    expect(check.request.body.imageAltTexts).toEqual(practice.images.map((image) => image.altText));
    expect(check.request.body.attachmentNames).toEqual(practice.attachments.map((file) => file.name));
    check.flush(withIban);
    await harness.fixture.whenStable();
    // Nothing saved yet: the findings and the confirmation are on screen.
    http.expectNone((request) => request.method === 'PUT');
    expect(el().querySelector('h2#datenschutz')?.textContent).toBe('Bitte prüfen: mögliche Sozialdaten');
    expect(el().textContent).toContain(iban);
    expect(button('Trotzdem speichern')?.disabled).toBe(true);
    expect(TestBed.inject(Router).url).toBe('/gute-praxis/p-1/bearbeiten');

    const confirm = el().querySelector<HTMLInputElement>('input[name="confirmPrivacy"]');
    confirm?.click();
    await harness.fixture.whenStable();
    expect(button('Trotzdem speichern')?.disabled).toBe(false);
    await save('Trotzdem speichern');
    http.expectOne('/api/practices/privacy-check').flush(withIban);
    await harness.fixture.whenStable();

    const put = http.expectOne({ method: 'PUT', url: '/api/practices/p-1' });
    const body = put.request.body as UpdatePracticeRequest;
    expect(body.confirmPrivacy).toBe(true);
    expect(body.version).toBe(4);
    put.flush({ ...practice, results: body.results, version: 5 });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/gute-praxis/p-1');
  });

  it('asks again when the text brings new findings after a confirmation', async () => {
    await open(practice);
    await typeResults(`Zuschuss an ${iban}.`);
    await save();
    http.expectOne('/api/practices/privacy-check').flush(withIban);
    await harness.fixture.whenStable();
    el().querySelector<HTMLInputElement>('input[name="confirmPrivacy"]')?.click();
    await harness.fixture.whenStable();

    await typeResults(`Zuschuss an ${iban}, Frau K., geb. 03.04.1987.`);
    await save();
    http.expectOne('/api/practices/privacy-check').flush({
      findings: [
        ...withIban.findings,
        { field: 'results', kind: 'birth-date', excerpt: 'Frau K., geb. 03.04.1987' },
      ],
    });
    await harness.fixture.whenStable();
    http.expectNone((request) => request.method === 'PUT');
    expect(el().querySelector<HTMLInputElement>('input[name="confirmPrivacy"]')?.checked).toBe(false);
    expect(button('Trotzdem speichern')?.disabled).toBe(true);
  });

  it('saves a published entry without findings straight away', async () => {
    await open(practice);
    await save();
    http.expectOne('/api/practices/privacy-check').flush({ findings: [] });
    await harness.fixture.whenStable();
    const put = http.expectOne({ method: 'PUT', url: '/api/practices/p-1' });
    expect((put.request.body as UpdatePracticeRequest).confirmPrivacy).toBeUndefined();
    put.flush({ ...practice, version: 5 });
    await harness.fixture.whenStable();
    expect(TestBed.inject(Router).url).toBe('/gute-praxis/p-1');
  });

  it('saves a draft without the check (the guard runs on submitting)', async () => {
    await open({ ...practice, status: 'draft', publishedAt: null });
    await save();
    http.expectNone('/api/practices/privacy-check');
    http.expectOne({ method: 'PUT', url: '/api/practices/p-1' }).flush({ ...practice, status: 'draft' });
    await harness.fixture.whenStable();
  });

  it('tells that a new entry without a contact gets the author from the profile, and leaves that to the server', async () => {
    await open({ ...practice, status: 'draft', publishedAt: null });
    const hints = () => Array.from(el().querySelectorAll('.hint')).map((hint) => hint.textContent ?? '');
    expect(hints().some((hint) => hint.includes('bisherige Ansprechperson'))).toBe(true);
    await harness.navigateByUrl('/gute-praxis/neu', PracticeEditorPage);
    http.expectOne('/api/taxonomies').flush({ items: [] });
    await harness.fixture.whenStable();
    expect(el().querySelector<HTMLInputElement>('#contact-name')?.value).toBe('');
    expect(
      hints().some((hint) => hint.includes('Funktion, E-Mail-Adresse und Telefonnummer aus Ihrem Profil')),
    ).toBe(true);
    await save();
    const created = http.expectOne({ method: 'POST', url: '/api/practices' });
    expect(created.request.body.contact).toBeNull();
    created.flush({ ...practice, status: 'draft' });
    await harness.fixture.whenStable();
  });
});
