import { provideHttpClient } from '@angular/common/http';
import { HttpTestingController, provideHttpClientTesting } from '@angular/common/http/testing';
import { TestBed } from '@angular/core/testing';
import { provideRouter, withComponentInputBinding } from '@angular/router';
import { RouterTestingHarness } from '@angular/router/testing';
import {
  PracticeAdoptionsDto,
  PracticeContent,
  PracticeDto,
  PracticeVersionListDto,
  TaxonomyListDto,
} from '@portal/contracts';
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

  async function loaded(entry: PracticeDto = practice): Promise<void> {
    http.expectOne('/api/practices/p-1').flush(entry);
    await harness.fixture.whenStable();
    http.expectOne('/api/practices/p-1/adoptions').flush(noAdoptions);
    await harness.fixture.whenStable();
  }

  it('tells editors which attachment has no searchable text (a scanned PDF), readers nothing', async () => {
    const attachment = (name: string, textMissing: boolean | null) => ({
      id: `f-${name}`,
      name,
      mediaType: 'application/pdf',
      size: 2048,
      url: `/api/practices/p-1/files/f-${name}`,
      textMissing,
    });
    await loaded({
      ...practice,
      attachments: [
        attachment('Scan.pdf', true),
        attachment('Text.pdf', false),
        attachment('Flyer.pdf', null),
      ],
    });
    const item = (name: string) =>
      Array.from(el().querySelectorAll('li')).find((li) => li.querySelector('a')?.textContent === name)
        ?.textContent ?? '';
    expect(item('Scan.pdf')).toContain('Text nicht durchsuchbar (gescanntes PDF?)');
    expect(item('Text.pdf')).toContain('Text.pdf');
    expect(item('Text.pdf')).not.toContain('nicht durchsuchbar');
    expect(item('Flyer.pdf')).not.toContain('nicht durchsuchbar');
  });

  const button = (name: RegExp) =>
    Array.from(el().querySelectorAll('button')).find((candidate) => name.test(candidate.textContent ?? ''))!;

  it('diffs key figures, contact and terms too, not only the text fields', async () => {
    await loaded();
    button(/Versionen und Änderungen anzeigen/).click();
    const content: PracticeContent = {
      title: practice.title,
      summary: practice.summary,
      situation: practice.situation,
      approach: practice.approach,
      results: '',
      duration: '2024',
      costs: '',
      partners: '',
      transferability: '',
      keyFigures: [{ label: 'Teilnehmende', value: '100', unit: 'Personen' }],
      contact: { name: 'Aylin Demir', role: '', email: 'a@example.org', phone: '' },
      targetGroupIds: ['t-1'],
      fieldIds: ['gone'],
    };
    const versions: PracticeVersionListDto = {
      items: [
        {
          version: 7,
          number: 2,
          editedAt: '2026-03-02T10:00:00.000Z',
          editedBy: null,
          content: {
            ...content,
            duration: '2024–2025',
            keyFigures: [{ label: 'Teilnehmende', value: '120', unit: 'Personen' }],
            contact: { ...content.contact, phone: '07351 52-0' },
            targetGroupIds: ['t-1', 't-2'],
            fieldIds: ['f-1'],
          },
        },
        { version: 1, number: 1, editedAt: '2026-03-01T10:00:00.000Z', editedBy: null, content },
      ],
    };
    http.expectOne('/api/practices/p-1/versions').flush(versions);
    const taxonomies = {
      items: [
        {
          key: 'zielgruppen',
          label: 'Zielgruppen',
          terms: [
            { id: 't-1', label: 'Langzeitarbeitslose', position: 0, active: true },
            { id: 't-2', label: 'Alleinerziehende', position: 1, active: true },
          ],
        },
        {
          key: 'handlungsfelder',
          label: 'Handlungsfelder',
          terms: [{ id: 'f-1', label: 'Digitalisierung', position: 0, active: true }],
        },
      ],
    } as unknown as TaxonomyListDto;
    http.expectOne('/api/taxonomies').flush(taxonomies);
    await harness.fixture.whenStable();

    const section = el().querySelector('section[aria-labelledby="versionen"]')!;
    const headings = Array.from(section.querySelectorAll('h3')).map((heading) => heading.textContent?.trim());
    expect(headings).toEqual(['Zielgruppen', 'Handlungsfelder', 'Kennzahlen', 'Laufzeit', 'Ansprechperson']);
    const text = section.textContent ?? '';
    expect(text).toContain('Alleinerziehende');
    expect(text).toContain('Digitalisierung');
    expect(text).toContain('(zusammengeführter Begriff)');
    expect(text).toContain('07351 52-0');
    expect(section.querySelector('option')?.textContent).toContain('Version 2');
  });

  it.each([
    ['Folgen', '/api/practices/p-1/follow', 'PUT'],
    ['Auf die Merkliste', '/api/bookmarks/practice/p-1', 'PUT'],
    ['Hilfreich', '/api/practices/p-1/helpful', 'PUT'],
  ])('says in German when „%s“ failed and keeps the toggle as it was', async (label, url, method) => {
    await loaded({ ...practice, status: 'published' });
    const toggle = button(new RegExp(`^\\s*${label}`));
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    toggle.click();
    http
      .expectOne({ url, method })
      .flush(
        { status: 503, title: 'Nicht verfügbar', detail: 'Der Dienst ist gerade nicht erreichbar.' },
        { status: 503, statusText: 'Service Unavailable' },
      );
    await harness.fixture.whenStable();
    const alert = el().querySelector('[role="alert"]');
    expect(alert?.textContent).toContain('Der Dienst ist gerade nicht erreichbar.');
    expect(button(new RegExp(`^\\s*${label}`)).getAttribute('aria-pressed')).toBe('false');
    expect(el().querySelector('[aria-live="polite"]')?.textContent?.trim()).toBe('');
  });

  it('shows „not found“ for an entry the API does not show', async () => {
    http.expectOne('/api/practices/p-1').flush({ status: 404 }, { status: 404, statusText: 'Not Found' });
    await harness.fixture.whenStable();
    expect(el().querySelector('h1')?.textContent).toBe('Seite nicht gefunden');
  });
});
