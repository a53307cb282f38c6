import type {
  CreatePracticeRequest,
  NotificationListDto,
  PracticeAdoptionsDto,
  PracticeDeskDto,
  PracticeDto,
  PracticePageDto,
  PracticeRecommendationsDto,
  PracticeVersionListDto,
  PrivacyCheckDto,
  ProblemDto,
  SimilarPracticesDto,
  TaxonomyListDto,
} from '@portal/contracts';
import { BACKFILL_PUBLISHED_VERSIONS } from '../../../src/core/database/migrations/1796610000030-practice-versions-published';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const LOGINS: DemoLogin[] = [
  'fachkraft.biberach',
  'redaktion.biberach',
  'leitung.biberach',
  'fachkraft.offenbach',
  'redaktion.offenbach',
  'leitung.offenbach',
  'koordination.dlt',
];

describe('practices: Gute Praxis', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;
  let terms: Record<string, string>;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(testApp.baseUrl, LOGINS, as);
    anonymous = new HttpClient(testApp.baseUrl);
    const taxonomies = (await (
      await as['fachkraft.biberach'].get('/api/taxonomies')
    ).json()) as TaxonomyListDto;
    terms = Object.fromEntries(
      taxonomies.items.flatMap((taxonomy) => taxonomy.terms.map((term) => [term.label, term.id])),
    );
  });
  afterAll(() => testApp.close());

  function draft(title: string, overrides: Partial<CreatePracticeRequest> = {}): CreatePracticeRequest {
    return {
      title,
      summary: `Kurz: ${title}`,
      situation: 'Viele Langzeitarbeitslose erreichen wir nicht.',
      approach: 'Wir gehen in die Stadtteile.',
      results: 'Mehr Kontakte.',
      duration: 'seit 2024',
      costs: 'Eigenmittel',
      partners: 'Stadtteilzentrum',
      transferability: 'Zwei Fachkräfte und ein Raum.',
      keyFigures: [{ label: 'Teilnehmende', value: '120', unit: 'Personen' }],
      targetGroupIds: [terms['Langzeitarbeitslose']!],
      fieldIds: [terms['Netzwerkarbeit']!],
      ...overrides,
    };
  }

  async function create(client: HttpClient, request: CreatePracticeRequest): Promise<PracticeDto> {
    return json<PracticeDto>(await client.post('/api/practices', request), 201);
  }

  async function step(
    client: HttpClient,
    practice: PracticeDto,
    action: string,
    body: object = {},
  ): Promise<PracticeDto> {
    return json<PracticeDto>(
      await client.post(`/api/practices/${practice.id}/${action}`, { version: practice.version, ...body }),
      200,
    );
  }

  async function published(
    title: string,
    overrides: Partial<CreatePracticeRequest> = {},
  ): Promise<PracticeDto> {
    const created = await create(as['fachkraft.biberach'], draft(title, overrides));
    const submitted = await step(as['fachkraft.biberach'], created, 'submit');
    return step(as['redaktion.biberach'], submitted, 'publish');
  }

  async function notifications(client: HttpClient): Promise<NotificationListDto> {
    return json<NotificationListDto>(await client.get('/api/notifications?limit=50'), 200);
  }

  it('runs the whole workflow: draft, submit, return with a comment, fix, resubmit, publish — notifying the author', async () => {
    const created = await create(as['fachkraft.biberach'], draft('Aufsuchende Beratung im Quartier'));
    expect(created.status).toBe('draft');
    expect(created.organisation?.name).toBe('Landkreis Biberach');
    // The contact defaults to the author.
    expect(created.contact.name).toBe('Aylin Demir');
    expect(created.contact.email).toBe('fachkraft.biberach@demo.kommunale-jobcenter.example');
    expect(created.may).toMatchObject({ edit: true, submit: true, review: false });

    const submitted = await step(as['fachkraft.biberach'], created, 'submit');
    expect(submitted.status).toBe('in-review');
    const desk = await json<PracticeDeskDto>(await as['redaktion.biberach'].get('/api/practices/desk'), 200);
    expect(desk.toReview.map((item) => item.id)).toContain(created.id);
    expect((await notifications(as['redaktion.biberach'])).items.map((n) => n.kind)).toContain(
      'practice-review',
    );

    const returned = await step(as['redaktion.biberach'], submitted, 'return', {
      comment: 'Bitte Ergebnisse ergänzen.',
    });
    expect(returned.status).toBe('draft');
    expect(returned.reviewComment).toBe('Bitte Ergebnisse ergänzen.');
    const authorInbox = await notifications(as['fachkraft.biberach']);
    expect(authorInbox.items.find((n) => n.kind === 'practice-decision')?.text).toBe(
      'Bitte Ergebnisse ergänzen.',
    );

    const fixed = await json<PracticeDto>(
      await as['fachkraft.biberach'].request('PUT', `/api/practices/${created.id}`, {
        body: {
          ...draft('Aufsuchende Beratung im Quartier'),
          results: 'Mehr Kontakte, 30 Vermittlungen.',
          version: returned.version,
        },
      }),
      200,
    );
    const resubmitted = await step(as['fachkraft.biberach'], fixed, 'submit');
    expect(resubmitted.reviewComment).toBeNull();
    const live = await step(as['redaktion.biberach'], resubmitted, 'publish');
    expect(live.status).toBe('published');
    expect(live.publishedAt).toBe(clock.now().toISOString());
    const titles = (await notifications(as['fachkraft.biberach'])).items.map((n) => n.title);
    expect(titles).toContain('Veröffentlicht: Aufsuchende Beratung im Quartier');

    const list = await json<PracticePageDto>(
      await as['fachkraft.offenbach'].get('/api/practices?limit=50'),
      200,
    );
    expect(list.items.map((item) => item.id)).toContain(created.id);

    // Published: the author no longer edits, the editor does (with a history and diff material).
    const authorEdit = await as['fachkraft.biberach'].request('PUT', `/api/practices/${created.id}`, {
      body: { ...draft('Neu'), version: live.version },
    });
    expect(authorEdit.status).toBe(403);
    const edited = await json<PracticeDto>(
      await as['redaktion.biberach'].request('PUT', `/api/practices/${created.id}`, {
        body: { ...draft('Aufsuchende Beratung im Quartier (überarbeitet)'), version: live.version },
      }),
      200,
    );
    const history = await json<PracticeVersionListDto>(
      await as['fachkraft.offenbach'].get(`/api/practices/${created.id}/versions`),
      200,
    );
    expect(history.items[0]?.content.title).toBe('Aufsuchende Beratung im Quartier (überarbeitet)');
    expect(history.items[0]?.editedBy?.displayName).toBe('Lukas Schneider');
    // The network sees the published text and the edit after it; the author also the first draft.
    expect(history.items.map((item) => item.content.results)).toEqual([
      'Mehr Kontakte.',
      'Mehr Kontakte, 30 Vermittlungen.',
    ]);
    const authorHistory = await json<PracticeVersionListDto>(
      await as['fachkraft.biberach'].get(`/api/practices/${created.id}/versions`),
      200,
    );
    expect(authorHistory.items.length).toBe(3);
    // „Version n“ counts what each reader sees; the locking counter behind it jumps with each step.
    expect(authorHistory.items.map((item) => item.number)).toEqual([3, 2, 1]);
    expect(history.items.map((item) => item.number)).toEqual([2, 1]);
    expect(authorHistory.items.map((item) => item.version)).not.toEqual([3, 2, 1]);
    // Followers (the author follows automatically) hear about the change.
    expect((await notifications(as['fachkraft.biberach'])).items.map((n) => n.kind)).toContain(
      'practice-update',
    );

    const archived = await step(as['koordination.dlt'], edited, 'archive');
    expect(archived.status).toBe('archived');
    const after = await json<PracticePageDto>(
      await as['fachkraft.offenbach'].get('/api/practices?limit=50'),
      200,
    );
    expect(after.items.map((item) => item.id)).not.toContain(created.id);
    expect((await as['fachkraft.offenbach'].get(`/api/practices/${created.id}`)).status).toBe(200);
  });

  it('makes the author the whole contact of a new entry: name, function, e-mail and phone from the profile', async () => {
    const author = as['leitung.offenbach'];
    expect(
      (
        await author.request('PUT', '/api/me/directory-profile', {
          body: {
            directoryOptOut: false,
            jobTitle: 'Teamleitung Markt und Integration',
            phone: '069 8068-123',
            topics: [],
          },
        })
      ).status,
    ).toBe(200);
    const created = await create(author, draft('Ansprechperson aus dem Profil'));
    expect(created.contact).toEqual({
      name: 'Petra Hoffmann',
      role: 'Teamleitung Markt und Integration',
      email: 'leitung.offenbach@demo.kommunale-jobcenter.example',
      phone: '069 8068-123',
    });
    // A contact of one's own still wins.
    const other = { name: 'Jonas Weber', role: 'Fallmanagerin', email: '', phone: '' };
    expect((await create(author, draft('Eigene Ansprechperson', { contact: other }))).contact).toEqual(other);
  });

  describe('who may do what', () => {
    let ownDraft: PracticeDto;
    let inReview: PracticeDto;
    let live: PracticeDto;

    beforeAll(async () => {
      ownDraft = await create(as['fachkraft.biberach'], draft('Matrix Entwurf'));
      inReview = await step(
        as['fachkraft.biberach'],
        await create(as['fachkraft.biberach'], draft('Matrix Prüfung')),
        'submit',
      );
      live = await published('Matrix veröffentlicht');
    });

    it.each([
      // [login, draft, in review, published]
      ['fachkraft.biberach', 200, 200, 200], // own entry
      ['leitung.biberach', 404, 404, 200], // other user, own Jobcenter
      ['redaktion.biberach', 404, 200, 200], // editor of the author's Jobcenter
      ['fachkraft.offenbach', 404, 404, 200], // other Jobcenter
      ['redaktion.offenbach', 404, 404, 200],
      ['koordination.dlt', 404, 200, 200], // coordinator
    ] as const)(
      '%s reads draft %i, in review %i, published %i',
      async (login, draftStatus, reviewStatus, liveStatus) => {
        expect((await as[login].get(`/api/practices/${ownDraft.id}`)).status).toBe(draftStatus);
        expect((await as[login].get(`/api/practices/${inReview.id}`)).status).toBe(reviewStatus);
        expect((await as[login].get(`/api/practices/${live.id}`)).status).toBe(liveStatus);
      },
    );

    it('refuses anonymous callers on every endpoint', async () => {
      const id = live.id;
      const calls: [string, string][] = [
        ['GET', '/api/practices'],
        ['GET', '/api/practices/desk'],
        ['GET', '/api/practices/recommendations'],
        ['GET', `/api/practices/${id}`],
        ['GET', `/api/practices/${id}/pdf`],
        ['GET', `/api/practices/${id}/versions`],
        ['GET', `/api/practices/${id}/similar`],
        ['GET', `/api/practices/${id}/adoptions`],
        ['POST', '/api/practices'],
        ['PUT', `/api/practices/${id}`],
        ['POST', `/api/practices/${id}/submit`],
        ['POST', `/api/practices/${id}/publish`],
        ['PUT', `/api/practices/${id}/adoptions/mine`],
        ['GET', '/api/taxonomies'],
        ['PUT', `/api/bookmarks/practice/${id}`],
        ['POST', '/api/content-reports'],
      ];
      for (const [method, path] of calls) {
        const response = await anonymous.request(method, path, { body: method === 'GET' ? undefined : {} });
        expect([401, 403]).toContain(response.status);
      }
    });

    it('lets only the author edit and submit a draft', async () => {
      for (const login of [
        'leitung.biberach',
        'redaktion.biberach',
        'fachkraft.offenbach',
        'koordination.dlt',
      ] as const) {
        const edit = await as[login].request('PUT', `/api/practices/${ownDraft.id}`, {
          body: { ...draft('X'), version: ownDraft.version },
        });
        expect(edit.status).toBe(404);
        expect(
          (await as[login].post(`/api/practices/${ownDraft.id}/submit`, { version: ownDraft.version }))
            .status,
        ).toBe(404);
      }
    });

    it('refuses a review by staff (403 by permission) and by the editor of another Jobcenter (403)', async () => {
      expect(
        (
          await as['fachkraft.biberach'].post(`/api/practices/${inReview.id}/publish`, {
            version: inReview.version,
          })
        ).status,
      ).toBe(403);
      const foreign = await as['redaktion.offenbach'].post(`/api/practices/${inReview.id}/publish`, {
        version: inReview.version,
      });
      expect(foreign.status).toBe(403);
      expect(((await foreign.json()) as ProblemDto).detail).toContain('Redaktion des Jobcenters');
      const foreignReturn = await as['redaktion.offenbach'].post(`/api/practices/${inReview.id}/return`, {
        version: inReview.version,
        comment: 'Nein',
      });
      expect(foreignReturn.status).toBe(403);
      const unchanged = await json<PracticeDto>(
        await as['fachkraft.biberach'].get(`/api/practices/${inReview.id}`),
        200,
      );
      expect(unchanged.status).toBe('in-review');
      expect(unchanged.version).toBe(inReview.version);
    });

    it('never lets an editor or a coordinator review their own entry (four eyes)', async () => {
      const own = await step(
        as['redaktion.biberach'],
        await create(as['redaktion.biberach'], draft('Von der Redaktion selbst')),
        'submit',
      );
      expect(own.may.review).toBe(false);
      for (const action of ['publish', 'return']) {
        const refused = await as['redaktion.biberach'].post(`/api/practices/${own.id}/${action}`, {
          version: own.version,
          ...(action === 'return' ? { comment: 'Selbst geprüft' } : {}),
        });
        expect(refused.status).toBe(403);
        expect(refused.headers.get('content-type')).toContain('application/problem+json');
        expect(((await refused.json()) as ProblemDto).detail).toContain('Eigene Praxisbeispiele');
      }
      const desk = await json<PracticeDeskDto>(
        await as['redaktion.biberach'].get('/api/practices/desk'),
        200,
      );
      expect(desk.toReview.map((item) => item.id)).not.toContain(own.id);
      const asCoordinator = await json<PracticeDto>(
        await as['koordination.dlt'].get(`/api/practices/${own.id}`),
        200,
      );
      expect(asCoordinator.may.review).toBe(true);
      expect((await step(as['koordination.dlt'], own, 'publish')).status).toBe('published');

      const coordinators = await step(
        as['koordination.dlt'],
        await create(as['koordination.dlt'], draft('Von der Koordination selbst')),
        'submit',
      );
      expect(coordinators.may.review).toBe(false);
      const refused = await as['koordination.dlt'].post(`/api/practices/${coordinators.id}/publish`, {
        version: coordinators.version,
      });
      expect(refused.status).toBe(403);
    });

    it('lets the coordination review any Jobcenter', async () => {
      const other = await step(
        as['fachkraft.offenbach'],
        await create(as['fachkraft.offenbach'], draft('Aus Offenbach')),
        'submit',
      );
      expect(
        (
          await as['redaktion.biberach'].post(`/api/practices/${other.id}/publish`, {
            version: other.version,
          })
        ).status,
      ).toBe(403);
      const done = await step(as['koordination.dlt'], other, 'publish');
      expect(done.status).toBe('published');
      expect(done.organisation?.state).toBe('Hessen');
    });

    it('edits of published entries: editor of the own Jobcenter and coordinators only', async () => {
      for (const [login, status] of [
        ['fachkraft.biberach', 403],
        ['leitung.biberach', 403],
        ['redaktion.offenbach', 403],
        ['fachkraft.offenbach', 403],
      ] as const) {
        const response = await as[login].request('PUT', `/api/practices/${live.id}`, {
          body: { ...draft('Y'), version: live.version },
        });
        expect(response.status).toBe(status);
      }
      const current = await json<PracticeDto>(
        await as['koordination.dlt'].get(`/api/practices/${live.id}`),
        200,
      );
      expect(current.may.edit).toBe(true);
      expect(current.title).toBe('Matrix veröffentlicht');
    });

    it('lets only the author delete a draft, with everything attached', async () => {
      const doomed = await create(as['fachkraft.biberach'], draft('Wird gelöscht'));
      expect((await as['redaktion.biberach'].request('DELETE', `/api/practices/${doomed.id}`)).status).toBe(
        404,
      );
      expect((await as['fachkraft.biberach'].request('DELETE', `/api/practices/${doomed.id}`)).status).toBe(
        204,
      );
      expect((await as['fachkraft.biberach'].get(`/api/practices/${doomed.id}`)).status).toBe(404);
      const [left] = await testApp.dataSource.query(
        `SELECT (SELECT count(*) FROM taxonomy_assignments WHERE target_id = $1)::int AS terms,
                (SELECT count(*) FROM practice_versions WHERE practice_id = $1)::int AS versions`,
        [doomed.id],
      );
      expect(left).toEqual({ terms: 0, versions: 0 });
    });
  });

  describe('bad input', () => {
    it('answers a stale edit with 409 and a clear German message', async () => {
      const created = await create(as['fachkraft.biberach'], draft('Zweimal bearbeitet'));
      await json(
        await as['fachkraft.biberach'].request('PUT', `/api/practices/${created.id}`, {
          body: { ...draft('Erste'), version: created.version },
        }),
        200,
      );
      const stale = await as['fachkraft.biberach'].request('PUT', `/api/practices/${created.id}`, {
        body: { ...draft('Zweite'), version: created.version },
      });
      expect(stale.status).toBe(409);
      expect(((await stale.json()) as ProblemDto).detail).toContain('inzwischen geändert');
      const current = await json<PracticeDto>(
        await as['fachkraft.biberach'].get(`/api/practices/${created.id}`),
        200,
      );
      expect(current.title).toBe('Erste');
    });

    it('rejects overlong fields, unknown taxonomy ids and bad contacts with 400 — nothing half-saved', async () => {
      const before = await testApp.dataSource.query('SELECT count(*)::int AS n FROM practices');
      for (const [field, value] of [
        ['title', 'x'.repeat(201)],
        ['summary', 'x'.repeat(501)],
        ['approach', 'x'.repeat(20_001)],
        ['keyFigures', [{ label: 'x'.repeat(81), value: '1', unit: '' }]],
        ['targetGroupIds', ['6f9619ff-8b86-4d11-b42d-00c04fc964ff']],
        ['fieldIds', [terms['Langzeitarbeitslose']]], // a term of the other taxonomy
        ['contact', { name: 'A', role: '', email: 'keine-adresse', phone: '' }],
        ['title', '   '],
      ] as const) {
        const response = await as['fachkraft.biberach'].post(
          '/api/practices',
          draft('Ungültig', { [field]: value }),
        );
        expect(response.status).toBe(400);
        const problem = (await response.json()) as ProblemDto & { errors?: Record<string, string[]> };
        expect(JSON.stringify(problem)).toMatch(/[äöüÄÖÜß]|Darf|Muss|Begriff/);
      }
      expect(await testApp.dataSource.query('SELECT count(*)::int AS n FROM practices')).toEqual(before);
    });

    it('keeps XSS payloads as inert text in every text field and in comments', async () => {
      const payload = '<img src=x onerror=alert(1)><script>alert(2)</script>';
      const fields = [
        'title',
        'summary',
        'situation',
        'approach',
        'results',
        'duration',
        'costs',
        'partners',
        'transferability',
      ] as const;
      const live = await published('XSS', {
        ...Object.fromEntries(fields.map((field) => [field, `${field} ${payload}`])),
        keyFigures: [{ label: payload, value: '1', unit: '<b onclick=x>' }],
        contact: { name: payload, role: payload, email: '', phone: payload },
      });
      for (const field of fields) expect(live[field]).toBe(`${field} ${payload}`);
      const response = await as['fachkraft.offenbach'].get(`/api/practices/${live.id}`);
      expect(response.headers.get('content-type')).toContain('application/json');
      const comment = await as['fachkraft.offenbach'].post('/api/comments', {
        targetType: 'practice',
        targetId: live.id,
        body: payload,
      });
      expect(comment.status).toBe(201);
      const dto = (await comment.json()) as { segments: { type: string; text: string }[] };
      expect(dto.segments).toEqual([{ type: 'text', text: payload }]);
      const pdf = await as['fachkraft.offenbach'].get(`/api/practices/${live.id}/pdf`);
      expect(pdf.status).toBe(200);
      expect(pdf.headers.get('content-type')).toBe('application/pdf');
      expect(
        Buffer.from(await pdf.arrayBuffer())
          .subarray(0, 5)
          .toString(),
      ).toBe('%PDF-');
    });

    it('answers unknown and malformed ids with 404', async () => {
      expect(
        (await as['fachkraft.biberach'].get('/api/practices/6f9619ff-8b86-4d11-b42d-00c04fc964ff')).status,
      ).toBe(404);
      expect((await as['fachkraft.biberach'].get('/api/practices/nicht-da')).status).toBe(404);
      expect((await as['fachkraft.biberach'].get('/api/practices?cursor=abc')).status).toBe(400);
      expect((await as['fachkraft.biberach'].get('/api/practices?sort=beliebig')).status).toBe(400);
    });
  });

  describe('privacy guard', () => {
    it('reports client data in the check and blocks submitting until confirmed', async () => {
      const check = await json<PrivacyCheckDto>(
        await as['fachkraft.biberach'].post('/api/practices/privacy-check', {
          approach: 'Frau K., geb. 03.04.1987, Kundennummer 123D456789',
          results: 'Überweisung an DE89 3704 0044 0532 0130 00',
        }),
        200,
      );
      expect(check.findings.map((finding) => finding.kind).sort()).toEqual([
        'birth-date',
        'customer-number',
        'iban',
      ]);

      const created = await create(
        as['fachkraft.biberach'],
        draft('Mit Sozialdaten', { approach: 'Herr Meier ist alkoholkrank und kam trotzdem.' }),
      );
      const blocked = await as['fachkraft.biberach'].post(`/api/practices/${created.id}/submit`, {
        version: created.version,
      });
      expect(blocked.status).toBe(400);
      expect(((await blocked.json()) as ProblemDto).detail).toContain('Gesundheitsangabe');
      expect(
        (await json<PracticeDto>(await as['fachkraft.biberach'].get(`/api/practices/${created.id}`), 200))
          .status,
      ).toBe('draft');
      const confirmed = await step(as['fachkraft.biberach'], created, 'submit', { confirmPrivacy: true });
      expect(confirmed.status).toBe('in-review');
    });

    it('reads key figures, the contact and names without a title word, not only the text fields', async () => {
      const created = await create(
        as['fachkraft.biberach'],
        draft('Kennzahl mit Sozialdaten', {
          keyFigures: [{ label: 'Max Mustermann (01.02.1980)', value: '1', unit: 'Fall' }],
        }),
      );
      const blocked = await as['fachkraft.biberach'].post(`/api/practices/${created.id}/submit`, {
        version: created.version,
      });
      expect(blocked.status).toBe(400);
      const problem = (await blocked.json()) as ProblemDto & { errors?: Record<string, string[]> };
      expect(problem.detail).toContain('Geburtsdatum');
      expect(problem.errors?.['confirmPrivacy']).toBeDefined();

      const check = await json<PrivacyCheckDto>(
        await as['fachkraft.biberach'].post('/api/practices/privacy-check', {
          contact: { name: 'Aylin Demir', role: 'BG 12345BG0012345', email: '', phone: '07351 52-0' },
          keyFigures: [{ label: 'Teilnehmende', value: '120' }],
          imageAltTexts: ['Anna Schmidt, 03.04.1987, beim Termin'],
        }),
        200,
      );
      expect(check.findings.map((finding) => [finding.field, finding.kind])).toEqual([
        ['contact', 'customer-number'],
        ['images', 'birth-date'],
      ]);
    });

    it('keeps the drafts before publication out of the history the network sees', async () => {
      const slip = 'Frau K., geb. 03.04.1987, kam jede Woche.';
      const created = await create(
        as['fachkraft.biberach'],
        draft('Entwurf mit Ausrutscher', { situation: slip }),
      );
      // The author removes the flagged text before submitting.
      const cleaned = await json<PracticeDto>(
        await as['fachkraft.biberach'].request('PUT', `/api/practices/${created.id}`, {
          body: { ...draft('Entwurf mit Ausrutscher'), version: created.version },
        }),
        200,
      );
      clock.advance(60_000);
      const live = await step(
        as['redaktion.biberach'],
        await step(as['fachkraft.biberach'], cleaned, 'submit'),
        'publish',
      );
      clock.advance(60_000);
      await json<PracticeDto>(
        await as['koordination.dlt'].request('PUT', `/api/practices/${created.id}`, {
          body: { ...draft('Entwurf mit Ausrutscher'), results: 'Nachgetragen.', version: live.version },
        }),
        200,
      );

      const historyOf = async (login: DemoLogin) =>
        json<PracticeVersionListDto>(await as[login].get(`/api/practices/${created.id}/versions`), 200);
      for (const login of ['fachkraft.offenbach', 'redaktion.offenbach', 'leitung.biberach'] as const) {
        const history = await historyOf(login);
        // The published text (the cleaned draft) and the edit after publication.
        expect(history.items.map((item) => item.version)).toEqual([live.version + 1, cleaned.version]);
        expect(JSON.stringify(history)).not.toContain('03.04.1987');
      }
      for (const login of ['fachkraft.biberach', 'redaktion.biberach', 'koordination.dlt'] as const) {
        const history = await historyOf(login);
        expect(history.items.map((item) => item.version)).toEqual([
          live.version + 1,
          cleaned.version,
          created.version,
        ]);
        expect(history.items.at(-1)?.content.situation).toBe(slip);
      }

      // The migration's backfill marks the same versions of entries published before it existed.
      const runner = testApp.dataSource.createQueryRunner();
      await runner.startTransaction();
      try {
        await runner.query(`UPDATE practice_versions SET published = false WHERE practice_id = $1`, [
          created.id,
        ]);
        await runner.query(BACKFILL_PUBLISHED_VERSIONS);
        expect(
          await runner.query(
            `SELECT version, published FROM practice_versions WHERE practice_id = $1 ORDER BY version`,
            [created.id],
          ),
        ).toEqual([
          { version: created.version, published: false },
          { version: cleaned.version, published: true },
          { version: live.version + 1, published: true },
        ]);
      } finally {
        await runner.rollbackTransaction();
        await runner.release();
      }
    });

    it('checks edits of published entries like a submission: blocked until confirmed', async () => {
      const live = await published('Veröffentlicht und nachbearbeitet');
      const withIban = {
        ...draft('Veröffentlicht und nachbearbeitet'),
        results: 'Zuschuss überwiesen an DE89 3704 0044 0532 0130 00.',
        version: live.version,
      };
      for (const login of ['redaktion.biberach', 'koordination.dlt'] as const) {
        const blocked = await as[login].request('PUT', `/api/practices/${live.id}`, { body: withIban });
        expect(blocked.status).toBe(400);
        const problem = (await blocked.json()) as ProblemDto & { errors?: Record<string, string[]> };
        expect(problem.detail).toContain('Bankverbindung');
        expect(problem.errors?.['confirmPrivacy']?.[0]).toContain('bestätigen');
      }
      const unchanged = await json<PracticeDto>(
        await as['fachkraft.offenbach'].get(`/api/practices/${live.id}`),
        200,
      );
      expect(unchanged.results).toBe('Mehr Kontakte.');
      expect(unchanged.version).toBe(live.version);

      const saved = await json<PracticeDto>(
        await as['koordination.dlt'].request('PUT', `/api/practices/${live.id}`, {
          body: { ...withIban, confirmPrivacy: true },
        }),
        200,
      );
      expect(saved.results).toBe(withIban.results);
      const [row] = await testApp.dataSource.query(
        `SELECT content ? 'confirmPrivacy' AS stored FROM practice_versions WHERE practice_id = $1 AND version = $2`,
        [live.id, saved.version],
      );
      expect(row).toEqual({ stored: false });

      // Drafts are checked when they are submitted, not on every save.
      const own = await create(as['fachkraft.biberach'], draft('Entwurf mit IBAN'));
      const draftSave = await as['fachkraft.biberach'].request('PUT', `/api/practices/${own.id}`, {
        body: { ...withIban, version: own.version },
      });
      expect(draftSave.status).toBe(200);
    });

    it('tells the reviewers, and no one else, that the author confirmed the findings', async () => {
      const created = await create(
        as['fachkraft.biberach'],
        draft('Bestätigte Hinweise', { approach: 'Herr Meier ist alkoholkrank und kam trotzdem.' }),
      );
      const submitted = await step(as['fachkraft.biberach'], created, 'submit', { confirmPrivacy: true });
      for (const login of ['redaktion.biberach', 'koordination.dlt'] as const) {
        const seen = await json<PracticeDto>(await as[login].get(`/api/practices/${created.id}`), 200);
        expect(seen.privacyConfirmedAt).toBe(clock.now().toISOString());
      }
      expect(submitted.privacyConfirmedAt).toBeNull();
      const live = await step(as['redaktion.biberach'], submitted, 'publish');
      expect(live.privacyConfirmedAt).toBe(clock.now().toISOString());
      const network = await json<PracticeDto>(
        await as['fachkraft.offenbach'].get(`/api/practices/${created.id}`),
        200,
      );
      expect(network.privacyConfirmedAt).toBeNull();
    });

    it('finds nothing in an ordinary entry', async () => {
      const check = await json<PrivacyCheckDto>(
        await as['fachkraft.biberach'].post('/api/practices/privacy-check', {
          title: 'Sauber',
          summary: 'Kurz',
          approach: draft('Sauber').approach,
          results: 'Laufzeit 01.01.2024 bis 31.12.2024, 120 Teilnehmende.',
        }),
        200,
      );
      expect(check.findings).toEqual([]);
    });
  });

  describe('adoptions, recommendations and finding', () => {
    let practice: PracticeDto;

    beforeAll(async () => {
      practice = await published('Digitale Sprechstunde für Alleinerziehende', {
        targetGroupIds: [terms['Alleinerziehende']!],
        fieldIds: [terms['Digitalisierung']!],
      });
    });

    it('counts adoptions per Land and notifies the author once', async () => {
      expect(
        (
          await as['fachkraft.offenbach'].request('PUT', `/api/practices/${practice.id}/adoptions/mine`, {
            body: {},
          })
        ).status,
      ).toBe(403);
      expect(
        (
          await as['redaktion.biberach'].request('PUT', `/api/practices/${practice.id}/adoptions/mine`, {
            body: {},
          })
        ).status,
      ).toBe(403);
      const adopted = await json<PracticeAdoptionsDto>(
        await as['leitung.offenbach'].request('PUT', `/api/practices/${practice.id}/adoptions/mine`, {
          body: { note: 'Läuft seit Januar.' },
        }),
        200,
      );
      expect(adopted.count).toBe(1);
      expect(adopted.byState).toEqual([{ state: 'Hessen', count: 1 }]);
      expect(adopted.items[0]).toMatchObject({
        note: 'Läuft seit Januar.',
        organisation: { name: 'Kreis Offenbach' },
      });
      // Twice is once (the editor of the same organisation).
      const again = await json<PracticeAdoptionsDto>(
        await as['redaktion.offenbach'].request('PUT', `/api/practices/${practice.id}/adoptions/mine`, {
          body: {},
        }),
        200,
      );
      expect(again.count).toBe(1);
      const detail = await json<PracticeDto>(
        await as['fachkraft.offenbach'].get(`/api/practices/${practice.id}`),
        200,
      );
      expect(detail.adoptionCount).toBe(1);
      expect(detail.adoptedByMyOrganisation).toBe(true);
      const adoptionNotes = (await notifications(as['fachkraft.biberach'])).items.filter(
        (n) => n.kind === 'practice-adoption',
      );
      expect(adoptionNotes.map((n) => n.title)).toEqual([
        'Kreis Offenbach setzt „Digitale Sprechstunde für Alleinerziehende“ auch um',
      ]);

      const adoptedBy = await json<PracticePageDto>(
        await as['fachkraft.biberach'].get(
          `/api/practices?adoptedBy=${detail.adoptedByMyOrganisation ? adopted.items[0]!.organisation.id : ''}`,
        ),
        200,
      );
      expect(adoptedBy.items.map((item) => item.id)).toContain(practice.id);
      expect(adoptedBy.items.every((item) => item.organisation?.name !== 'Kreis Offenbach')).toBe(true);
      const mostAdopted = await json<PracticePageDto>(
        await as['fachkraft.biberach'].get('/api/practices?sort=most-adopted&limit=1'),
        200,
      );
      expect(mostAdopted.items[0]?.adoptionCount).toBeGreaterThanOrEqual(1);
    });

    it('filters by term, Land, key figures and words, with a cursor', async () => {
      const byField = await json<PracticePageDto>(
        await as['fachkraft.offenbach'].get(
          `/api/practices?fieldId=${terms['Digitalisierung']}&targetGroupId=${terms['Alleinerziehende']}&sort=most-helpful`,
        ),
        200,
      );
      expect(byField.items.map((item) => item.id)).toContain(practice.id);
      expect(
        byField.items.every((item) => item.fields.some((field) => field.label === 'Digitalisierung')),
      ).toBe(true);
      const words = await json<PracticePageDto>(
        await as['fachkraft.offenbach'].get('/api/practices?q=Sprechstunden'),
        200,
      );
      expect(words.items.map((item) => item.id)).toContain(practice.id);
      const bavaria = await json<PracticePageDto>(
        await as['fachkraft.offenbach'].get('/api/practices?state=Bayern'),
        200,
      );
      expect(bavaria.items.map((item) => item.id)).not.toContain(practice.id);
      const noFigures = await json<PracticePageDto>(
        await as['fachkraft.offenbach'].get('/api/practices?hasKeyFigures=false&limit=50'),
        200,
      );
      expect(noFigures.items.map((item) => item.id)).not.toContain(practice.id);

      const seen = new Set<string>();
      let cursor: string | null = null;
      do {
        const page: PracticePageDto = await json<PracticePageDto>(
          await as['fachkraft.offenbach'].get(
            `/api/practices?limit=2&sort=most-adopted${cursor ? `&cursor=${cursor}` : ''}`,
          ),
          200,
        );
        for (const item of page.items) {
          expect(seen.has(item.id)).toBe(false);
          seen.add(item.id);
        }
        cursor = page.nextCursor;
      } while (cursor);
      const [{ n }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM practices WHERE status = 'published'`,
      );
      expect(seen.size).toBe(n);
    });

    it('pages Land + Handlungsfeld in every sort order completely, in order, with the summary of the detail', async () => {
      // Ties on the sort count are what the keyset's (count, published_at, id) must get right.
      const hessen = async (title: string, overrides: Partial<CreatePracticeRequest> = {}) => {
        const created = await create(as['fachkraft.offenbach'], draft(title, overrides));
        return step(
          as['redaktion.offenbach'],
          await step(as['fachkraft.offenbach'], created, 'submit'),
          'publish',
        );
      };
      const hessian = [
        await hessen('Hessen-Liste eins', { fieldIds: [terms['Digitalisierung']!] }),
        await hessen('Hessen-Liste zwei', { fieldIds: [terms['Digitalisierung']!] }),
        await hessen('Hessen-Liste drei', {
          fieldIds: [terms['Digitalisierung']!, terms['Gesundheit']!],
          targetGroupIds: [terms['Alleinerziehende']!],
        }),
      ];
      await json(
        await as['leitung.biberach'].request('PUT', `/api/practices/${hessian[1]!.id}/adoptions/mine`, {
          body: {},
        }),
        200,
      );
      const filter = `fieldId=${terms['Digitalisierung']}&state=Hessen`;
      const [{ n }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM practices p
          WHERE p.status = 'published' AND p.state = 'Hessen'
            AND EXISTS (SELECT 1 FROM taxonomy_assignments a
                         WHERE a.target_type = 'practice' AND a.target_id = p.id AND a.term_id = $1)`,
        [terms['Digitalisierung']],
      );
      expect(n).toBeGreaterThanOrEqual(3);
      const sortKey = {
        newest: () => 0,
        'most-adopted': (item: PracticePageDto['items'][number]) => item.adoptionCount,
        'most-helpful': (item: PracticePageDto['items'][number]) => item.helpfulCount,
      } as const;
      for (const sort of ['newest', 'most-adopted', 'most-helpful'] as const) {
        const items: PracticePageDto['items'] = [];
        let cursor: string | null = null;
        do {
          const page: PracticePageDto = await json<PracticePageDto>(
            await as['fachkraft.offenbach'].get(
              `/api/practices?limit=1&sort=${sort}&${filter}${cursor ? `&cursor=${cursor}` : ''}`,
            ),
            200,
          );
          items.push(...page.items);
          cursor = page.nextCursor;
        } while (cursor);
        expect(new Set(items.map((item) => item.id)).size).toBe(n);
        for (const item of items) {
          expect(item.organisation?.state).toBe('Hessen');
          expect(item.fields.map((field) => field.label)).toContain('Digitalisierung');
        }
        const key = sortKey[sort];
        for (let i = 1; i < items.length; i++) {
          const [before, after] = [items[i - 1]!, items[i]!];
          expect(
            key(before) > key(after) ||
              (key(before) === key(after) && before.publishedAt! >= after.publishedAt!),
          ).toBe(true);
        }
        expect(items.map((item) => item.id)).toEqual(
          expect.arrayContaining(hessian.map((entry) => entry.id)),
        );
      }
      // The list's row mapping gives the same summary as the detail's entity mapping.
      const page = await json<PracticePageDto>(
        await as['fachkraft.offenbach'].get(`/api/practices?limit=50&${filter}`),
        200,
      );
      for (const item of page.items.slice(0, 10)) {
        const detail = await json<PracticeDto>(
          await as['fachkraft.offenbach'].get(`/api/practices/${item.id}`),
          200,
        );
        expect(item).toEqual(pick(detail, Object.keys(item) as (keyof PracticeDto)[]));
      }
      const three = page.items.find((item) => item.id === hessian[2]!.id);
      expect(three?.targetGroups.map((group) => group.label)).toEqual(['Alleinerziehende']);
      expect(page.items.find((item) => item.id === hessian[1]!.id)?.adoptionCount).toBe(1);
    });

    it('recommends entries for the own Jobcenter with reasons, and shows similar ones', async () => {
      const recommendations = await json<PracticeRecommendationsDto>(
        await as['fachkraft.offenbach'].get('/api/practices/recommendations'),
        200,
      );
      expect(recommendations.organisation?.name).toBe('Kreis Offenbach');
      for (const item of recommendations.items) {
        const detail = await json<PracticeDto>(
          await as['fachkraft.offenbach'].get(`/api/practices/${item.practice.id}`),
          200,
        );
        expect(item.practice).toEqual(pick(detail, Object.keys(item.practice) as (keyof PracticeDto)[]));
        expect(item.reasons.length).toBeGreaterThan(0);
        expect(item.practice.organisation?.name).not.toBe('Kreis Offenbach');
        // Already adopted by Offenbach: not recommended again.
        expect(item.practice.id).not.toBe(practice.id);
      }
      const sibling = await published('Digitale Sprechstunde im Landratsamt', {
        fieldIds: [terms['Digitalisierung']!],
      });
      const similar = await json<SimilarPracticesDto>(
        await as['fachkraft.offenbach'].get(`/api/practices/${practice.id}/similar`),
        200,
      );
      expect(similar.items.map((item) => item.practice.id)).toContain(sibling.id);
      expect(similar.items.find((item) => item.practice.id === sibling.id)?.sharedTerms).toContain(
        'Digitalisierung',
      );
    });

    it("recommends by the Handlungsfelder of entries the Jobcenter's staff follow, and says so", async () => {
      const fieldIds: string[] = [];
      for (const label of ['Folgefeld Eins', 'Folgefeld Zwei', 'Folgefeld Drei', 'Folgefeld Vier']) {
        const term = await json<{ id: string }>(
          await as['koordination.dlt'].post('/api/taxonomies/handlungsfelder/terms', { label }),
          201,
        );
        fieldIds.push(term.id);
      }
      const followed = await published('Gefolgtes Beispiel mit neuen Feldern', { fieldIds });
      const candidate = await published('Empfehlung über gefolgte Felder', { fieldIds });
      const reasonsFor = async () => {
        const recommendations = await json<PracticeRecommendationsDto>(
          await as['leitung.offenbach'].get('/api/practices/recommendations'),
          200,
        );
        return recommendations.items
          .find((item) => item.practice.id === candidate.id)
          ?.reasons.find((reason) => reason.kind === 'field')?.text;
      };
      expect(await reasonsFor()).toBeUndefined();
      // A colleague of the same Jobcenter follows one entry with these fields.
      await json(await as['fachkraft.offenbach'].request('PUT', `/api/practices/${followed.id}/follow`), 200);
      const reason = await reasonsFor();
      expect(reason).toContain('Folgefeld Eins');
      expect(reason).toContain('gefolgt');
      await json(
        await as['fachkraft.offenbach'].request('DELETE', `/api/practices/${followed.id}/follow`),
        200,
      );
    });

    it('follows, bookmarks, marks helpful and reports', async () => {
      const client = as['fachkraft.offenbach'];
      expect(await json(await client.request('PUT', `/api/practices/${practice.id}/follow`), 200)).toEqual({
        following: true,
      });
      expect(await json(await client.request('PUT', `/api/practices/${practice.id}/helpful`), 200)).toEqual({
        count: 1,
        mine: true,
      });
      expect(await json(await client.request('PUT', `/api/practices/${practice.id}/helpful`), 200)).toEqual({
        count: 1,
        mine: true,
      });
      expect(await json(await client.request('PUT', `/api/bookmarks/practice/${practice.id}`), 200)).toEqual({
        bookmarked: true,
      });
      const mine = await json<PracticePageDto>(await client.get('/api/practices?bookmarked=true'), 200);
      expect(mine.items.map((item) => item.id)).toEqual([practice.id]);
      const bookmarks = await json<{ items: { title: string; link: string }[] }>(
        await client.get('/api/bookmarks'),
        200,
      );
      expect(bookmarks.items[0]).toMatchObject({
        title: practice.title,
        link: `/gute-praxis/${practice.id}`,
      });

      // A comment by someone else reaches the follower.
      await json(
        await as['leitung.biberach'].post('/api/comments', {
          targetType: 'practice',
          targetId: practice.id,
          body: 'Gern nachfragen!',
        }),
        201,
      );
      expect(
        (await notifications(client)).items.some(
          (n) => n.kind === 'comment' && n.link === `/gute-praxis/${practice.id}`,
        ),
      ).toBe(true);

      // „Melden“: the coordination gets a notification and a queue entry.
      expect(
        (
          await client.post('/api/content-reports', {
            targetType: 'practice',
            targetId: practice.id,
            reason: 'Enthält Namen.',
          })
        ).status,
      ).toBe(201);
      expect(
        (await notifications(as['koordination.dlt'])).items.some((n) => n.kind === 'content-report'),
      ).toBe(true);
      expect((await client.get('/api/content-reports')).status).toBe(403);
      const queue = await json<{ items: { id: string; reason: string }[] }>(
        await as['koordination.dlt'].get('/api/content-reports'),
        200,
      );
      expect(queue.items[0]?.reason).toBe('Enthält Namen.');
      const resolved = await json<{ status: string }>(
        await as['koordination.dlt'].post(`/api/content-reports/${queue.items[0]!.id}/resolve`, {
          resolution: 'Geprüft.',
        }),
        200,
      );
      expect(resolved.status).toBe('resolved');

      // Drafts of others cannot be bookmarked or reported (404).
      const hidden = await create(as['fachkraft.biberach'], draft('Versteckt'));
      expect((await client.request('PUT', `/api/bookmarks/practice/${hidden.id}`)).status).toBe(404);
      expect(
        (
          await client.post('/api/content-reports', {
            targetType: 'practice',
            targetId: hidden.id,
            reason: 'x',
          })
        ).status,
      ).toBe(404);
    });
  });

  it('seeds at least 12 demo entries across several Jobcenter, with comments and adoptions', async () => {
    const [demo] = await testApp.dataSource.query(
      `SELECT count(*)::int AS entries, count(DISTINCT organisation_id)::int AS organisations,
              sum(adoption_count)::int AS adoptions,
              (SELECT count(*)::int FROM comments WHERE target_type = 'practice' AND target_id IN (SELECT id FROM practices WHERE demo)) AS comments
         FROM practices WHERE demo`,
    );
    expect(demo.entries).toBeGreaterThanOrEqual(12);
    expect(demo.organisations).toBeGreaterThanOrEqual(8);
    expect(demo.adoptions).toBeGreaterThanOrEqual(12);
    expect(demo.comments).toBeGreaterThanOrEqual(8);
    const recommendations = await json<PracticeRecommendationsDto>(
      await as['leitung.biberach'].get('/api/practices/recommendations'),
      200,
    );
    expect(recommendations.items.length).toBeGreaterThan(0);
    expect(recommendations.items.flatMap((item) => item.reasons.map((reason) => reason.kind))).toEqual(
      expect.arrayContaining(['same-category', 'field']),
    );
  });

  describe('taxonomies', () => {
    it('lets coordinators add, rename and merge terms; references move to the surviving term', async () => {
      const addedResponse = await as['koordination.dlt'].post('/api/taxonomies/handlungsfelder/terms', {
        label: 'Digitale Teilhabe',
      });
      const added = await json<{ id: string; label: string }>(addedResponse, 201);
      expect(
        (await as['redaktion.biberach'].post('/api/taxonomies/handlungsfelder/terms', { label: 'Nein' }))
          .status,
      ).toBe(403);
      expect(
        (
          await as['koordination.dlt'].post('/api/taxonomies/handlungsfelder/terms', {
            label: 'Digitale Teilhabe',
          })
        ).status,
      ).toBe(409);
      const renamed = await json<{ label: string }>(
        await as['koordination.dlt'].request('PUT', `/api/taxonomies/terms/${added.id}`, {
          body: { label: 'Digitale Teilhabe und Medien' },
        }),
        200,
      );
      expect(renamed.label).toBe('Digitale Teilhabe und Medien');

      const both = await published('Tablets für Ältere', { fieldIds: [added.id, terms['Digitalisierung']!] });
      const onlyNew = await published('Medienkurse', { fieldIds: [added.id] });
      const merged = await json<{ movedReferences: number }>(
        await as['koordination.dlt'].post(`/api/taxonomies/terms/${terms['Digitalisierung']}/merge`, {
          sourceTermIds: [added.id],
        }),
        200,
      );
      expect(merged.movedReferences).toBe(2);
      for (const id of [both.id, onlyNew.id]) {
        const entry = await json<PracticeDto>(
          await as['fachkraft.offenbach'].get(`/api/practices/${id}`),
          200,
        );
        expect(entry.fields.map((field) => field.label)).toEqual(['Digitalisierung']);
      }
      const [{ orphans }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS orphans FROM taxonomy_assignments a LEFT JOIN taxonomy_terms t ON t.id = a.term_id WHERE t.id IS NULL`,
      );
      expect(orphans).toBe(0);
      const list = await json<TaxonomyListDto>(await as['fachkraft.biberach'].get('/api/taxonomies'), 200);
      expect(list.items.flatMap((taxonomy) => taxonomy.terms).map((term) => term.id)).not.toContain(added.id);
      // Terms of another taxonomy cannot be merged in.
      expect(
        (
          await as['koordination.dlt'].post(`/api/taxonomies/terms/${terms['Digitalisierung']}/merge`, {
            sourceTermIds: [terms['Ältere']],
          })
        ).status,
      ).toBe(400);
    });
  });
});

/** These keys of a detail (a summary is a detail's subset). */
function pick<T extends object>(value: T, keys: (keyof T)[]): Partial<T> {
  return Object.fromEntries(keys.map((key) => [key, value[key]])) as Partial<T>;
}
