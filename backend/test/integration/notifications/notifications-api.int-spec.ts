import type {
  NotificationDto,
  NotificationListDto,
  NotificationSettingsDto,
  ProblemDto,
  UnreadCountDto,
} from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { NotificationsService } from '../../../src/modules/notifications';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
  'fachkraft.offenbach',
];

describe('notifications: API, ownership and audience', () => {
  let testApp: TestApp;
  let service: NotificationsService;
  const clock = new ManualClock(new Date('2026-03-02T08:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  const idOf = {} as Record<DemoLogin, string>;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    service = testApp.app.get(NotificationsService);
    await signInAll(testApp.baseUrl, LOGINS, as);
    const users: { id: string; email: string }[] =
      await testApp.dataSource.query(`SELECT id, email FROM users`);
    for (const login of LOGINS) idOf[login] = users.find((user) => user.email.startsWith(`${login}@`))!.id;
  });
  afterAll(() => testApp.close());

  async function list(client: HttpClient, query = ''): Promise<NotificationListDto> {
    const response = await client.get(`/api/notifications${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as NotificationListDto;
  }

  async function unread(client: HttpClient): Promise<number> {
    const response = await client.get('/api/notifications/unread-count');
    expect(response.status).toBe(200);
    return ((await response.json()) as UnreadCountDto).unread;
  }

  async function recipientsOf(title: string): Promise<DemoLogin[]> {
    const rows: { user_id: string }[] = await testApp.dataSource.query(
      `SELECT user_id FROM notifications WHERE title = $1`,
      [title],
    );
    const ids = new Set(rows.map((row) => row.user_id));
    return LOGINS.filter((login) => ids.has(idOf[login])).sort();
  }

  const note = (title: string) => ({
    kind: 'news' as const,
    title,
    text: `Text zu ${title}`,
    link: '/neuigkeiten',
  });

  it('refuses anonymous requests on every endpoint (401) and lets every role use its own', async () => {
    const anonymous = new HttpClient(testApp.baseUrl);
    for (const [method, path] of [
      ['GET', '/api/notifications'],
      ['GET', '/api/notifications/unread-count'],
      ['POST', '/api/notifications/read-all'],
      ['GET', '/api/notifications/settings'],
      ['PUT', '/api/notifications/settings'],
      ['POST', `/api/notifications/${idOf['admin']}/read`],
    ] as const) {
      const response = await anonymous.request(method, path, method === 'GET' ? {} : { body: {} });
      expect(response.status).toBe(401);
    }
    for (const login of LOGINS) {
      expect((await list(as[login])).items).toEqual([]);
      expect(await unread(as[login])).toBe(0);
      expect((await as[login].get('/api/notifications/settings')).status).toBe(200);
    }
  });

  it('shows users only their own notifications: 404 for someone else’s', async () => {
    await service.notifyUsers([idOf['fachkraft.biberach']], note('Nur für Biberach'));
    const own = await list(as['fachkraft.biberach']);
    expect(own.items.map((item) => item.title)).toEqual(['Nur für Biberach']);
    const item = own.items[0]!;
    expect(item.readAt).toBeNull();
    expect(item.createdAt).toBe(clock.now().toISOString());
    expect((await list(as['fachkraft.offenbach'])).items).toEqual([]);

    const foreign = await as['fachkraft.offenbach'].post(`/api/notifications/${item.id}/read`);
    expect(foreign.status).toBe(404);
    expect(((await foreign.json()) as ProblemDto).detail).toBe('Diese Benachrichtigung gibt es nicht.');
    expect((await as['admin'].post(`/api/notifications/${item.id}/read`)).status).toBe(404);
    expect((await as['admin'].post(`/api/notifications/kein-uuid/read`)).status).toBe(404);
    expect(await unread(as['fachkraft.biberach'])).toBe(1);

    clock.advance(60_000);
    const read = await as['fachkraft.biberach'].post(`/api/notifications/${item.id}/read`);
    expect(read.status).toBe(200);
    expect(((await read.json()) as NotificationDto).readAt).toBe(clock.now().toISOString());
    expect(await unread(as['fachkraft.biberach'])).toBe(0);
  });

  it('reaches exactly the audience: Hessen vs Baden-Württemberg, roles, and not the author', async () => {
    await service.notifyAudience({ ...EVERYONE, states: ['Hessen'] }, note('Für Hessen'));
    expect(await recipientsOf('Für Hessen')).toEqual(['fachkraft.offenbach']);

    await service.notifyAudience({ ...EVERYONE, states: ['Baden-Württemberg'] }, note('Für BW'));
    expect(await recipientsOf('Für BW')).toEqual([
      'fachkraft.biberach',
      'leitung.biberach',
      'redaktion.biberach',
    ]);

    await service.notifyAudience({ ...EVERYONE, roles: ['manager', 'coordinator'] }, note('Für Leitungen'));
    expect(await recipientsOf('Für Leitungen')).toEqual(['koordination.dlt', 'leitung.biberach']);

    const result = await service.notifyAudience(EVERYONE, note('Für alle'), {
      exceptUserId: idOf['koordination.dlt'],
    });
    expect(result.inserted).toBe(LOGINS.length - 1);
    expect(await recipientsOf('Für alle')).toEqual(
      LOGINS.filter((login) => login !== 'koordination.dlt').sort(),
    );

    const [biberach]: { id: string }[] = await testApp.dataSource.query(
      `SELECT id FROM organisations WHERE key = 'landkreis-biberach'`,
    );
    await service.notifyAudience(
      { states: ['Baden-Württemberg'], organisationIds: [biberach!.id], roles: ['staff'] },
      note('Für Mitarbeitende in Biberach'),
    );
    expect(await recipientsOf('Für Mitarbeitende in Biberach')).toEqual(['fachkraft.biberach']);
  });

  it('notifies listed users only within the content’s audience, and not the actor', async () => {
    const result = await service.notifyUsers(
      [idOf['fachkraft.offenbach'], idOf['fachkraft.biberach'], idOf['leitung.biberach'], idOf['admin']],
      { kind: 'mention', title: 'Erwähnt in Hessen', text: 'Kommentar', link: '/neuigkeiten' },
      {
        audience: { ...EVERYONE, states: ['Hessen', 'Baden-Württemberg'] },
        exceptUserId: idOf['leitung.biberach'],
      },
    );
    expect(result.inserted).toBe(2);
    expect(await recipientsOf('Erwähnt in Hessen')).toEqual(['fachkraft.biberach', 'fachkraft.offenbach']);
  });

  it('notifies once per source even when asked twice (retried job, re-published item)', async () => {
    const source = { type: 'news', id: '9f0a3c1e-0000-4000-8000-000000000001' };
    const first = await service.notifyAudience(EVERYONE, { ...note('Einmalig'), source });
    const again = await service.notifyAudience(EVERYONE, { ...note('Einmalig'), source });
    expect(first.inserted).toBe(LOGINS.length);
    expect(again.inserted).toBe(0);
  });

  it('pages with a cursor, newest first, and marks all read', async () => {
    const client = as['leitung.biberach'];
    for (let i = 1; i <= 5; i++) {
      clock.advance(1000);
      await service.notifyUsers([idOf['leitung.biberach']], note(`Seite ${i}`));
    }
    const first = await list(client, '?limit=3');
    expect(first.items.map((item) => item.title)).toEqual(['Seite 5', 'Seite 4', 'Seite 3']);
    expect(first.nextCursor).not.toBeNull();
    const second = await list(client, `?limit=3&cursor=${first.nextCursor}`);
    expect(second.items.map((item) => item.title).slice(0, 2)).toEqual(['Seite 2', 'Seite 1']);
    const before = await unread(client);
    expect(before).toBeGreaterThanOrEqual(5);

    const bad = await client.get('/api/notifications?limit=500&cursor=%%%');
    expect(bad.status).toBe(400);
    const forged = await client.get(`/api/notifications?cursor=${Buffer.from('x|y').toString('base64url')}`);
    expect(forged.status).toBe(400);

    const all = await client.post('/api/notifications/read-all');
    expect(all.status).toBe(200);
    expect(await unread(client)).toBe(0);
    expect(await unread(as['fachkraft.offenbach'])).toBeGreaterThan(0);
  });

  it('keeps settings per user and kind, with defaults, and validates them in German', async () => {
    const client = as['redaktion.biberach'];
    const defaults = (await (
      await client.get('/api/notifications/settings')
    ).json()) as NotificationSettingsDto;
    expect(defaults.settings).toEqual([
      { kind: 'news-important', delivery: 'immediately' },
      { kind: 'news', delivery: 'daily' },
      { kind: 'mention', delivery: 'immediately' },
      { kind: 'comment', delivery: 'immediately' },
      { kind: 'campaign-recall', delivery: 'immediately' },
      { kind: 'practice-review', delivery: 'immediately' },
      { kind: 'practice-decision', delivery: 'immediately' },
      { kind: 'practice-adoption', delivery: 'immediately' },
      { kind: 'practice-update', delivery: 'daily' },
      { kind: 'content-report', delivery: 'immediately' },
      { kind: 'resource-suggested', delivery: 'daily' },
      { kind: 'resource-decision', delivery: 'immediately' },
      { kind: 'resource-link-broken', delivery: 'daily' },
      { kind: 'accessibility-feedback', delivery: 'immediately' },
    ]);
    const saved = await client.request('PUT', '/api/notifications/settings', {
      body: {
        settings: [
          { kind: 'news', delivery: 'weekly' },
          { kind: 'comment', delivery: 'off' },
        ],
      },
    });
    expect(saved.status).toBe(200);
    const after = ((await saved.json()) as NotificationSettingsDto).settings;
    expect(after.find((setting) => setting.kind === 'news')?.delivery).toBe('weekly');
    expect(after.find((setting) => setting.kind === 'comment')?.delivery).toBe('off');
    // Someone else's settings are untouched.
    const other = (await (
      await as['fachkraft.biberach'].get('/api/notifications/settings')
    ).json()) as NotificationSettingsDto;
    expect(other.settings.find((setting) => setting.kind === 'news')?.delivery).toBe('daily');

    for (const body of [
      { settings: [{ kind: 'unbekannt', delivery: 'daily' }] },
      { settings: [{ kind: 'news', delivery: 'stündlich' }] },
      {
        settings: [
          { kind: 'news', delivery: 'daily' },
          { kind: 'news', delivery: 'off' },
        ],
      },
      { settings: 'alle' },
      { settings: [], extra: true },
    ]) {
      const refused = await client.request('PUT', '/api/notifications/settings', { body });
      expect(refused.status).toBe(400);
      const problem = (await refused.json()) as ProblemDto & { errors?: Record<string, string[]> };
      expect(problem.title).toBe('Die Eingaben sind nicht gültig.');
    }
    const unchanged = (await (
      await client.get('/api/notifications/settings')
    ).json()) as NotificationSettingsDto;
    expect(unchanged.settings).toEqual(after);
  });

  it('notifies 10,000 people in one statement', async () => {
    await testApp.dataSource.query(
      `INSERT INTO users (issuer, subject, display_name, email, roles)
       SELECT 'bulk', 'bulk-' || i, 'Person ' || i, NULL, '{staff}' FROM generate_series(1, 10000) i`,
    );
    const started = Date.now();
    const result = await service.notifyAudience({ ...EVERYONE, roles: ['staff'] }, note('Für sehr viele'));
    const elapsed = Date.now() - started;
    expect(result.inserted).toBe(10_002);
    // Measured ~0.7 s on the 2-core CI box; generous bound against a per-row regression.
    expect(elapsed).toBeLessThan(10_000);
  });
});
