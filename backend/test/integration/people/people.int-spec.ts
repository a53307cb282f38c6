import type { DirectoryProfileDto, MentionSuggestionDto, NewsDto, PersonListDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signIn, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

describe('people directory: search, cursor pages, own settings, opt-out', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  const LOGINS: DemoLogin[] = [
    'admin',
    'koordination.dlt',
    'leitung.biberach',
    'redaktion.biberach',
    'fachkraft.biberach',
    'fachkraft.offenbach',
    'leitung.offenbach',
    'redaktion.offenbach',
  ];

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
  });
  afterAll(() => testApp.close());

  const put = (client: HttpClient, path: string, body: unknown) => client.request('PUT', path, { body });

  async function people(client: HttpClient, query = ''): Promise<PersonListDto> {
    const response = await client.get(`/api/people${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as PersonListDto;
  }

  const names = (list: PersonListDto) => list.items.map((person) => person.displayName);

  it('is open to every signed-in role, closed to anonymous and people without a role', async () => {
    for (const login of LOGINS) expect((await as[login].get('/api/people')).status).toBe(200);
    expect((await new HttpClient(testApp.baseUrl).get('/api/people')).status).toBe(401);
    const noRole = await signIn(testApp.baseUrl, 'ohne.rolle');
    expect((await noRole.client.get('/api/people')).status).toBe(401);
    expect((await noRole.client.get('/api/me/directory-profile')).status).toBe(401);
  });

  it('lists everyone signed in, ordered by name, page by page with a cursor', async () => {
    const all = await people(as['fachkraft.biberach'], '?limit=50');
    expect(all.items).toHaveLength(LOGINS.length);
    expect(names(all)).toEqual([...names(all)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const page: PersonListDto = await people(
        as['fachkraft.biberach'],
        `?limit=3${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(page.items.length).toBeLessThanOrEqual(3);
      seen.push(...names(page));
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen).toEqual(names(all));
    const person = all.items.find((item) => item.displayName === 'Sabine Adler');
    expect(person).toMatchObject({ roles: ['admin'], organisation: null, topics: [], phone: null });
  });

  it('lets a person add topics, phone and function, and finds them by name, organisation and topic', async () => {
    const body: DirectoryProfileDto = {
      directoryOptOut: false,
      jobTitle: '  Teamleitung Digitalisierung ',
      phone: '+49 7351 52-123',
      topics: ['Digitalisierung', 'E-Akte', 'digitalisierung'],
    };
    const saved = await put(as['redaktion.offenbach'], '/api/me/directory-profile', body);
    expect(saved.status).toBe(200);
    expect(await saved.json()).toEqual({
      directoryOptOut: false,
      jobTitle: 'Teamleitung Digitalisierung',
      phone: '+49 7351 52-123',
      topics: ['digitalisierung', 'E-Akte'],
    });

    const byTopic = await people(as['fachkraft.biberach'], '?q=E-AKTE');
    expect(byTopic.items).toHaveLength(1);
    expect(byTopic.items[0]).toMatchObject({
      jobTitle: 'Teamleitung Digitalisierung',
      phone: '+49 7351 52-123',
    });

    const byOrganisation = await people(as['fachkraft.biberach'], '?q=offenbach');
    expect(byOrganisation.items.length).toBe(3);
    for (const person of byOrganisation.items) expect(person.organisation?.name).toMatch(/Offenbach/);

    const byName = await people(as['fachkraft.biberach'], '?q=adl');
    expect(names(byName)).toEqual(['Sabine Adler']);
    // LIKE wildcards are text, not patterns.
    expect((await people(as['fachkraft.biberach'], '?q=%25')).items).toHaveLength(0);
    expect((await people(as['fachkraft.biberach'], '?q=_')).items).toHaveLength(0);
  });

  it('refuses hostile input with German 400s', async () => {
    const bad: unknown[] = [
      { directoryOptOut: 'ja', topics: [] },
      { directoryOptOut: false, topics: 'Digitalisierung' },
      { directoryOptOut: false, topics: Array.from({ length: 11 }, (_, i) => `Thema ${i}`) },
      { directoryOptOut: false, topics: ['x'.repeat(61)] },
      { directoryOptOut: false, topics: [''] },
      { directoryOptOut: false, topics: [], phone: '<script>' },
      { directoryOptOut: false, topics: [], jobTitle: 'x'.repeat(121) },
      { directoryOptOut: false, topics: [], isAdmin: true },
    ];
    for (const body of bad) {
      const response = await put(as['fachkraft.biberach'], '/api/me/directory-profile', body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    for (const query of ['?cursor=!!!', '?cursor=bm9wZQ', '?limit=0', '?limit=51', `?q=${'a'.repeat(101)}`]) {
      const response = await as['fachkraft.biberach'].get(`/api/people${query}`);
      expect(response.status).toBe(400);
    }
  });

  it('hides a person who opts out from the directory and its search, and from @mentions outside their Jobcenter', async () => {
    const before = await people(as['fachkraft.offenbach'], '?q=offenbach');
    const target = before.items.find((person) => person.roles.includes('manager'))!;
    expect(target).toBeDefined();

    const optOut = await put(as['leitung.offenbach'], '/api/me/directory-profile', {
      directoryOptOut: true,
      jobTitle: null,
      phone: null,
      topics: ['Arbeitgeberservice'],
    });
    expect(optOut.status).toBe(200);
    for (const login of ['admin', 'fachkraft.offenbach', 'fachkraft.biberach'] as DemoLogin[]) {
      const all = await people(as[login], '?limit=50');
      expect(all.items.map((person) => person.id)).not.toContain(target.id);
      expect((await people(as[login], `?q=${encodeURIComponent(target.displayName)}`)).items).toHaveLength(0);
      expect((await people(as[login], '?q=Arbeitgeberservice')).items).toHaveLength(0);
    }
    expect(
      (await (await as['leitung.offenbach'].get('/api/me/directory-profile')).json()) as DirectoryProfileDto,
    ).toMatchObject({
      directoryOptOut: true,
    });

    // @mention suggestions on a network-wide news item: colleagues still find the person, others do not.
    const news = await as['koordination.dlt'].post('/api/news', {
      title: 'Netzwerktreffen',
      teaser: 'Kurz',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const draft = (await news.json()) as NewsDto;
    await as['koordination.dlt'].post(`/api/news/${draft.id}/publish`, { version: draft.version });
    const prefix = encodeURIComponent(target.displayName.slice(0, 4));
    const suggest = async (login: DemoLogin) =>
      (
        (await (
          await as[login].get(
            `/api/users/mention-suggestions?targetType=news&targetId=${draft.id}&q=${prefix}`,
          )
        ).json()) as MentionSuggestionDto[]
      ).map((suggestion) => suggestion.id);
    expect(await suggest('fachkraft.offenbach')).toContain(target.id);
    expect(await suggest('fachkraft.biberach')).not.toContain(target.id);

    await put(as['leitung.offenbach'], '/api/me/directory-profile', {
      directoryOptOut: false,
      jobTitle: null,
      phone: null,
      topics: [],
    });
    expect((await people(as['fachkraft.biberach'], '?limit=50')).items.map((person) => person.id)).toContain(
      target.id,
    );
  });
});
