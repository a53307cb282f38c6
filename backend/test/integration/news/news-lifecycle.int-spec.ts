import type {
  AcknowledgementStatsDto,
  CreateNewsRequest,
  NewsDto,
  NewsFeedDto,
  NewsSummaryDto,
  ProblemDto,
} from '@portal/contracts';
import { EVERYONE, NEWS_LIMITS } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

describe('news: archive and back, many pinned items, acknowledgement rates, field limits', () => {
  let testApp: TestApp;
  const clock = new ManualClock();
  const as = {} as Record<DemoLogin, HttpClient>;
  const organisation = {} as Record<'biberach' | 'offenbach', string>;

  beforeAll(async () => {
    // Groups under 5 people show no acknowledgement count (the works-council setting).
    testApp = await createTestApp({ ACKNOWLEDGEMENT_MIN_GROUP: '5' }, { clock });
    await signInAll(
      testApp.baseUrl,
      [
        'koordination.dlt',
        'redaktion.biberach',
        'leitung.biberach',
        'fachkraft.biberach',
        'fachkraft.offenbach',
        'leitung.offenbach',
      ] as DemoLogin[],
      as,
    );
    const rows: { id: string; key: string }[] = await testApp.dataSource.query(
      `SELECT id, key FROM organisations WHERE key IN ('landkreis-biberach', 'kreis-offenbach')`,
    );
    for (const row of rows) organisation[row.key === 'kreis-offenbach' ? 'offenbach' : 'biberach'] = row.id;
  });
  afterAll(() => testApp.close());

  function draft(title: string, extra: Partial<CreateNewsRequest> = {}): CreateNewsRequest {
    return {
      title,
      teaser: `Kurz: ${title}`,
      body: `Text zu ${title}`,
      category: 'netzwerk',
      audience: EVERYONE,
      ...extra,
    };
  }

  async function published(request: CreateNewsRequest, author = as['koordination.dlt']): Promise<NewsDto> {
    const created = await author.post('/api/news', request);
    expect(created.status).toBe(201);
    const item = (await created.json()) as NewsDto;
    const response = await author.post(`/api/news/${item.id}/publish`, { version: item.version });
    expect(response.status).toBe(200);
    // Every item gets its own publication time, so the feed order is defined.
    clock.advance(1000);
    return (await response.json()) as NewsDto;
  }

  it('marks the items written for the demo, not the real press release', async () => {
    const response = await as['fachkraft.biberach'].get('/api/news?limit=50&category=kampagne');
    expect(response.status).toBe(200);
    const { items } = (await response.json()) as NewsFeedDto;
    const demo = (title: string) => items.find((entry) => entry.title.startsWith(title))?.demo;
    expect(demo('Kampagnenmaterial 2019')).toBe(true);
    expect(demo('104 kommunale Jobcenter starten')).toBe(false);
  });

  it('counts whom an audience reaches before publishing: AND between lists, OR within; editors only their own', async () => {
    const count = async (client: HttpClient, query: string) => {
      const response = await client.get(`/api/news/audience-preview?${query}`);
      return { status: response.status, body: (await response.json()) as { recipients?: number } };
    };
    const both = `organisationIds=${organisation.biberach}&organisationIds=${organisation.offenbach}`;
    // Signed up: Biberach redaktion, leitung, fachkraft; Offenbach fachkraft, leitung.
    expect((await count(as['koordination.dlt'], both)).body.recipients).toBe(5);
    expect((await count(as['koordination.dlt'], `${both}&roles=staff`)).body.recipients).toBe(2);
    expect((await count(as['koordination.dlt'], `${both}&roles=staff&roles=manager`)).body.recipients).toBe(
      4,
    );
    // Hessen AND Biberach (Baden-Württemberg): nobody.
    expect(
      (await count(as['koordination.dlt'], `states=Hessen&organisationIds=${organisation.biberach}`)).body
        .recipients,
    ).toBe(0);
    expect(
      (await count(as['redaktion.biberach'], `organisationIds=${organisation.biberach}`)).body.recipients,
    ).toBe(3);

    // The authoring rules: an editor addresses only the own Jobcenter, staff author nothing.
    expect((await count(as['redaktion.biberach'], both)).status).toBe(403);
    expect((await count(as['redaktion.biberach'], '')).status).toBe(403);
    expect((await count(as['fachkraft.biberach'], both)).status).toBe(403);
    const invalid = await count(as['koordination.dlt'], 'states=Atlantis&roles=king');
    expect(invalid.status).toBe(400);
    expect(Object.keys((invalid.body as ProblemDto).errors ?? {})).toEqual(
      expect.arrayContaining(['states', 'roles']),
    );
  });

  it('keeps the original date when an archived item is published again, and marks it updated', async () => {
    const coordinator = as['koordination.dlt'];
    const item = await published(draft('Aus dem Archiv zurück'));
    clock.advance(DAY);
    const archived = await coordinator.post(`/api/news/${item.id}/archive`, { version: item.version });
    expect(archived.status).toBe(200);
    const inArchive = (await archived.json()) as NewsDto;
    expect(inArchive.status).toBe('archived');

    clock.advance(DAY);
    const again = await coordinator.post(`/api/news/${item.id}/publish`, { version: inArchive.version });
    expect(again.status).toBe(200);
    const back = (await again.json()) as NewsDto;
    expect(back.status).toBe('published');
    expect(back.publishedAt).toBe(item.publishedAt);
    expect(back.editedAt).toBe(clock.now().toISOString());
    const feed = (await (await as['fachkraft.biberach'].get('/api/news?limit=50')).json()) as NewsFeedDto;
    expect(feed.items.map((entry) => entry.id)).toContain(item.id);
  });

  it('lists every item exactly once when more are pinned than the pinned section holds', async () => {
    const until = new Date(clock.now().getTime() + 7 * DAY).toISOString();
    const pinned: NewsDto[] = [];
    for (let index = 1; index <= 11; index++)
      pinned.push(await published(draft(`Angeheftet ${index}`, { pinnedUntil: until })));
    const ordinary = await published(draft('Nicht angeheftet'));

    const reader = as['fachkraft.offenbach'];
    const first = (await (await reader.get('/api/news?limit=3')).json()) as NewsFeedDto;
    const seen: NewsSummaryDto[] = [...first.pinned, ...first.items];
    let cursor = first.nextCursor;
    while (cursor) {
      const response = await reader.get(`/api/news?limit=3&cursor=${encodeURIComponent(cursor)}`);
      expect(response.status).toBe(200);
      const page = (await response.json()) as NewsFeedDto;
      expect(page.pinned).toEqual([]);
      seen.push(...page.items);
      cursor = page.nextCursor;
    }
    const ids = seen.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const item of [...pinned, ordinary]) expect(ids).toContain(item.id);
    expect(first.pinned).toHaveLength(10);
    // The oldest pinned item takes its place by date in the list, still marked as pinned.
    const overflow = seen.find((entry) => entry.id === pinned[0]?.id);
    expect(first.pinned.map((entry) => entry.id)).not.toContain(pinned[0]?.id);
    expect(overflow?.pinned).toBe(true);
    const feedIds = seen.slice(first.pinned.length).map((entry) => entry.id);
    expect(feedIds.indexOf(ordinary.id)).toBeLessThan(feedIds.indexOf(pinned[0]?.id ?? ''));

    // Once the pins end, all of them are in the normal list, still once each.
    clock.set(new Date(new Date(until).getTime() + 1000));
    const later = (await (await reader.get('/api/news?limit=50')).json()) as NewsFeedDto;
    const laterIds = [...later.pinned, ...later.items].map((entry) => entry.id);
    expect(new Set(laterIds).size).toBe(laterIds.length);
    for (const item of pinned) expect(laterIds).toContain(item.id);
  });

  it('counts acknowledgements per Jobcenter and in total over two Jobcenters, never who', async () => {
    // Three more colleagues in Offenbach (5 in all); Biberach keeps its 3 — too few for a count.
    await testApp.dataSource.query(
      `INSERT INTO users (issuer, subject, display_name, roles, organisation_id)
       SELECT 'test', 'ack-' || n, 'Kollegin ' || n, '{staff}', $1 FROM generate_series(1, 3) n`,
      [organisation.offenbach],
    );
    try {
      const item = await published(
        draft('Wichtig für zwei Jobcenter', {
          important: true,
          audience: { ...EVERYONE, organisationIds: [organisation.biberach, organisation.offenbach] },
        }),
      );
      for (const login of ['fachkraft.biberach', 'fachkraft.offenbach', 'leitung.offenbach'] as DemoLogin[])
        expect((await as[login].post(`/api/news/${item.id}/acknowledgement`, {})).status).toBe(200);

      const response = await as['koordination.dlt'].get(`/api/news/${item.id}/acknowledgements`);
      expect(response.status).toBe(200);
      const stats = (await response.json()) as AcknowledgementStatsDto;
      // Offenbach (5 people) is listed with its count; Biberach (3) only pooled, without a count
      // — „1 von 3“ among redaktion, leitung and fachkraft would narrow down who read it.
      expect(
        stats.organisations.map((row) => [row.organisation.key, row.acknowledged, row.audience]),
      ).toEqual([['kreis-offenbach', 2, 5]]);
      expect(stats.smallGroups).toEqual({ organisations: 1, acknowledged: null, audience: 3 });
      expect(stats.total).toEqual({ acknowledged: 3, audience: 8 });
      expect(stats.minimumGroup).toBe(5);
      const text = JSON.stringify(stats);
      expect(text).not.toMatch(/fachkraft|leitung|displayName|userId|email|biberach/i);

      // Readers see only their own status.
      const own = (await (await as['fachkraft.offenbach'].get(`/api/news/${item.id}`)).json()) as NewsDto;
      expect(own.acknowledgedAt).toEqual(expect.any(String));
      const other = (await (await as['leitung.biberach'].get(`/api/news/${item.id}`)).json()) as NewsDto;
      expect(other.acknowledgedAt).toBeNull();
    } finally {
      await testApp.dataSource.query(`DELETE FROM users WHERE issuer = 'test' AND subject LIKE 'ack-%'`);
    }
  });

  it('shows an editor the rates of their own item; others of the same Jobcenter are refused', async () => {
    const item = await published(
      draft('Wichtig in Biberach', {
        important: true,
        audience: { ...EVERYONE, organisationIds: [organisation.biberach] },
      }),
      as['redaktion.biberach'],
    );
    expect((await as['fachkraft.biberach'].post(`/api/news/${item.id}/acknowledgement`, {})).status).toBe(
      200,
    );
    const own = await as['redaktion.biberach'].get(`/api/news/${item.id}/acknowledgements`);
    expect(own.status).toBe(200);
    // Three people in the audience: the editor sees how many, not how many confirmed.
    expect(((await own.json()) as AcknowledgementStatsDto).total).toEqual({
      acknowledged: null,
      audience: 3,
    });
    for (const login of ['leitung.biberach', 'fachkraft.biberach'] as DemoLogin[]) {
      const refused = await as[login].get(`/api/news/${item.id}/acknowledgements`);
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it.each([
    ['teaser', { teaser: 'x'.repeat(NEWS_LIMITS.teaser + 1) }],
    ['body', { body: 'x'.repeat(NEWS_LIMITS.body + 1) }],
  ])('refuses an overlong %s with a German 400 and saves nothing', async (field, extra) => {
    const title = `Zu lang: ${field}`;
    const response = await as['koordination.dlt'].post('/api/news', draft(title, extra));
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as ProblemDto;
    expect(problem.title).toBe('Die Eingaben sind nicht gültig.');
    expect(problem.errors?.[field]?.[0]).toMatch(/höchstens|Zeichen/);
    const rows: unknown[] = await testApp.dataSource.query('SELECT 1 FROM news WHERE title = $1', [title]);
    expect(rows).toHaveLength(0);
  });

  it('accepts teaser and body exactly at their limits', async () => {
    const response = await as['koordination.dlt'].post(
      '/api/news',
      draft('Genau an der Grenze', {
        teaser: 't'.repeat(NEWS_LIMITS.teaser),
        body: 'b'.repeat(NEWS_LIMITS.body),
      }),
    );
    expect(response.status).toBe(201);
  });
});
