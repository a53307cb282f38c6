import type { AudienceDto, CreateNewsRequest, NewsDto, NewsFeedDto, ProblemDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

describe('news: authoring, audience and feed', () => {
  let testApp: TestApp;
  const clock = new ManualClock();
  const as = {} as Record<DemoLogin, HttpClient>;
  let biberachId: string;
  let offenbachId: string;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(
      testApp.baseUrl,
      [
        'koordination.dlt',
        'redaktion.biberach',
        'leitung.biberach',
        'fachkraft.biberach',
        'fachkraft.offenbach',
        'admin',
      ] as DemoLogin[],
      as,
    );
    const rows: { key: string; id: string }[] = await testApp.dataSource.query(
      `SELECT key, id FROM organisations WHERE key IN ('landkreis-biberach', 'kreis-offenbach')`,
    );
    biberachId = rows.find((row) => row.key === 'landkreis-biberach')!.id;
    offenbachId = rows.find((row) => row.key === 'kreis-offenbach')!.id;
  });
  afterAll(() => testApp.close());

  function draft(title: string, audience: AudienceDto = EVERYONE): CreateNewsRequest {
    return { title, teaser: `Kurz: ${title}`, body: `Text zu ${title}`, category: 'netzwerk', audience };
  }

  async function create(client: HttpClient, request: CreateNewsRequest): Promise<NewsDto> {
    const response = await client.post('/api/news', request);
    expect(response.status).toBe(201);
    return (await response.json()) as NewsDto;
  }

  async function publish(client: HttpClient, news: NewsDto, publishAt?: string): Promise<NewsDto> {
    const response = await client.post(`/api/news/${news.id}/publish`, { version: news.version, publishAt });
    expect(response.status).toBe(200);
    return (await response.json()) as NewsDto;
  }

  async function feedTitles(client: HttpClient): Promise<string[]> {
    const response = await client.get('/api/news?limit=50');
    expect(response.status).toBe(200);
    return ((await response.json()) as NewsFeedDto).items.map((item) => item.title);
  }

  it('reaches exactly the audience: Hessen sees it, Baden-Württemberg does not — in feed and detail', async () => {
    const item = await publish(
      as['koordination.dlt'],
      await create(as['koordination.dlt'], draft('Wichtig für Hessen', { ...EVERYONE, states: ['Hessen'] })),
    );
    expect(item.status).toBe('published');
    expect(item.organisation?.name).toBe('Deutscher Landkreistag');
    expect(item.author?.displayName).toBe('Jonas Keller');

    expect(await feedTitles(as['fachkraft.offenbach'])).toContain('Wichtig für Hessen');
    expect(await feedTitles(as['fachkraft.biberach'])).not.toContain('Wichtig für Hessen');
    expect((await as['fachkraft.offenbach'].get(`/api/news/${item.id}`)).status).toBe(200);
    const hidden = await as['fachkraft.biberach'].get(`/api/news/${item.id}`);
    expect(hidden.status).toBe(404);
    expect(JSON.stringify(await hidden.json())).not.toContain('Hessen');
  });

  it('narrows by role: an item for managers is not shown to staff of the same Jobcenter', async () => {
    await publish(
      as['koordination.dlt'],
      await create(as['koordination.dlt'], draft('Nur für Leitungen', { ...EVERYONE, roles: ['manager'] })),
    );
    expect(await feedTitles(as['leitung.biberach'])).toContain('Nur für Leitungen');
    expect(await feedTitles(as['fachkraft.biberach'])).not.toContain('Nur für Leitungen');
  });

  it('keeps drafts to their authors and shows scheduled items only from their time on', async () => {
    const unpublished = await create(as['koordination.dlt'], draft('Noch ein Entwurf'));
    expect(await feedTitles(as['fachkraft.offenbach'])).not.toContain('Noch ein Entwurf');
    expect((await as['fachkraft.offenbach'].get(`/api/news/${unpublished.id}`)).status).toBe(404);
    expect((await as['koordination.dlt'].get(`/api/news/${unpublished.id}`)).status).toBe(200);

    const later = new Date(clock.now().getTime() + 3_600_000).toISOString();
    const scheduled = await publish(
      as['koordination.dlt'],
      await create(as['koordination.dlt'], draft('Geplant')),
      later,
    );
    expect(scheduled.publishedAt).toBe(later);
    expect(await feedTitles(as['fachkraft.offenbach'])).not.toContain('Geplant');
    expect((await as['fachkraft.offenbach'].get(`/api/news/${scheduled.id}`)).status).toBe(404);
    // Exactly at its time, not a millisecond earlier.
    clock.set(new Date(new Date(later).getTime() - 1));
    expect(await feedTitles(as['fachkraft.offenbach'])).not.toContain('Geplant');
    expect((await as['fachkraft.offenbach'].get(`/api/news/${scheduled.id}`)).status).toBe(404);
    clock.set(later);
    expect(await feedTitles(as['fachkraft.offenbach'])).toContain('Geplant');
    expect((await as['fachkraft.offenbach'].get(`/api/news/${scheduled.id}`)).status).toBe(200);
  });

  it('lets editors write for their own Jobcenter only, and edit only its items', async () => {
    const own = await create(
      as['redaktion.biberach'],
      draft('Aus Biberach', { ...EVERYONE, organisationIds: [biberachId] }),
    );
    expect(own.organisation?.name).toBe('Landkreis Biberach');
    await publish(as['redaktion.biberach'], own);
    expect(await feedTitles(as['fachkraft.biberach'])).toContain('Aus Biberach');
    expect(await feedTitles(as['fachkraft.offenbach'])).not.toContain('Aus Biberach');

    for (const audience of [
      EVERYONE,
      { ...EVERYONE, organisationIds: [offenbachId] },
      { ...EVERYONE, states: ['Hessen' as const] },
    ]) {
      const refused = await as['redaktion.biberach'].post('/api/news', draft('Zu weit', audience));
      expect(refused.status).toBe(403);
      expect(((await refused.json()) as ProblemDto).detail).toContain('eigene Jobcenter');
    }

    const foreign = await create(as['koordination.dlt'], draft('Vom Verband'));
    const edit = await as['redaktion.biberach'].request('PUT', `/api/news/${foreign.id}`, {
      body: {
        ...draft('Übernommen', { ...EVERYONE, organisationIds: [biberachId] }),
        version: foreign.version,
      },
    });
    expect(edit.status).toBe(404);
    const staffWrite = await as['fachkraft.biberach'].post(
      '/api/news',
      draft('Von Mitarbeitenden', { ...EVERYONE, organisationIds: [biberachId] }),
    );
    expect(staffWrite.status).toBe(403);
  });

  it('refuses a stale edit with 409 and marks edits after publication', async () => {
    const item = await publish(
      as['koordination.dlt'],
      await create(as['koordination.dlt'], draft('Versioniert')),
    );
    const first = await as['koordination.dlt'].request('PUT', `/api/news/${item.id}`, {
      body: { ...draft('Versioniert, korrigiert'), version: item.version },
    });
    expect(first.status).toBe(200);
    const updated = (await first.json()) as NewsDto;
    expect(updated.version).toBe(item.version + 1);
    expect(updated.editedAt).not.toBeNull();

    const stale = await as['admin'].request('PUT', `/api/news/${item.id}`, {
      body: { ...draft('Veraltet'), version: item.version },
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ProblemDto).detail).toContain('inzwischen geändert');
    const stored = (await (await as['koordination.dlt'].get(`/api/news/${item.id}`)).json()) as NewsDto;
    expect(stored.title).toBe('Versioniert, korrigiert');
  });

  it('keeps the publication date of a live item through an edit and a repeated publish', async () => {
    const hour = 3_600_000;
    const live = await publish(
      as['koordination.dlt'],
      await create(as['koordination.dlt'], draft('Live bearbeitet')),
    );
    const publishedAt = live.publishedAt;
    clock.advance(hour);
    // What the editor sends: every field as loaded, plus the change.
    const edit = (item: NewsDto, title: string) =>
      as['koordination.dlt'].request('PUT', `/api/news/${item.id}`, {
        body: {
          ...draft(title),
          important: item.important,
          commentsEnabled: item.commentsEnabled,
          pinnedUntil: item.pinnedUntil,
          expiresAt: item.expiresAt,
          version: item.version,
        },
      });
    const response = await edit(live, 'Live bearbeitet, korrigiert');
    expect(response.status).toBe(200);
    const edited = (await response.json()) as NewsDto;
    expect(edited.publishedAt).toBe(publishedAt);
    expect(edited.editedAt).toBe(clock.now().toISOString());

    // An older editor published again after saving, with the loaded date or none: nothing moves.
    clock.advance(hour);
    for (const publishAt of [publishedAt!, undefined]) {
      const current = (await (await as['koordination.dlt'].get(`/api/news/${live.id}`)).json()) as NewsDto;
      const again = await publish(as['koordination.dlt'], current, publishAt);
      expect(again.publishedAt).toBe(publishedAt);
      expect(again.editedAt).toBe(edited.editedAt);
      expect(again.version).toBe(edited.version);
    }
    const stored: { published_at: Date }[] = await testApp.dataSource.query(
      'SELECT published_at FROM news WHERE id = $1',
      [live.id],
    );
    expect(stored[0]!.published_at.toISOString()).toBe(publishedAt);

    // A scheduled item is not live yet: it can still be moved.
    const scheduled = await publish(
      as['koordination.dlt'],
      await create(as['koordination.dlt'], draft('Verschoben')),
      new Date(clock.now().getTime() + hour).toISOString(),
    );
    expect(scheduled.scheduled).toBe(true);
    expect(edited.scheduled).toBe(false);
    const later = new Date(clock.now().getTime() + 2 * hour).toISOString();
    expect((await publish(as['koordination.dlt'], scheduled, later)).publishedAt).toBe(later);
  });

  it('lets an item be edited after its pin ended or it expired, as long as those dates stay unchanged', async () => {
    const hour = 3_600_000;
    const at = (offset: number) => new Date(clock.now().getTime() + offset).toISOString();
    const created = await create(as['koordination.dlt'], {
      ...draft('Abgelaufen bearbeitet'),
      pinnedUntil: at(hour),
      expiresAt: at(2 * hour),
    });
    const item = await publish(as['koordination.dlt'], created);
    clock.advance(3 * hour);
    const put = (change: Partial<CreateNewsRequest>) =>
      as['koordination.dlt'].request('PUT', `/api/news/${item.id}`, {
        body: {
          ...draft('Abgelaufen, korrigiert'),
          pinnedUntil: item.pinnedUntil,
          expiresAt: item.expiresAt,
          ...change,
          version: item.version,
        },
      });

    // Changed to another past time, or newly set in the past: still refused, nothing saved.
    for (const [change, field] of [
      [{ pinnedUntil: at(-hour / 2) }, 'pinnedUntil'],
      [{ expiresAt: at(-hour / 2) }, 'expiresAt'],
    ] as const) {
      const refused = await put(change);
      expect(refused.status).toBe(400);
      expect(Object.keys(((await refused.json()) as ProblemDto).errors ?? {})).toEqual([field]);
    }
    const unpinned = await create(as['koordination.dlt'], draft('Nie angeheftet'));
    const newlyPast = await as['koordination.dlt'].request('PUT', `/api/news/${unpinned.id}`, {
      body: { ...draft('Nie angeheftet'), pinnedUntil: at(-hour), version: unpinned.version },
    });
    expect(newlyPast.status).toBe(400);

    const response = await put({});
    expect(response.status).toBe(200);
    const saved = (await response.json()) as NewsDto;
    expect(saved.title).toBe('Abgelaufen, korrigiert');
    expect(saved.pinnedUntil).toBe(item.pinnedUntil);
    expect(saved.expiresAt).toBe(item.expiresAt);
    expect(saved.archived).toBe(true);
  });

  it('pages the feed with a cursor, without gaps or repeats', async () => {
    for (let i = 1; i <= 5; i++) {
      await publish(as['koordination.dlt'], await create(as['koordination.dlt'], draft(`Seite ${i}`)));
    }
    const seen: string[] = [];
    let cursor: string | null = null;
    do {
      const response = await as['fachkraft.offenbach'].get(
        `/api/news?limit=2${cursor ? `&cursor=${cursor}` : ''}`,
      );
      expect(response.status).toBe(200);
      const page = (await response.json()) as NewsFeedDto;
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor);
    expect(new Set(seen).size).toBe(seen.length);
    const all = (await (await as['fachkraft.offenbach'].get('/api/news?limit=50')).json()) as NewsFeedDto;
    expect(seen).toEqual(all.items.map((item) => item.id));
  });

  it.each([
    ['a title that is too long', { title: 'x'.repeat(201) }, 'title'],
    ['an empty title', { title: '   ' }, 'title'],
    ['an unknown category', { category: 'klatsch' }, 'category'],
    ['an unknown Bundesland', { audience: { ...EVERYONE, states: ['Atlantis'] } }, 'audience.states'],
    [
      'a malformed organisation id',
      { audience: { ...EVERYONE, organisationIds: ['x'] } },
      'audience.organisationIds',
    ],
    ['an unknown role', { audience: { ...EVERYONE, roles: ['kaiser'] } }, 'audience.roles'],
    ['a missing audience', { audience: undefined }, 'audience'],
    ['an unknown field', { sticky: true }, 'sticky'],
  ])('rejects %s with 400 and saves nothing', async (_case, change, field) => {
    const before: { count: string }[] = await testApp.dataSource.query('SELECT count(*) FROM news');
    const response = await as['koordination.dlt'].post('/api/news', { ...draft('Ungültig'), ...change });
    expect(response.status).toBe(400);
    expect(Object.keys(((await response.json()) as ProblemDto).errors ?? {})).toContain(field);
    const after: { count: string }[] = await testApp.dataSource.query('SELECT count(*) FROM news');
    expect(after[0]!.count).toBe(before[0]!.count);
  });

  it('rejects a forged cursor and an oversized page', async () => {
    expect((await as['fachkraft.offenbach'].get('/api/news?cursor=bm9wZQ')).status).toBe(400);
    expect(
      (await as['fachkraft.offenbach'].get(`/api/news?cursor=${encodeURIComponent("' OR 1=1")}`)).status,
    ).toBe(400);
    expect((await as['fachkraft.offenbach'].get('/api/news?limit=500')).status).toBe(400);
  });

  it('has the campaign press release of 26 Nov 2018 as demo content, with its source', async () => {
    const titles = await feedTitles(as['fachkraft.offenbach']);
    const title = '104 kommunale Jobcenter starten Kampagne „Stark. Sozial. Vor Ort.“';
    expect(titles).toContain(title);
    expect(titles).not.toContain('Biberach: neue Sprechzeiten im Jobcenter');
    expect(await feedTitles(as['fachkraft.biberach'])).toContain('Biberach: neue Sprechzeiten im Jobcenter');
    const feed = (await (await as['fachkraft.offenbach'].get('/api/news?limit=50')).json()) as NewsFeedDto;
    const summary = feed.items.find((item) => item.title === title)!;
    expect(summary.organisation?.name).toBe('Deutscher Landkreistag');
    const detail = (await (await as['fachkraft.offenbach'].get(`/api/news/${summary.id}`)).json()) as NewsDto;
    expect(detail.publishedAt).toBe('2018-11-26T08:00:00.000Z');
    expect(detail.body).toContain('Quelle: Pressemitteilung des Deutschen Landkreistages vom 26.11.2018');
  });

  it('serves the feed from its index', async () => {
    await testApp.dataSource.query('SET enable_seqscan = off');
    const plan: { 'QUERY PLAN': string }[] = await testApp.dataSource.query(
      `EXPLAIN SELECT id FROM news WHERE status = 'published' AND published_at <= now() ORDER BY published_at DESC, id DESC LIMIT 21`,
    );
    await testApp.dataSource.query('RESET enable_seqscan');
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('news_feed_idx');
  });
});
