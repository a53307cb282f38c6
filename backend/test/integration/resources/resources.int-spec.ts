import type {
  AuditListDto,
  NotificationListDto,
  ProblemDto,
  ResourceCollectionDto,
  ResourceCollectionListDto,
  ResourceDto,
  ResourcePageDto,
  ResourceProvidersDto,
  ResourceRatingDto,
  ResourceSummaryDto,
  SaveResourceRequest,
  TaxonomyListDto,
} from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { FIXTURES } from '../../support/file-fixtures';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const LOGINS: DemoLogin[] = [
  'fachkraft.biberach',
  'redaktion.biberach',
  'leitung.biberach',
  'fachkraft.offenbach',
  'koordination.dlt',
  'admin',
];
const RANDOM_ID = '5b0e7c4e-8d7e-4a55-9a57-0f4b8c6f2d11';

describe('resources: Digitalisierung library', () => {
  let testApp: TestApp;
  let dataDir: string;
  const as = {} as Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;
  let topics: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-resources-'));
    testApp = await createTestApp({ DATA_DIR: dataDir });
    await signInAll(testApp.baseUrl, LOGINS, as);
    anonymous = new HttpClient(testApp.baseUrl);
    const taxonomies = await json<TaxonomyListDto>(
      await as['fachkraft.biberach'].get('/api/taxonomies'),
      200,
    );
    const taxonomy = taxonomies.items.find((item) => item.key === 'ressourcen-themen');
    topics = Object.fromEntries((taxonomy?.terms ?? []).map((term) => [term.label, term.id]));
  }, 120_000);
  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function put(client: HttpClient, path: string, body: unknown): Promise<Response> {
    return client.request('PUT', path, { body });
  }

  function body(title: string, overrides: Partial<SaveResourceRequest> = {}): SaveResourceRequest {
    return {
      kind: 'guide',
      title,
      description: `Beschreibung zu ${title}`,
      // No link: creating one would queue a check (this file makes no outside requests).
      url: null,
      providerName: 'Testanbieter',
      publishedOn: '2024-05-01',
      topicIds: [topics['E-Akte']!],
      audience: EVERYONE,
      ...overrides,
    };
  }

  async function create(title: string, overrides: Partial<SaveResourceRequest> = {}): Promise<ResourceDto> {
    return json<ResourceDto>(
      await as['koordination.dlt'].post('/api/resources', body(title, overrides)),
      201,
    );
  }

  async function listAll(client: HttpClient, query = ''): Promise<ResourceSummaryDto[]> {
    const items: ResourceSummaryDto[] = [];
    let cursor: string | null = null;
    do {
      const page: ResourcePageDto = await json<ResourcePageDto>(
        await client.get(`/api/resources?limit=5${query}${cursor ? `&cursor=${cursor}` : ''}`),
        200,
      );
      items.push(...page.items);
      cursor = page.nextCursor;
    } while (cursor);
    return items;
  }

  async function notificationKinds(client: HttpClient): Promise<string[]> {
    const list = await json<NotificationListDto>(await client.get('/api/notifications?limit=50'), 200);
    return list.items.map((item) => item.kind);
  }

  async function auditActions(action: string): Promise<string[]> {
    const list = await json<AuditListDto>(
      await as.admin.get(`/api/admin/audit?action=${action}&limit=50`),
      200,
    );
    return list.items.map((item) => item.targetId ?? '');
  }

  it('seeds a dozen demo resources and two collections; audiences and the link check apply to them', async () => {
    const hessen = await listAll(as['fachkraft.offenbach']);
    const badenWuerttemberg = await listAll(as['fachkraft.biberach']);
    const manager = await listAll(as['leitung.biberach']);
    expect(hessen.filter((item) => item.demo).length).toBe(11);
    expect(badenWuerttemberg.filter((item) => item.demo).length).toBe(10);
    expect(manager.filter((item) => item.demo).length).toBe(11);
    expect(hessen.map((item) => item.title)).toContain(
      'Webinar-Aufzeichnung: E-Akte in hessischen Optionskommunen',
    );
    expect(badenWuerttemberg.map((item) => item.title)).not.toContain(
      'Webinar-Aufzeichnung: E-Akte in hessischen Optionskommunen',
    );
    // Newest first, no duplicates across pages.
    const times = hessen.map((item) => item.createdAt);
    expect([...times].sort().reverse()).toEqual(times);
    expect(new Set(hessen.map((item) => item.id)).size).toBe(hessen.length);

    const collections = await json<ResourceCollectionListDto>(
      await as['fachkraft.biberach'].get('/api/resource-collections'),
      200,
    );
    expect(collections.items.map((item) => item.title)).toEqual([
      'Einstieg E-Akte',
      'Datenschutz und IT-Sicherheit bei digitalen Angeboten',
    ]);
    // The Hessen-only recording and the template for managers are not counted for a BW staff member.
    expect(collections.items.map((item) => item.itemCount)).toEqual([3, 3]);
    const forHessen = await json<ResourceCollectionListDto>(
      await as['fachkraft.offenbach'].get('/api/resource-collections'),
      200,
    );
    expect(forHessen.items.map((item) => item.itemCount)).toEqual([4, 3]);

    // Demo links are never checked (no third-party requests).
    await testApp.app.get(JobQueue).drained();
    const checked: { n: number }[] = await testApp.dataSource.query(
      'SELECT count(*)::int AS n FROM resources WHERE demo AND link_checked_at IS NOT NULL',
    );
    expect(checked[0]?.n).toBe(0);
  });

  it('filters by kind, topic and provider', async () => {
    const guides = await listAll(as['fachkraft.offenbach'], '&kind=guide');
    expect(guides.length).toBeGreaterThan(0);
    expect(guides.every((item) => item.kind === 'guide')).toBe(true);
    const eAkte = await listAll(as['fachkraft.offenbach'], `&topicId=${topics['E-Akte']}`);
    expect(eAkte.length).toBeGreaterThanOrEqual(3);
    expect(eAkte.every((item) => item.topics.some((topic) => topic.label === 'E-Akte'))).toBe(true);
    const providers = await json<ResourceProvidersDto>(
      await as['fachkraft.offenbach'].get('/api/resources/providers'),
      200,
    );
    const bsi = providers.items.find((item) => item.name.startsWith('Bundesamt für Sicherheit'));
    expect(bsi).toBeDefined();
    const byName = await listAll(as['fachkraft.offenbach'], `&providerName=${encodeURIComponent(bsi!.name)}`);
    expect(byName.map((item) => item.title)).toEqual(['IT-Grundschutz-Kompendium des BSI']);
    const dlt = providers.items.find((item) => item.name === 'Deutscher Landkreistag');
    const byOrganisation = await listAll(
      as['fachkraft.offenbach'],
      `&providerOrganisationId=${dlt!.organisationId}`,
    );
    expect(byOrganisation.length).toBeGreaterThan(0);
    expect(byOrganisation.every((item) => item.provider.name === 'Deutscher Landkreistag')).toBe(true);
    // The BW staff member's provider list does not name the Hessen-only provider.
    const bwProviders = await json<ResourceProvidersDto>(
      await as['fachkraft.biberach'].get('/api/resources/providers'),
      200,
    );
    expect(bwProviders.items.map((item) => item.name)).not.toContain('Main-Kinzig-Kreis');
    expect(providers.items.map((item) => item.name)).toContain('Main-Kinzig-Kreis');
  });

  it('allows and denies per role', async () => {
    expect((await anonymous.get('/api/resources')).status).toBe(401);
    expect((await anonymous.get('/api/resource-collections')).status).toBe(401);
    for (const login of ['fachkraft.biberach', 'redaktion.biberach', 'leitung.biberach'] as DemoLogin[]) {
      expect((await as[login].get('/api/resources')).status).toBe(200);
      expect((await as[login].post('/api/resources', body('Darf nicht'))).status).toBe(403);
      expect((await as[login].get('/api/resources/suggestions')).status).toBe(403);
      expect((await as[login].get('/api/resources?brokenLinks=true')).status).toBe(403);
      expect((await as[login].post('/api/resource-collections', { title: 'X', intro: '' })).status).toBe(403);
      expect((await as[login].post(`/api/resources/${RANDOM_ID}/accept`, { version: 1 })).status).toBe(403);
    }
    expect((await as['koordination.dlt'].get('/api/resources?brokenLinks=true')).status).toBe(200);
    expect((await as.admin.get('/api/resources/suggestions')).status).toBe(200);
    const created = await json<ResourceDto>(
      await as.admin.post('/api/resources', body('Von der Administration')),
      201,
    );
    expect(created.status).toBe('published');
    const staffView = await json<ResourceDto>(
      await as['fachkraft.biberach'].get(`/api/resources/${created.id}`),
      200,
    );
    expect(staffView.may).toEqual({ edit: false, review: false, rate: true, comment: true });
    expect(
      (await put(as['fachkraft.biberach'], `/api/resources/${created.id}`, { ...body('X'), version: 1 }))
        .status,
    ).toBe(403);
    expect((await as['fachkraft.biberach'].request('DELETE', `/api/resources/${created.id}`)).status).toBe(
      403,
    );
  });

  it('runs a suggestion through review: suggest, hidden from others, accept with notification and audit', async () => {
    const suggestion = await json<ResourceDto>(
      await as['fachkraft.biberach'].post('/api/resources/suggestions', {
        kind: 'tool',
        title: 'Terminbuchung online für Erstgespräche',
        description: 'Wir nutzen seit einem Jahr eine Online-Terminbuchung.',
        providerName: 'Jobcenter Landkreis Biberach',
        topicIds: [topics['Online-Antrag und OZG']],
      }),
      201,
    );
    expect(suggestion.status).toBe('suggested');
    expect(suggestion.suggestedBy?.displayName).toBeTruthy();
    // Suggestions cannot set an audience: whatever is sent is refused.
    expect(
      (
        await as['fachkraft.biberach'].post('/api/resources/suggestions', {
          kind: 'tool',
          title: 'Mit Zielgruppe',
          description: '',
          audience: EVERYONE,
        })
      ).status,
    ).toBe(400);
    expect((await as['fachkraft.offenbach'].get(`/api/resources/${suggestion.id}`)).status).toBe(404);
    expect((await listAll(as['fachkraft.offenbach'])).map((item) => item.id)).not.toContain(suggestion.id);
    const mine = await json<{ items: ResourceSummaryDto[] }>(
      await as['fachkraft.biberach'].get('/api/resources/suggestions/mine'),
      200,
    );
    expect(mine.items.map((item) => item.id)).toContain(suggestion.id);
    const queue = await json<{ items: ResourceSummaryDto[] }>(
      await as['koordination.dlt'].get('/api/resources/suggestions'),
      200,
    );
    expect(queue.items.map((item) => item.id)).toContain(suggestion.id);
    expect(await notificationKinds(as['koordination.dlt'])).toContain('resource-suggested');
    // Rating and commenting wait for the publication.
    expect(
      (await put(as['fachkraft.biberach'], `/api/resources/${suggestion.id}/rating`, { value: 4 })).status,
    ).toBe(409);
    expect(
      (
        await as['fachkraft.biberach'].post('/api/comments', {
          targetType: 'resource',
          targetId: suggestion.id,
          body: 'Zu früh',
        })
      ).status,
    ).toBe(409);

    const stale = await as['koordination.dlt'].post(`/api/resources/${suggestion.id}/accept`, {
      version: 99,
    });
    expect(stale.status).toBe(409);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    const accepted = await json<ResourceDto>(
      await as['koordination.dlt'].post(`/api/resources/${suggestion.id}/accept`, {
        version: suggestion.version,
      }),
      200,
    );
    expect(accepted.status).toBe('published');
    expect(
      (
        await as['koordination.dlt'].post(`/api/resources/${suggestion.id}/accept`, {
          version: accepted.version,
        })
      ).status,
    ).toBe(409);
    expect(await notificationKinds(as['fachkraft.biberach'])).toContain('resource-decision');
    expect((await listAll(as['fachkraft.offenbach'])).map((item) => item.id)).toContain(suggestion.id);
    expect(await auditActions('resources.published')).toContain(suggestion.id);
  });

  it('rejects a suggestion with a comment the suggester sees', async () => {
    const suggestion = await json<ResourceDto>(
      await as['fachkraft.offenbach'].post('/api/resources/suggestions', {
        kind: 'link',
        title: 'Eine Seite, die es schon gibt',
        description: '',
      }),
      201,
    );
    const noComment = await as['koordination.dlt'].post(`/api/resources/${suggestion.id}/reject`, {
      version: suggestion.version,
      comment: '   ',
    });
    expect(noComment.status).toBe(400);
    await json<ResourceDto>(
      await as['koordination.dlt'].post(`/api/resources/${suggestion.id}/reject`, {
        version: suggestion.version,
        comment: 'Ist bereits in der Sammlung enthalten.',
      }),
      200,
    );
    const seen = await json<ResourceDto>(
      await as['fachkraft.offenbach'].get(`/api/resources/${suggestion.id}`),
      200,
    );
    expect(seen.status).toBe('rejected');
    expect(seen.reviewComment).toBe('Ist bereits in der Sammlung enthalten.');
    expect((await as['fachkraft.biberach'].get(`/api/resources/${suggestion.id}`)).status).toBe(404);
    expect(await notificationKinds(as['fachkraft.offenbach'])).toContain('resource-decision');
    expect(await auditActions('resources.rejected')).toContain(suggestion.id);
  });

  it('hides a resource outside the audience on every path: list, detail, files, previews, ratings, comments, collections', async () => {
    const hessenOnly = await create('Nur für Hessen', {
      providerName: 'Anbieter nur in Hessen',
      audience: { ...EVERYONE, states: ['Hessen'] },
    });
    const file = new FormData();
    file.append('file', new Blob([new Uint8Array(FIXTURES.pdf)]), 'Handreichung.pdf');
    const uploaded = await json<{ id: string; url: string }>(
      await as['koordination.dlt'].request('POST', `/api/resources/${hessenOnly.id}/files`, { body: file }),
      201,
    );
    const collection = await json<ResourceCollectionDto>(
      await as['koordination.dlt'].post('/api/resource-collections', {
        title: 'Gemischt',
        intro: 'Einführung',
      }),
      201,
    );
    const everyone = await create('Für alle');
    await json(
      await put(as['koordination.dlt'], `/api/resource-collections/${collection.id}/items`, {
        resourceIds: [hessenOnly.id, everyone.id],
      }),
      200,
    );

    const reader = as['fachkraft.offenbach'];
    const outsider = as['fachkraft.biberach'];
    expect((await listAll(reader)).map((item) => item.id)).toContain(hessenOnly.id);
    expect((await reader.get(`/api/resources/${hessenOnly.id}`)).status).toBe(200);
    expect((await reader.get(uploaded.url)).status).toBe(200);
    expect(
      (
        await json<ResourceCollectionDto>(await reader.get(`/api/resource-collections/${collection.id}`), 200)
      ).items.map((item) => item.id),
    ).toEqual([hessenOnly.id, everyone.id]);

    expect((await listAll(outsider)).map((item) => item.id)).not.toContain(hessenOnly.id);
    for (const path of [
      `/api/resources/${hessenOnly.id}`,
      uploaded.url,
      `${uploaded.url}/preview/thumb`,
      `/api/comments?targetType=resource&targetId=${hessenOnly.id}`,
    ]) {
      const response = await outsider.get(path);
      expect({ path, status: response.status }).toEqual({ path, status: 404 });
    }
    expect((await put(outsider, `/api/resources/${hessenOnly.id}/rating`, { value: 5 })).status).toBe(404);
    expect(
      (
        await outsider.post('/api/comments', {
          targetType: 'resource',
          targetId: hessenOnly.id,
          body: 'Hallo',
        })
      ).status,
    ).toBe(404);
    const seenCollection = await json<ResourceCollectionDto>(
      await outsider.get(`/api/resource-collections/${collection.id}`),
      200,
    );
    expect(seenCollection.items.map((item) => item.id)).toEqual([everyone.id]);
    expect(JSON.stringify(seenCollection)).not.toContain('Nur für Hessen');
    const counted = await json<ResourceCollectionListDto>(
      await outsider.get('/api/resource-collections'),
      200,
    );
    expect(counted.items.find((item) => item.id === collection.id)?.itemCount).toBe(1);
    const providers = await json<ResourceProvidersDto>(await outsider.get('/api/resources/providers'), 200);
    expect(providers.items.map((item) => item.name)).not.toContain('Anbieter nur in Hessen');
  });

  it('keeps one changeable rating per person and shows only average and count', async () => {
    const resource = await create('Zum Bewerten');
    for (const value of [0, 6, 2.5, '3', null]) {
      const response = await put(as['fachkraft.biberach'], `/api/resources/${resource.id}/rating`, { value });
      expect({ value, status: response.status }).toEqual({ value, status: 400 });
    }
    let rating = await json<ResourceRatingDto>(
      await put(as['fachkraft.biberach'], `/api/resources/${resource.id}/rating`, { value: 4 }),
      200,
    );
    expect(rating).toEqual({ average: 4, count: 1, mine: 4 });
    rating = await json<ResourceRatingDto>(
      await put(as['fachkraft.biberach'], `/api/resources/${resource.id}/rating`, { value: 2 }),
      200,
    );
    expect(rating).toEqual({ average: 2, count: 1, mine: 2 });
    rating = await json<ResourceRatingDto>(
      await put(as['fachkraft.offenbach'], `/api/resources/${resource.id}/rating`, { value: 5 }),
      200,
    );
    expect(rating).toEqual({ average: 3.5, count: 2, mine: 5 });
    const detail = await json<ResourceDto>(
      await as['leitung.biberach'].get(`/api/resources/${resource.id}`),
      200,
    );
    expect(detail.rating).toEqual({ average: 3.5, count: 2, mine: null });
    // No list of who rated what anywhere in the detail.
    const text = JSON.stringify(detail);
    expect(text).not.toMatch(/fachkraft|ratings|userId/);
    rating = await json<ResourceRatingDto>(
      await as['fachkraft.biberach'].request('DELETE', `/api/resources/${resource.id}/rating`),
      200,
    );
    expect(rating).toEqual({ average: 5, count: 1, mine: null });
    // Ratings do not change the version the coordination edits against.
    const after = await json<ResourceDto>(
      await as['koordination.dlt'].get(`/api/resources/${resource.id}`),
      200,
    );
    expect(after.version).toBe(resource.version);
  });

  it('refuses hostile input with German 400s and never a 500', async () => {
    const cases: [string, Partial<SaveResourceRequest> & Record<string, unknown>][] = [
      ['title', { title: 'x'.repeat(201) }],
      ['title', { title: '   ' }],
      ['description', { description: 'x'.repeat(20_001) }],
      ['url', { url: 'javascript:alert(1)' }],
      ['url', { url: 'JaVaScRiPt:alert(1)' }],
      ['url', { url: 'data:text/html,<script>alert(1)</script>' }],
      ['url', { url: 'ftp://example.org/file' }],
      ['url', { url: 'https://nutzer:geheim@example.org/' }],
      ['url', { url: '/relativ' }],
      ['url', { url: `https://example.org/${'a'.repeat(2_000)}` }],
      ['kind', { kind: 'virus' as never }],
      ['topicIds', { topicIds: [RANDOM_ID] }],
      ['topicIds', { topicIds: ['kein-uuid'] }],
      ['publishedOn', { publishedOn: '2023-02-30' }],
      ['providerOrganisationId', { providerOrganisationId: RANDOM_ID }],
      ['audience', { audience: { states: ['Atlantis'], organisationIds: [], roles: [] } as never }],
      ['extra', { extra: 'nicht vorgesehen' }],
    ];
    for (const [field, overrides] of cases) {
      const response = await as['koordination.dlt'].post('/api/resources', body('Feindlich', overrides));
      const problem = (await response.json()) as ProblemDto;
      expect({ field, status: response.status }).toEqual({ field, status: 400 });
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(problem.title).toBe('Die Eingaben sind nicht gültig.');
    }
    const suggestion = await as['fachkraft.biberach'].post('/api/resources/suggestions', {
      kind: 'link',
      title: 'Skript',
      description: '',
      url: 'javascript:alert(document.cookie)',
    });
    expect(suggestion.status).toBe(400);

    const xss = await create('XSS', {
      description: '<script>alert(1)</script><img src=x onerror=alert(1)> [klick](javascript:alert(1))',
    });
    // Markup stays inert text; no element, no handler, no javascript: link.
    expect(xss.descriptionHtml).not.toMatch(/<script|<img|href="javascript:/i);
    expect(xss.descriptionHtml).toContain('&lt;script&gt;');
    expect((await as['fachkraft.biberach'].get('/api/resources/nicht-eine-id')).status).toBe(404);
    expect((await as['fachkraft.biberach'].get('/api/resources?cursor=kaputt')).status).toBe(400);
    expect((await as['fachkraft.biberach'].get('/api/resources?limit=500')).status).toBe(400);
    expect((await as['fachkraft.biberach'].get('/api/resources?kind=alles')).status).toBe(400);
    expect((await as['fachkraft.biberach'].get(`/api/resources/${RANDOM_ID}`)).status).toBe(404);
  });

  it('curates collections: add, reorder, remove; foreign and unpublished ids change nothing', async () => {
    const first = await create('Erstens');
    const second = await create('Zweitens');
    const collection = await json<ResourceCollectionDto>(
      await as['koordination.dlt'].post('/api/resource-collections', {
        title: 'Einstieg Videoberatung',
        intro: '**Willkommen**',
      }),
      201,
    );
    expect(collection.introHtml).toContain('<strong>Willkommen</strong>');
    const setItems = (ids: string[], client = as['koordination.dlt']): Promise<Response> =>
      put(client, `/api/resource-collections/${collection.id}/items`, { resourceIds: ids });
    let current = await json<ResourceCollectionDto>(await setItems([second.id, first.id]), 200);
    expect(current.items.map((item) => item.id)).toEqual([second.id, first.id]);
    current = await json<ResourceCollectionDto>(await setItems([first.id, second.id]), 200);
    expect(current.items.map((item) => item.id)).toEqual([first.id, second.id]);

    const suggestion = await json<ResourceDto>(
      await as['fachkraft.biberach'].post('/api/resources/suggestions', {
        kind: 'link',
        title: 'Noch offen',
        description: '',
      }),
      201,
    );
    for (const ids of [
      [first.id, RANDOM_ID],
      [first.id, suggestion.id],
      [first.id, first.id],
      ['kein-uuid'],
      new Array(101).fill(first.id),
    ]) {
      expect((await setItems(ids)).status).toBe(400);
    }
    expect((await setItems([second.id], as['fachkraft.biberach'])).status).toBe(403);
    expect((await setItems([second.id], as['leitung.biberach'])).status).toBe(403);
    current = await json<ResourceCollectionDto>(
      await as['fachkraft.biberach'].get(`/api/resource-collections/${collection.id}`),
      200,
    );
    expect(current.items.map((item) => item.id)).toEqual([first.id, second.id]);
    expect(current.may.edit).toBe(false);

    current = await json<ResourceCollectionDto>(await setItems([second.id]), 200);
    expect(current.items.map((item) => item.id)).toEqual([second.id]);
    expect(
      (
        await put(as['koordination.dlt'], `/api/resource-collections/${collection.id}`, {
          title: '',
          intro: '',
        })
      ).status,
    ).toBe(400);
    expect((await as['koordination.dlt'].get(`/api/resource-collections/${RANDOM_ID}`)).status).toBe(404);
    expect(
      (await as['koordination.dlt'].request('DELETE', `/api/resource-collections/${collection.id}`)).status,
    ).toBe(204);
    expect((await as['koordination.dlt'].get(`/api/resource-collections/${collection.id}`)).status).toBe(404);
  });

  it('takes comments on published resources and deletes everything with an audit entry', async () => {
    const resource = await create('Zum Löschen');
    expect(
      (
        await as['fachkraft.biberach'].post('/api/comments', {
          targetType: 'resource',
          targetId: resource.id,
          body: 'Sehr hilfreich!',
        })
      ).status,
    ).toBe(201);
    await json(
      await put(as['fachkraft.biberach'], `/api/resources/${resource.id}/rating`, { value: 5 }),
      200,
    );
    const collection = await json<ResourceCollectionDto>(
      await as['koordination.dlt'].post('/api/resource-collections', {
        title: 'Mit Löschkandidat',
        intro: '',
      }),
      201,
    );
    await json(
      await put(as['koordination.dlt'], `/api/resource-collections/${collection.id}/items`, {
        resourceIds: [resource.id],
      }),
      200,
    );

    expect((await as['koordination.dlt'].request('DELETE', `/api/resources/${resource.id}`)).status).toBe(
      204,
    );
    expect((await as['fachkraft.biberach'].get(`/api/resources/${resource.id}`)).status).toBe(404);
    const left: { n: number }[] = await testApp.dataSource.query(
      `SELECT (SELECT count(*) FROM comments WHERE target_id = $1) + (SELECT count(*) FROM resource_ratings WHERE resource_id = $1)
        + (SELECT count(*) FROM resource_collection_items WHERE resource_id = $1) + (SELECT count(*) FROM taxonomy_assignments WHERE target_id = $1) AS n`,
      [resource.id],
    );
    expect(Number(left[0]?.n)).toBe(0);
    expect(await auditActions('resources.deleted')).toContain(resource.id);
    expect((await as['koordination.dlt'].request('DELETE', `/api/resources/${resource.id}`)).status).toBe(
      404,
    );
  });
});
