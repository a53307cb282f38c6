import type {
  AnnouncementDto,
  AnnouncementListDto,
  AuditListDto,
  CurrentAnnouncementsDto,
} from '@portal/contracts';
import { AuditAction } from '@portal/contracts';
import { CACHE_TTL_MS } from '../../../src/modules/announcements/announcements.service';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signIn, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const HOUR = 3_600_000;

describe('announcement banner: admins write it, everyone signed in sees it in its period', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-12-01T08:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(testApp.baseUrl, ['admin', 'koordination.dlt', 'fachkraft.biberach'] as DemoLogin[], as);
  });
  afterAll(() => testApp.close());

  const at = (offsetMs: number) => new Date(clock.now().getTime() + offsetMs).toISOString();

  async function current(client: HttpClient): Promise<AnnouncementDto[]> {
    const response = await client.get('/api/announcements/current');
    expect(response.status).toBe(200);
    return ((await response.json()) as CurrentAnnouncementsDto).items;
  }

  it('only admins manage announcements; anonymous gets 401', async () => {
    const body = { text: 'Wartung', severity: 'info', startsAt: at(0), endsAt: at(HOUR) };
    for (const login of ['koordination.dlt', 'fachkraft.biberach'] as DemoLogin[]) {
      expect((await as[login].get('/api/admin/announcements')).status).toBe(403);
      expect((await as[login].post('/api/admin/announcements', body)).status).toBe(403);
    }
    const anonymous = new HttpClient(testApp.baseUrl);
    expect((await anonymous.get('/api/announcements/current')).status).toBe(401);
    expect((await anonymous.get('/api/admin/announcements')).status).toBe(401);
    const noRole = await signIn(testApp.baseUrl, 'ohne.rolle');
    expect((await noRole.client.get('/api/announcements/current')).status).toBe(401);
  });

  it('refuses hostile input with German 400s', async () => {
    const cases: unknown[] = [
      { text: '', severity: 'info', startsAt: at(0), endsAt: at(HOUR) },
      { text: 'x'.repeat(501), severity: 'info', startsAt: at(0), endsAt: at(HOUR) },
      { text: 'Text', severity: 'panik', startsAt: at(0), endsAt: at(HOUR) },
      { text: 'Text', severity: 'info', startsAt: 'jetzt', endsAt: at(HOUR) },
      { text: 'Text', severity: 'info', startsAt: at(HOUR), endsAt: at(0) },
      { text: 'Text', severity: 'info', startsAt: at(0), endsAt: at(HOUR), id: 'x' },
    ];
    for (const body of cases) {
      const response = await as.admin.post('/api/admin/announcements', body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect(
      (
        await as.admin.request('PUT', '/api/admin/announcements/nope', {
          body: { text: 'Text', severity: 'info', startsAt: at(0), endsAt: at(HOUR) },
        })
      ).status,
    ).toBe(404);
    expect(
      (await as.admin.request('DELETE', '/api/admin/announcements/00000000-0000-4000-8000-000000000000'))
        .status,
    ).toBe(404);
  });

  it('shows a banner exactly within its period, most severe first, and records changes', async () => {
    const planned = await as.admin.post('/api/admin/announcements', {
      text: 'Wartungsfenster am Abend',
      severity: 'info',
      startsAt: at(HOUR),
      endsAt: at(3 * HOUR),
    });
    expect(planned.status).toBe(201);
    const info = (await planned.json()) as AnnouncementDto;
    expect(await current(as['fachkraft.biberach'])).toEqual([]);

    clock.advance(HOUR - 1);
    expect(await current(as['fachkraft.biberach'])).toEqual([]);
    clock.advance(1);
    expect((await current(as['fachkraft.biberach'])).map((item) => item.id)).toEqual([info.id]);

    const outage = (await (
      await as.admin.post('/api/admin/announcements', {
        text: 'Störung der Anmeldung',
        severity: 'stoerung',
        startsAt: at(0),
        endsAt: at(HOUR),
      })
    ).json()) as AnnouncementDto;
    // The writing instance drops its cache: visible at once.
    expect((await current(as['koordination.dlt'])).map((item) => item.severity)).toEqual([
      'stoerung',
      'info',
    ]);

    clock.advance(2 * HOUR);
    expect(await current(as['fachkraft.biberach'])).toEqual([]);

    const list = (await (await as.admin.get('/api/admin/announcements')).json()) as AnnouncementListDto;
    expect(list.items.map((item) => item.id).sort()).toEqual([info.id, outage.id].sort());

    const updated = await as.admin.request('PUT', `/api/admin/announcements/${info.id}`, {
      body: { text: 'Verlängert', severity: 'warnung', startsAt: at(-HOUR), endsAt: at(HOUR) },
    });
    expect(updated.status).toBe(200);
    expect((await current(as['fachkraft.biberach']))[0]).toMatchObject({
      text: 'Verlängert',
      severity: 'warnung',
    });

    expect((await as.admin.request('DELETE', `/api/admin/announcements/${info.id}`)).status).toBe(204);
    expect(await current(as['fachkraft.biberach'])).toEqual([]);

    const audit = (await (await as.admin.get('/api/admin/audit?limit=50')).json()) as AuditListDto;
    const actions = audit.items.map((entry) => entry.action);
    expect(actions.filter((action) => action === AuditAction.AnnouncementSaved)).toHaveLength(3);
    expect(actions).toContain(AuditAction.AnnouncementDeleted);
  });

  it('an edit on another instance shows there within the cache time', async () => {
    const other = await createTestApp({ DATABASE_URL: testApp.config.databaseUrl }, { clock, instance: 1 });
    try {
      const client = (await signIn(other.baseUrl, 'fachkraft.biberach')).client;
      expect(await current(client)).toEqual([]);
      clock.advance(1000);
      await as.admin.post('/api/admin/announcements', {
        text: 'Neu',
        severity: 'warnung',
        startsAt: at(0),
        endsAt: at(HOUR),
      });
      // Still the cached answer on the other instance …
      expect(await current(client)).toEqual([]);
      clock.advance(CACHE_TTL_MS);
      // … and fresh after the cache time.
      expect((await current(client)).map((item) => item.text)).toEqual(['Neu']);
    } finally {
      await other.close();
    }
  });
});
