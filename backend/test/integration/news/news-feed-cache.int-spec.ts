import type { CreateNewsRequest, NewsDto, NewsFeedDto, NewsSummaryDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import sharp from 'sharp';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { NEWS_FEED_CHANGES_CHANNEL, NewsFeedCache } from '../../../src/modules/news/news-feed-cache';
import { eventually } from '../../support/eventually';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const HOUR = 3_600_000;

/**
 * The Start page's first page comes from each process's memory while nothing changed. Whatever a
 * card shows must reach it anyway — from this process's writers at once, from everyone else
 * (other instances, background jobs, plain SQL) through PostgreSQL's notifications — and time
 * must move it (scheduled items, pins, expiry) without any write.
 */
describe('news feed cache', () => {
  let testApp: TestApp;
  let cache: NewsFeedCache;
  const clock = new ManualClock();
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    cache = testApp.app.get(NewsFeedCache);
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'fachkraft.offenbach', 'fachkraft.biberach'], as);
    expect(await eventually(() => cache.keeping())).toBe(true);
  });
  afterAll(() => testApp.close());

  async function published(title: string, extra: Partial<CreateNewsRequest> = {}): Promise<NewsDto> {
    const created = await as['koordination.dlt'].post('/api/news', {
      title,
      teaser: `Kurz: ${title}`,
      body: `Text zu ${title}`,
      category: 'netzwerk',
      audience: EVERYONE,
      ...extra,
    });
    expect(created.status).toBe(201);
    const item = (await created.json()) as NewsDto;
    const response = await as['koordination.dlt'].post(`/api/news/${item.id}/publish`, {
      version: item.version,
    });
    expect(response.status).toBe(200);
    clock.advance(1000);
    return (await response.json()) as NewsDto;
  }

  async function startPage(login: DemoLogin = 'fachkraft.offenbach'): Promise<NewsFeedDto> {
    const response = await as[login].get('/api/news?limit=20');
    expect(response.status).toBe(200);
    return (await response.json()) as NewsFeedDto;
  }

  async function card(
    id: string,
    login: DemoLogin = 'fachkraft.offenbach',
  ): Promise<NewsSummaryDto | undefined> {
    const page = await startPage(login);
    return [...page.pinned, ...page.items].find((entry) => entry.id === id);
  }

  /** Waits until every notification sent before now has reached the cache (they arrive in order). */
  async function notificationsSettled(): Promise<void> {
    const before = cache.readVersion();
    await testApp.dataSource.query('SELECT pg_notify($1, $2)', [NEWS_FEED_CHANGES_CHANNEL, 'read:nobody']);
    expect(await eventually(() => cache.readVersion() > before)).toBe(true);
  }

  it('answers a repeated visit from memory, for every reader of the same audience', async () => {
    const item = await published('Aus dem Speicher');
    await startPage();
    const { hits } = cache.stats();
    expect((await card(item.id))?.title).toBe('Aus dem Speicher');
    expect(cache.stats().hits).toBe(hits + 1);
    // Another Jobcenter is another audience: its own page, not Offenbach's.
    expect((await card(item.id, 'fachkraft.biberach'))?.title).toBe('Aus dem Speicher');
    expect(cache.stats().hits).toBe(hits + 1);
  });

  it('shows an edit by the portal at once, and one made elsewhere as soon as PostgreSQL names it', async () => {
    const item = await published('Vor der Änderung');
    await startPage();
    const changed = await as['koordination.dlt'].request('PUT', `/api/news/${item.id}`, {
      body: {
        title: 'Nach der Änderung',
        teaser: item.teaser,
        body: item.body,
        category: item.category,
        audience: item.audience,
        important: item.important,
        commentsEnabled: item.commentsEnabled,
        pinnedUntil: item.pinnedUntil,
        expiresAt: item.expiresAt,
        version: item.version,
      },
    });
    expect(changed.status).toBe(200);
    expect((await card(item.id))?.title).toBe('Nach der Änderung');

    // Another instance, a migration, an operator: plain SQL.
    await testApp.dataSource.query(`UPDATE news SET title = 'Von anderswo geändert' WHERE id = $1`, [
      item.id,
    ]);
    expect(await eventually(async () => (await card(item.id))?.title === 'Von anderswo geändert')).toBe(true);

    // An audience narrowed elsewhere takes the item off the page of everyone outside it.
    await testApp.dataSource.query(`UPDATE news SET audience_states = '{Baden-Württemberg}' WHERE id = $1`, [
      item.id,
    ]);
    expect(await eventually(async () => (await card(item.id)) === undefined)).toBe(true);
    expect(await card(item.id, 'fachkraft.biberach')).toBeDefined();
  });

  it('keeps the page through bookkeeping that no card shows (the notification sweep)', async () => {
    const item = await published('Nur Buchhaltung');
    await startPage();
    await notificationsSettled();
    const { hits } = cache.stats();
    await testApp.dataSource.query('UPDATE news SET notified_at = now(), updated_at = now() WHERE id = $1', [
      item.id,
    ]);
    await notificationsSettled();
    await startPage();
    expect(cache.stats().hits).toBe(hits + 1);
  });

  it('follows the names on the cards: organisation and author renamed elsewhere', async () => {
    const item = await published('Namen auf der Karte');
    const before = await card(item.id);
    expect(before?.organisation?.name).toBeTruthy();
    await testApp.dataSource.query(`UPDATE organisations SET name = name || ' (neu)' WHERE id = $1`, [
      before!.organisation!.id,
    ]);
    expect(await eventually(async () => !!(await card(item.id))?.organisation?.name.endsWith(' (neu)'))).toBe(
      true,
    );
    await testApp.dataSource.query(
      `UPDATE users SET display_name = 'Umbenannte Koordination' WHERE id = (SELECT author_id FROM news WHERE id = $1)`,
      [item.id],
    );
    expect(
      await eventually(async () => (await card(item.id))?.author?.displayName === 'Umbenannte Koordination'),
    ).toBe(true);
  });

  it('marks an item read for its reader alone: opened through the portal at once, recorded elsewhere soon', async () => {
    const opened = await published('Geöffnet');
    const elsewhere = await published('Anderswo gelesen');
    expect((await card(opened.id))?.unread).toBe(true);
    expect((await card(opened.id, 'fachkraft.biberach'))?.unread).toBe(true);

    expect((await as['fachkraft.offenbach'].get(`/api/news/${opened.id}`)).status).toBe(200);
    expect((await card(opened.id))?.unread).toBe(false);
    // The page is shared by the audience; the mark is not.
    expect((await card(opened.id, 'fachkraft.biberach'))?.unread).toBe(true);

    await testApp.dataSource.query(
      'INSERT INTO news_reads (news_id, user_id, read_at) VALUES ($1, $2, now())',
      [elsewhere.id, await userId('fachkraft.offenbach')],
    );
    expect(await eventually(async () => (await card(elsewhere.id))?.unread === false)).toBe(true);
  });

  it('moves with the clock alone: a scheduled item appears, a pin ends, an item expires', async () => {
    const scheduledFor = new Date(clock.now().getTime() + HOUR);
    const created = await as['koordination.dlt'].post('/api/news', {
      title: 'Geplant',
      teaser: 'Kurz',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const draft = (await created.json()) as NewsDto;
    const scheduled = await as['koordination.dlt'].post(`/api/news/${draft.id}/publish`, {
      version: draft.version,
      publishAt: scheduledFor.toISOString(),
    });
    expect(scheduled.status).toBe(200);
    const pinned = await published('Angeheftet', {
      pinnedUntil: new Date(clock.now().getTime() + 2 * HOUR).toISOString(),
    });
    const expiring = await published('Läuft ab', {
      expiresAt: new Date(clock.now().getTime() + 3 * HOUR).toISOString(),
    });

    let page = await startPage();
    expect(page.items.some((entry) => entry.id === draft.id)).toBe(false);
    expect(page.pinned.some((entry) => entry.id === pinned.id)).toBe(true);
    await startPage(); // held in memory from here on

    clock.set(new Date(scheduledFor.getTime() + 1000));
    page = await startPage();
    expect(page.items.some((entry) => entry.id === draft.id)).toBe(true);

    clock.advance(HOUR);
    page = await startPage();
    expect(page.pinned.some((entry) => entry.id === pinned.id)).toBe(false);
    expect(page.items.some((entry) => entry.id === pinned.id)).toBe(true);

    clock.advance(HOUR);
    page = await startPage();
    expect(page.items.some((entry) => entry.id === expiring.id)).toBe(false);
  });

  it('follows the cover preview that a background job renders or drops', async () => {
    const item = await published('Mit Titelbild');
    const picture = await sharp({
      create: { width: 800, height: 450, channels: 3, background: { r: 0, g: 94, b: 168 } },
    })
      .png()
      .toBuffer();
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(picture)]), 'titel.png');
    body.append('altText', 'Blaue Fläche');
    expect((await as['koordination.dlt'].request('PUT', `/api/news/${item.id}/cover`, { body })).status).toBe(
      200,
    );
    await testApp.app.get(JobQueue).drained();
    expect(await eventually(async () => !!(await card(item.id))?.cover?.thumbnailUrl)).toBe(true);

    await testApp.dataSource.query(
      `UPDATE stored_files SET preview_status = 'failed'
        WHERE id = (SELECT file_id FROM news_files WHERE news_id = $1 AND role = 'cover')`,
      [item.id],
    );
    expect(await eventually(async () => (await card(item.id))?.cover?.thumbnailUrl === null)).toBe(true);
  });

  it('keeps nothing read before a change, nor past the next moment that changes the page, nor for an earlier time', () => {
    const now = clock.now();
    const page = { pinned: [], rows: [] };
    const before = cache.pageVersion();
    cache.forgetPages();
    cache.rememberPage('probe', page, now, null, before);
    expect(cache.page('probe', now)).toBeUndefined();

    const publication = new Date(now.getTime() + 1000);
    cache.rememberPage('probe', page, now, publication, cache.pageVersion());
    expect(cache.page('probe', now)).toBe(page);
    expect(cache.page('probe', new Date(now.getTime() - 1))).toBeUndefined();
    expect(cache.page('probe', publication)).toBeUndefined();

    const reads = cache.readVersion();
    cache.forgetReads('someone');
    cache.rememberReads('probe', ['a'], new Set(['a']), reads);
    expect(cache.readIds('probe', ['a'])).toBeUndefined();
    cache.rememberReads('probe', ['a', 'b'], new Set(['a']), cache.readVersion());
    expect(cache.readIds('probe', ['a', 'b'])).toEqual(new Set(['a']));
    expect(cache.readIds('probe', ['a', 'c'])).toBeUndefined();
  });

  it('keeps nothing while it cannot hear PostgreSQL, and caches again once it listens', async () => {
    const item = await published('Ohne Gehör');
    await startPage();
    await testApp.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'jobcenter-portal-feed-changes' AND datname = current_database()`,
    );
    expect(await eventually(() => !cache.keeping())).toBe(true);
    expect(cache.stats().pages).toBe(0);
    // Meanwhile every visit asks PostgreSQL and sees every change.
    await testApp.dataSource.query(`UPDATE news SET title = 'Ungehört geändert' WHERE id = $1`, [item.id]);
    expect((await card(item.id))?.title).toBe('Ungehört geändert');
    expect(await eventually(() => cache.keeping(), 5_000)).toBe(true);
  });

  async function userId(login: DemoLogin): Promise<string> {
    const response = await as[login].get('/api/me');
    return ((await response.json()) as { id: string }).id;
  }
});
