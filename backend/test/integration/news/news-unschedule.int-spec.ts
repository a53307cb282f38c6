import type {
  AudienceDto,
  CreateNewsRequest,
  NewsDraftListDto,
  NewsDto,
  NotificationListDto,
  ProblemDto,
} from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { NewsNotifier } from '../../../src/modules/news/news-notifier';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const HOUR = 3_600_000;

describe('news: „Planung aufheben“ takes a scheduled item back to a draft', () => {
  let testApp: TestApp;
  const clock = new ManualClock();
  const as = {} as Record<DemoLogin, HttpClient>;
  let biberachId: string;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(
      testApp.baseUrl,
      ['koordination.dlt', 'redaktion.biberach', 'redaktion.offenbach', 'fachkraft.biberach'] as DemoLogin[],
      as,
    );
    const rows: { id: string }[] = await testApp.dataSource.query(
      `SELECT id FROM organisations WHERE key = 'landkreis-biberach'`,
    );
    biberachId = rows[0]!.id;
  });
  afterAll(() => testApp.close());

  const biberach = (): AudienceDto => ({ ...EVERYONE, organisationIds: [biberachId] });

  async function create(client: HttpClient, title: string, audience: AudienceDto): Promise<NewsDto> {
    const request: CreateNewsRequest = {
      title,
      teaser: 'Kurz',
      body: 'Text',
      category: 'netzwerk',
      audience,
    };
    const response = await client.post('/api/news', request);
    expect(response.status).toBe(201);
    return (await response.json()) as NewsDto;
  }

  async function publish(client: HttpClient, item: NewsDto, publishAt?: string): Promise<NewsDto> {
    const response = await client.post(`/api/news/${item.id}/publish`, { version: item.version, publishAt });
    expect(response.status).toBe(200);
    await testApp.app.get(JobQueue).drained();
    return (await response.json()) as NewsDto;
  }

  async function scheduled(client: HttpClient, title: string, audience = biberach()): Promise<NewsDto> {
    const later = new Date(clock.now().getTime() + HOUR).toISOString();
    const item = await publish(client, await create(client, title, audience), later);
    expect(item.scheduled).toBe(true);
    return item;
  }

  const unschedule = (client: HttpClient, item: NewsDto, version = item.version) =>
    client.post(`/api/news/${item.id}/unschedule`, { version });

  it('makes it a draft without a date: on the desk, out of search, and never announced', async () => {
    const item = await scheduled(as['redaktion.biberach'], 'Geplant und zurückgezogen');
    const indexed = () =>
      testApp.dataSource.query(`SELECT 1 FROM search_documents WHERE type = 'news' AND source_id = $1`, [
        item.id,
      ]) as Promise<unknown[]>;
    expect(await indexed()).toHaveLength(1);

    const response = await unschedule(as['redaktion.biberach'], item);
    expect(response.status).toBe(200);
    const draft = (await response.json()) as NewsDto;
    expect(draft).toEqual(
      expect.objectContaining({
        status: 'draft',
        publishedAt: null,
        scheduled: false,
        version: item.version + 1,
      }),
    );
    const desk = (await (await as['redaktion.biberach'].get('/api/news/drafts')).json()) as NewsDraftListDto;
    expect(desk.items.find((entry) => entry.id === item.id)?.publishedAt).toBeNull();
    expect(await indexed()).toHaveLength(0);
    const logged: { summary: string }[] = await testApp.dataSource.query(
      `SELECT summary FROM audit_log WHERE action = 'news.unscheduled' AND target_id = $1`,
      [item.id],
    );
    expect(logged.map((row) => row.summary)).toEqual(['Geplant und zurückgezogen']);

    // Its former time passes: the sweep must not announce it, and readers still cannot open it.
    clock.set(new Date(clock.now().getTime() + 2 * HOUR));
    await testApp.app.get(NewsNotifier).notifyDue();
    const bell = (await (
      await as['fachkraft.biberach'].get('/api/notifications?limit=50')
    ).json()) as NotificationListDto;
    expect(bell.items.map((entry) => entry.link)).not.toContain(`/neuigkeiten/${item.id}`);
    expect((await as['fachkraft.biberach'].get(`/api/news/${item.id}`)).status).toBe(404);
  });

  it('is allowed to the item’s editors and coordination, refused to staff and other Jobcenters', async () => {
    const item = await scheduled(as['redaktion.biberach'], 'Nur Biberach darf');
    expect((await unschedule(as['fachkraft.biberach'], item)).status).toBe(403);
    // Another Jobcenter's editor cannot see a scheduled item: „not found“, as for publish.
    expect((await unschedule(as['redaktion.offenbach'], item)).status).toBe(404);
    expect((await unschedule(as['koordination.dlt'], item)).status).toBe(200);

    const network = await scheduled(as['koordination.dlt'], 'Vom Verband geplant', EVERYONE);
    expect((await unschedule(as['redaktion.biberach'], network)).status).toBe(404);
    expect((await unschedule(as['koordination.dlt'], network)).status).toBe(200);
  });

  it('refuses items that are not scheduled and stale versions with 409', async () => {
    const client = as['redaktion.biberach'];
    const draft = await create(client, 'Nie geplant', biberach());
    const notScheduled = await unschedule(client, draft);
    expect(notScheduled.status).toBe(409);
    expect(((await notScheduled.json()) as ProblemDto).detail).toContain('Nur geplante Neuigkeiten');

    const live = await publish(client, await create(client, 'Schon sichtbar', biberach()));
    expect((await unschedule(client, live)).status).toBe(409);
    const archived = await client.post(`/api/news/${live.id}/archive`, { version: live.version });
    expect(archived.status).toBe(200);
    expect((await unschedule(client, (await archived.json()) as NewsDto)).status).toBe(409);

    const item = await scheduled(client, 'Zweimal geändert');
    const stale = await unschedule(client, item, item.version - 1);
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ProblemDto).detail).toContain('inzwischen geändert');
    const current = (await (await client.get(`/api/news/${item.id}`)).json()) as NewsDto;
    expect(current.scheduled).toBe(true);
  });
});
