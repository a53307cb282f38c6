import type {
  AcknowledgementStatsDto,
  CreateNewsRequest,
  NewsDraftListDto,
  NewsDto,
  NewsFeedDto,
  NotificationListDto,
  ProblemDto,
} from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const HOUR = 3_600_000;

describe('news: reading, pinning, archive, acknowledgements, filters', () => {
  let testApp: TestApp;
  const clock = new ManualClock();
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(
      testApp.baseUrl,
      ['koordination.dlt', 'redaktion.biberach', 'fachkraft.biberach', 'fachkraft.offenbach'] as DemoLogin[],
      as,
    );
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

  async function feed(client: HttpClient, query = ''): Promise<NewsFeedDto> {
    const response = await client.get(`/api/news?limit=50${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as NewsFeedDto;
  }

  const titles = (items: { title: string }[]) => items.map((item) => item.title);

  it('renders the Markdown body as sanitised HTML and neutralises XSS in every field', async () => {
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror=alert(1)>',
      '[Klick](javascript:alert(1))',
      '"><svg onload=alert(1)>',
    ];
    const item = await published(
      draft(`Titel ${payloads[0]}`, {
        teaser: payloads[1]!,
        body: `## Abschnitt\n\n**fett** ${payloads.join(' ')} [Portal](https://example.org)`,
      }),
    );
    expect(item.bodyHtml).toContain('<h2>Abschnitt</h2>');
    expect(item.bodyHtml).toContain('<strong>fett</strong>');
    expect(item.bodyHtml).toContain('rel="noopener noreferrer"');
    const elements = item.bodyHtml.match(/<[^>]*>/g) ?? [];
    expect(elements.join('')).not.toMatch(/<(script|img|svg)|\son\w+=|javascript:/i);
    // Title and teaser are plain text: stored as written, shown escaped by the UI.
    expect(item.title).toBe(`Titel ${payloads[0]}`);
  });

  it('previews Markdown for writers only', async () => {
    const response = await as['redaktion.biberach'].post('/api/news/preview', { body: '*kursiv* <b>x</b>' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ html: '<p><em>kursiv</em> &lt;b&gt;x&lt;/b&gt;</p>\n' });
    expect((await as['fachkraft.biberach'].post('/api/news/preview', { body: 'x' })).status).toBe(403);
  });

  it('keeps pinned items on top until their end date, then in their normal place', async () => {
    const until = new Date(clock.now().getTime() + 2 * HOUR).toISOString();
    await published(draft('Angeheftet für alle', { pinnedUntil: until }));
    await published(draft('Neuer, aber nicht angeheftet'));
    const before = await feed(as['fachkraft.offenbach']);
    expect(titles(before.pinned)).toContain('Angeheftet für alle');
    expect(before.pinned.every((item) => item.pinned)).toBe(true);
    expect(titles(before.items)).not.toContain('Angeheftet für alle');
    expect(titles(before.items)[0]).toBe('Neuer, aber nicht angeheftet');

    clock.set(new Date(new Date(until).getTime() + 1));
    const after = await feed(as['fachkraft.offenbach']);
    expect(titles(after.pinned)).not.toContain('Angeheftet für alle');
    expect(titles(after.items).slice(0, 2)).toEqual(['Neuer, aber nicht angeheftet', 'Angeheftet für alle']);
  });

  it('moves expired and archived items from the feed to the archive, still readable by link', async () => {
    const expiring = await published(
      draft('Läuft bald ab', { expiresAt: new Date(clock.now().getTime() + HOUR).toISOString() }),
    );
    const archived = await published(draft('Wird archiviert'));
    expect(titles((await feed(as['fachkraft.offenbach'])).items)).toContain('Läuft bald ab');

    expect(
      (await as['fachkraft.offenbach'].post(`/api/news/${archived.id}/archive`, { version: 2 })).status,
    ).toBe(403);
    const stale = await as['koordination.dlt'].post(`/api/news/${archived.id}/archive`, { version: 1 });
    expect(stale.status).toBe(409);
    const done = await as['koordination.dlt'].post(`/api/news/${archived.id}/archive`, {
      version: archived.version,
    });
    expect(done.status).toBe(200);
    expect(((await done.json()) as NewsDto).archived).toBe(true);

    clock.advance(HOUR);
    const current = titles((await feed(as['fachkraft.offenbach'])).items);
    expect(current).not.toContain('Läuft bald ab');
    expect(current).not.toContain('Wird archiviert');
    const archive = titles((await feed(as['fachkraft.offenbach'], '&archived=true')).items);
    expect(archive).toEqual(expect.arrayContaining(['Läuft bald ab', 'Wird archiviert']));
    const detail = await as['fachkraft.offenbach'].get(`/api/news/${expiring.id}`);
    expect(detail.status).toBe(200);
    expect(((await detail.json()) as NewsDto).archived).toBe(true);
    // Outside the audience, the archive hides it like the feed does.
    const forBiberach = await published(
      draft('Archiv nur Hessen', { audience: { ...EVERYONE, states: ['Hessen'] } }),
    );
    await as['koordination.dlt'].post(`/api/news/${forBiberach.id}/archive`, {
      version: forBiberach.version,
    });
    expect(titles((await feed(as['fachkraft.biberach'], '&archived=true')).items)).not.toContain(
      'Archiv nur Hessen',
    );
  });

  it('marks items unread until the reader opens them', async () => {
    const item = await published(draft('Ungelesen bis geöffnet'));
    const unread = (await feed(as['fachkraft.biberach'])).items.find((entry) => entry.id === item.id);
    expect(unread?.unread).toBe(true);
    expect((await as['fachkraft.biberach'].get(`/api/news/${item.id}`)).status).toBe(200);
    const read = (await feed(as['fachkraft.biberach'])).items.find((entry) => entry.id === item.id);
    expect(read?.unread).toBe(false);
    // Someone else's mark is their own.
    const other = (await feed(as['fachkraft.offenbach'])).items.find((entry) => entry.id === item.id);
    expect(other?.unread).toBe(true);
  });

  it('clears the notification about an item when the reader opens the item, for that reader only', async () => {
    const item = await published(draft('Benachrichtigung erledigt durch Lesen'));
    await testApp.app.get(JobQueue).drained();
    const notification = async (client: HttpClient) => {
      const response = await client.get('/api/notifications?limit=50');
      expect(response.status).toBe(200);
      return ((await response.json()) as NotificationListDto).items.find(
        (entry) => entry.link === `/neuigkeiten/${item.id}`,
      );
    };
    expect((await notification(as['fachkraft.biberach']))?.readAt).toBeNull();

    expect((await as['fachkraft.biberach'].get(`/api/news/${item.id}`)).status).toBe(200);
    expect((await notification(as['fachkraft.biberach']))?.readAt).toEqual(expect.any(String));
    expect((await notification(as['fachkraft.offenbach']))?.readAt).toBeNull();
  });

  it('counts acknowledgements per Jobcenter for the author and coordinators, never who', async () => {
    const item = await published(
      draft('Wichtig für Hessen', { important: true, audience: { ...EVERYONE, states: ['Hessen'] } }),
    );
    expect(item.mayViewAcknowledgements).toBe(true);
    expect((await as['fachkraft.biberach'].post(`/api/news/${item.id}/acknowledgement`, {})).status).toBe(
      404,
    );

    const first = await as['fachkraft.offenbach'].post(`/api/news/${item.id}/acknowledgement`, {});
    expect(first.status).toBe(200);
    const acknowledgedAt = ((await first.json()) as NewsDto).acknowledgedAt;
    expect(acknowledgedAt).toBe(clock.now().toISOString());
    clock.advance(1000);
    const again = await as['fachkraft.offenbach'].post(`/api/news/${item.id}/acknowledgement`, {});
    expect(((await again.json()) as NewsDto).acknowledgedAt).toBe(acknowledgedAt);

    const stats = await as['koordination.dlt'].get(`/api/news/${item.id}/acknowledgements`);
    expect(stats.status).toBe(200);
    const body = (await stats.json()) as AcknowledgementStatsDto;
    // The default minimum group of 1: every Jobcenter with its count (news-lifecycle tests 5).
    expect(body.organisations).toEqual([
      expect.objectContaining({
        organisation: expect.objectContaining({ key: 'kreis-offenbach' }),
        acknowledged: 1,
        audience: 1,
      }),
    ]);
    expect(body.smallGroups).toBeNull();
    expect(body.total).toEqual({ acknowledged: 1, audience: 1 });
    expect(JSON.stringify(body)).not.toMatch(/Offenbach.*(fachkraft|Nutzer|displayName)/i);

    const denied = await as['fachkraft.offenbach'].get(`/api/news/${item.id}/acknowledgements`);
    expect(denied.status).toBe(403);
    expect(((await denied.json()) as ProblemDto).title).toMatch(/Berechtigung/);

    const ordinary = await published(draft('Nicht wichtig'));
    expect(
      (await as['fachkraft.offenbach'].post(`/api/news/${ordinary.id}/acknowledgement`, {})).status,
    ).toBe(409);
  });

  it('filters by category, Land and period and searches words with German stemming', async () => {
    await published(
      draft('Digitaler Posteingang in Jobcentern', {
        category: 'digitalisierung',
        body: 'Wie kommunale Jobcenter die E-Akte einführen.',
      }),
    );
    await published(draft('Regionaltreffen Hessen', { audience: { ...EVERYONE, states: ['Hessen'] } }));
    const byCategory = titles((await feed(as['fachkraft.offenbach'], '&category=digitalisierung')).items);
    expect(byCategory).toContain('Digitaler Posteingang in Jobcentern');
    expect(byCategory).not.toContain('Regionaltreffen Hessen');

    const hessen = titles((await feed(as['fachkraft.offenbach'], '&state=Hessen')).items);
    expect(hessen).toContain('Regionaltreffen Hessen');
    expect(hessen).not.toContain('Digitaler Posteingang in Jobcentern');
    // Words never reach past the audience.
    expect(titles((await feed(as['fachkraft.biberach'], '&q=Regionaltreffen')).items)).toEqual([]);
    const words = titles(
      (await feed(as['fachkraft.offenbach'], `&q=${encodeURIComponent('Jobcenter E-Akte')}`)).items,
    );
    expect(words).toEqual(['Digitaler Posteingang in Jobcentern']);
    const excluded = titles(
      (await feed(as['fachkraft.offenbach'], `&q=${encodeURIComponent('Jobcenter -Posteingang')}`)).items,
    );
    expect(excluded).not.toContain('Digitaler Posteingang in Jobcentern');

    const today = clock.now().toISOString().slice(0, 10);
    const period = titles((await feed(as['fachkraft.offenbach'], `&from=2018-11-26&to=2018-11-26`)).items);
    expect(period).toEqual(['104 kommunale Jobcenter starten Kampagne „Stark. Sozial. Vor Ort.“']);
    expect(titles((await feed(as['fachkraft.offenbach'], `&from=${today}`)).items)).toContain(
      'Regionaltreffen Hessen',
    );

    for (const bad of ['&category=sport', '&state=Atlantis', '&from=26.11.2018', '&archived=vielleicht']) {
      const response = await as['fachkraft.offenbach'].get(`/api/news?${bad.slice(1)}`);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('rejects pin and expiry dates in the past with a German message', async () => {
    const past = new Date(clock.now().getTime() - HOUR).toISOString();
    const response = await as['koordination.dlt'].post(
      '/api/news',
      draft('Zu spät', { pinnedUntil: past, expiresAt: past }),
    );
    expect(response.status).toBe(400);
    const problem = (await response.json()) as ProblemDto & { errors: Record<string, string[]> };
    expect(problem.errors['pinnedUntil']?.[0]).toMatch(/Zukunft/);
    expect(problem.errors['expiresAt']?.[0]).toMatch(/Zukunft/);
  });

  it("lists the desk: an editor's drafts and scheduled items of their Jobcenter, not others'", async () => {
    const created = await as['redaktion.biberach'].post(
      '/api/news',
      draft('Biberacher Entwurf', {
        audience: { ...EVERYONE, organisationIds: [await biberachId()] },
      }),
    );
    expect(created.status).toBe(201);
    await as['koordination.dlt'].post('/api/news', draft('Entwurf der Koordination'));
    const desk = await as['redaktion.biberach'].get('/api/news/drafts');
    expect(desk.status).toBe(200);
    const items = titles(((await desk.json()) as NewsDraftListDto).items);
    expect(items).toContain('Biberacher Entwurf');
    expect(items).not.toContain('Entwurf der Koordination');
    expect((await as['fachkraft.biberach'].get('/api/news/drafts')).status).toBe(403);
  });

  async function biberachId(): Promise<string> {
    const rows: { id: string }[] = await testApp.dataSource.query(
      `SELECT id FROM organisations WHERE key = 'landkreis-biberach'`,
    );
    return rows[0]!.id;
  }
});
