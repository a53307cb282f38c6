import type { CreateNewsRequest, FeedTokenCreatedDto, FeedTokenStatusDto, NewsDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

function unfold(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function summaries(ics: string): string[] {
  return unfold(ics)
    .filter((line) => line.startsWith('SUMMARY:'))
    .map((line) => line.slice('SUMMARY:'.length).replace(/\\([\\;,])/g, '$1'));
}

/** A small well-formedness check: every tag closes in order, entities are the five XML ones. */
function assertWellFormedXml(xml: string): void {
  expect(xml).not.toMatch(/&(?!amp;|lt;|gt;|quot;|apos;)/);
  const stack: string[] = [];
  for (const match of xml.replace(/<\?xml[^>]*\?>/, '').matchAll(/<(\/?)([A-Za-z][\w:-]*)[^>]*?(\/?)>/g)) {
    const [, closing, name, selfClosing] = match;
    if (selfClosing) continue;
    if (closing) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
}

describe('personal feeds: token, calendar and news feed', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-11-25T10:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(
      testApp.baseUrl,
      ['koordination.dlt', 'fachkraft.biberach', 'fachkraft.offenbach'] as DemoLogin[],
      as,
    );
    anonymous = new HttpClient(testApp.baseUrl);
  });
  afterAll(() => testApp.close());

  async function rotate(client: HttpClient): Promise<FeedTokenCreatedDto> {
    const response = await client.post('/api/me/feed-token');
    expect(response.status).toBe(201);
    return (await response.json()) as FeedTokenCreatedDto;
  }

  const path = (url: string) => new URL(url).pathname;

  async function publishNews(request: CreateNewsRequest): Promise<NewsDto> {
    const created = (await (await as['koordination.dlt'].post('/api/news', request)).json()) as NewsDto;
    const published = await as['koordination.dlt'].post(`/api/news/${created.id}/publish`, {
      version: created.version,
    });
    expect(published.status).toBe(200);
    return (await published.json()) as NewsDto;
  }

  it('creates, shows the status of, rotates and revokes the token; stores only a hash', async () => {
    const client = as['fachkraft.offenbach'];
    expect(await (await client.get('/api/me/feed-token')).json()).toEqual({ exists: false, createdAt: null });
    const first = await rotate(client);
    expect(first.calendarUrl).toMatch(
      /^http:\/\/localhost:\d+\/api\/feeds\/[A-Za-z0-9_-]{43}\/termine\.ics$/,
    );
    expect(first.newsUrl).toMatch(/\/neuigkeiten\.atom$/);
    const status = (await (await client.get('/api/me/feed-token')).json()) as FeedTokenStatusDto;
    expect(status.exists).toBe(true);
    expect(status).not.toHaveProperty('calendarUrl');
    const token = path(first.calendarUrl).split('/')[3]!;
    const stored: { token_hash: string }[] = await testApp.dataSource.query(
      'SELECT token_hash FROM feed_tokens',
    );
    expect(stored.map((row) => row.token_hash).join()).not.toContain(token);
    expect(stored.every((row) => /^[0-9a-f]{64}$/.test(row.token_hash))).toBe(true);

    expect((await anonymous.get(path(first.calendarUrl))).status).toBe(200);
    const second = await rotate(client);
    expect(second.calendarUrl).not.toBe(first.calendarUrl);
    expect((await anonymous.get(path(first.calendarUrl))).status).toBe(404);
    expect((await anonymous.get(path(first.newsUrl))).status).toBe(404);
    expect((await anonymous.get(path(second.calendarUrl))).status).toBe(200);

    expect((await client.request('DELETE', '/api/me/feed-token')).status).toBe(204);
    expect((await anonymous.get(path(second.calendarUrl))).status).toBe(404);
    expect((await anonymous.get(path(second.newsUrl))).status).toBe(404);
    expect(await (await client.get('/api/me/feed-token')).json()).toEqual({ exists: false, createdAt: null });
    // The token routes need a session.
    expect((await anonymous.post('/api/me/feed-token')).status).toBe(401);
  });

  it('answers 404 to unknown and malformed tokens', async () => {
    for (const token of ['x', 'A'.repeat(43), '%2e%2e']) {
      expect((await anonymous.get(`/api/feeds/${token}/termine.ics`)).status).toBe(404);
      expect((await anonymous.get(`/api/feeds/${token}/neuigkeiten.atom`)).status).toBe(404);
    }
  });

  it('puts only the user’s audience into the calendar feed, upcoming and of the last 30 days', async () => {
    const offenbach = await rotate(as['fachkraft.offenbach']);
    const biberach = await rotate(as['fachkraft.biberach']);
    const day = 86_400_000;
    const event = (title: string, days: number, states: ('Hessen' | 'Baden-Württemberg')[] = []) =>
      as['koordination.dlt'].post('/api/events', {
        title,
        description: 'Feed-Test',
        startsAt: new Date(clock.now().getTime() + days * day).toISOString(),
        endsAt: new Date(clock.now().getTime() + days * day + 3_600_000).toISOString(),
        allDay: false,
        place: 'Online',
        audience: { ...EVERYONE, states },
      });
    expect((await event('Feed: Hessen', 3, ['Hessen'])).status).toBe(201);
    expect((await event('Feed: vor 10 Tagen', -10)).status).toBe(201);
    expect((await event('Feed: vor 40 Tagen', -40)).status).toBe(201);

    const response = await anonymous.get(path(offenbach.calendarUrl));
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const hessen = summaries(await response.text());
    expect(hessen).toEqual(
      expect.arrayContaining(['Feed: Hessen', 'Feed: vor 10 Tagen', 'Tag der kommunalen Jobcenter']),
    );
    expect(hessen).not.toContain('Feed: vor 40 Tagen');
    const bw = summaries(await (await anonymous.get(path(biberach.calendarUrl))).text());
    expect(bw).not.toContain('Feed: Hessen');
    expect(bw).not.toContain('Regionaltreffen Hessen');
    expect(bw).toContain('Redaktionssprechstunde im Jobcenter Biberach');
  });

  it('serves a well-formed Atom feed of the user’s news, escaped, evaluated at request time', async () => {
    await publishNews({
      title: 'Für das ganze Netzwerk',
      teaser: 'Alle',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    await publishNews({
      title: 'Nur Baden-Württemberg',
      teaser: 'BW',
      body: 'Text',
      category: 'netzwerk',
      audience: { ...EVERYONE, states: ['Baden-Württemberg'] },
    });
    await publishNews({
      title: 'Hessen: Q&A <Sprechstunde>',
      teaser: 'Fragen & Antworten zu „<Bürgergeld>“',
      body: 'Text',
      category: 'netzwerk',
      audience: { ...EVERYONE, states: ['Hessen'] },
    });
    const offenbach = await rotate(as['fachkraft.offenbach']);
    const biberach = await rotate(as['fachkraft.biberach']);
    const response = await anonymous.get(path(offenbach.newsUrl));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
    const xml = await response.text();
    assertWellFormedXml(xml);
    expect(xml).toContain('<feed xmlns="http://www.w3.org/2005/Atom"');
    expect(xml).toContain('Hessen: Q&amp;A &lt;Sprechstunde&gt;');
    expect(xml).toContain('Fragen &amp; Antworten zu „&lt;Bürgergeld&gt;“');
    expect(xml).toContain('Für das ganze Netzwerk');
    expect(xml).not.toContain('Nur Baden-Württemberg');
    const bw = await (await anonymous.get(path(biberach.newsUrl))).text();
    assertWellFormedXml(bw);
    expect(bw).not.toContain('Hessen: Q&amp;A');
    expect(bw).toContain('Für das ganze Netzwerk');
    expect(bw).toContain('Nur Baden-Württemberg');

    // Moving to another Jobcenter changes the feed at once, without a new token.
    // fachkraft.offenbach is the only signed-in user of Kreis Offenbach in this file.
    const offenbachUser: { id: string }[] = await testApp.dataSource.query(
      `SELECT id FROM users WHERE organisation_id = (SELECT id FROM organisations WHERE key = 'kreis-offenbach')`,
    );
    await testApp.dataSource.query(
      `UPDATE users SET organisation_id = (SELECT id FROM organisations WHERE key = 'landkreis-biberach') WHERE id = $1`,
      [offenbachUser[0]!.id],
    );
    const moved = await (await anonymous.get(path(offenbach.newsUrl))).text();
    expect(moved).not.toContain('Hessen: Q&amp;A');
    await testApp.dataSource.query(
      `UPDATE users SET organisation_id = (SELECT id FROM organisations WHERE key = 'kreis-offenbach') WHERE id = $1`,
      [offenbachUser[0]!.id],
    );
  });

  it('keeps pinned items in the Atom feed, once each, in their place by date', async () => {
    const minute = 60_000;
    const news = (title: string, pinnedUntil?: string): CreateNewsRequest => ({
      title,
      teaser: title,
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
      pinnedUntil,
    });
    clock.advance(minute);
    await publishNews(news('Atom: davor'));
    clock.advance(minute);
    const pinned = await publishNews(
      news('Atom: angeheftet', new Date(clock.now().getTime() + 7 * 86_400_000).toISOString()),
    );
    expect(pinned.pinned).toBe(true);
    clock.advance(minute);
    await publishNews(news('Atom: danach'));
    const offenbach = await rotate(as['fachkraft.offenbach']);
    const xml = await (await anonymous.get(path(offenbach.newsUrl))).text();
    assertWellFormedXml(xml);
    const titles = [...xml.matchAll(/<title type="text">(Atom: [^<]*)<\/title>/g)].map((match) => match[1]);
    // Newest first, the pinned item while still pinned exactly once between the others.
    expect(titles).toEqual(['Atom: danach', 'Atom: angeheftet', 'Atom: davor']);
  });

  it('keeps the token out of the request log', async () => {
    const { redactFeedToken } = await import('../../../src/modules/feeds/feed-token');
    expect(redactFeedToken('/api/feeds/abcDEF_123-xyz/termine.ics?x=1')).toBe(
      '/api/feeds/[redacted]/termine.ics?x=1',
    );
  });
});
