import type {
  ContentReportDto,
  ContentReportListDto,
  MeDto,
  NotificationListDto,
  ProblemDto,
} from '@portal/contracts';
import { AuditAction, FrontendRoutes } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
];

describe('content reports: the coordination’s queue of reported content', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-11-25T10:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  let practices: { id: string; title: string }[];

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(testApp.baseUrl, LOGINS, as);
    practices = (await testApp.dataSource.query(
      `SELECT id, title FROM practices WHERE status = 'published' ORDER BY title LIMIT 3`,
    )) as { id: string; title: string }[];
    expect(practices.length).toBe(3);
  });
  afterAll(() => testApp.close());

  async function report(practice: { id: string }, reason: string): Promise<string> {
    clock.advance(60_000);
    const created = await json<{ id: string }>(
      await as['fachkraft.biberach'].post('/api/content-reports', {
        targetType: 'practice',
        targetId: practice.id,
        reason,
      }),
      201,
    );
    return created.id;
  }

  async function list(client: HttpClient, query = ''): Promise<ContentReportListDto> {
    return json<ContentReportListDto>(await client.get(`/api/content-reports${query}`), 200);
  }

  it('lets only coordination and administration list and handle reports', async () => {
    const id = await report(practices[0]!, 'Enthält einen Namen.');
    for (const login of ['fachkraft.biberach', 'redaktion.biberach', 'leitung.biberach'] as const) {
      expect((await as[login].get('/api/content-reports')).status).toBe(403);
      expect((await as[login].post(`/api/content-reports/${id}/resolve`, {})).status).toBe(403);
    }
    const anonymous = new HttpClient(testApp.baseUrl);
    expect((await anonymous.get('/api/content-reports')).status).toBe(401);
    expect((await anonymous.post(`/api/content-reports/${id}/resolve`, {})).status).toBe(401);
    // Nothing above changed the report.
    expect((await list(as['koordination.dlt'])).items.find((item) => item.id === id)?.status).toBe('open');
    expect((await list(as.admin)).items.some((item) => item.id === id)).toBe(true);
    const resolved = await json<ContentReportDto>(
      await as.admin.post(`/api/content-reports/${id}/resolve`, {}),
      200,
    );
    expect(resolved).toMatchObject({ status: 'resolved', resolution: null });
  });

  it('tells the coordination, with a link to the queue', async () => {
    await report(practices[1]!, 'Bitte prüfen.');
    const notifications = await json<NotificationListDto>(
      await as['koordination.dlt'].get('/api/notifications?limit=50'),
      200,
    );
    const notification = notifications.items.find((item) => item.kind === 'content-report');
    expect(notification?.link).toBe(FrontendRoutes.contentReports);
  });

  it('lists open reports newest first with a cursor; handling one moves it to the handled ones, once, with an audit entry', async () => {
    const coordinator = as['koordination.dlt'];
    const me = await json<MeDto>(await coordinator.get('/api/me'), 200);
    const first = await report(practices[0]!, 'Erste Meldung');
    const second = await report(practices[1]!, 'Zweite Meldung');
    const third = await report(practices[2]!, 'Dritte Meldung');

    const page = await list(coordinator, '?limit=2');
    expect(page.items.map((item) => item.id)).toEqual([third, second]);
    expect(page.items[0]).toMatchObject({
      title: practices[2]!.title,
      link: `/gute-praxis/${practices[2]!.id}`,
      reason: 'Dritte Meldung',
      status: 'open',
      resolver: null,
    });
    expect(page.nextCursor).not.toBeNull();
    const next = await list(coordinator, `?limit=2&cursor=${encodeURIComponent(page.nextCursor!)}`);
    expect(next.items[0]?.id).toBe(first);

    clock.advance(60_000);
    const resolved = await json<ContentReportDto>(
      await coordinator.post(`/api/content-reports/${second}/resolve`, { resolution: '  Name entfernt.  ' }),
      200,
    );
    expect(resolved).toMatchObject({
      status: 'resolved',
      resolution: 'Name entfernt.',
      resolvedAt: clock.now().toISOString(),
      resolver: { id: me.id, displayName: me.displayName },
    });
    // Handling again (e.g. a second moderator at the same time) changes nothing.
    const again = await json<ContentReportDto>(
      await as.admin.post(`/api/content-reports/${second}/resolve`, { resolution: 'Anders.' }),
      200,
    );
    expect(again).toEqual(resolved);

    expect((await list(coordinator)).items.map((item) => item.id)).not.toContain(second);
    const handled = await list(coordinator, '?status=resolved');
    expect(handled.items.find((item) => item.id === second)).toEqual(resolved);

    const audit = (await testApp.dataSource.query(
      `SELECT actor_id, target_type, summary FROM audit_log WHERE action = $1 AND target_id = $2`,
      [AuditAction.ContentReportResolved, second],
    )) as { actor_id: string; target_type: string; summary: string }[];
    expect(audit).toEqual([
      {
        actor_id: me.id,
        target_type: 'content-report',
        summary: `Meldung zu „${practices[1]!.title}“ erledigt`,
      },
    ]);
  });

  it('answers bad input with German problems and never a 500', async () => {
    const coordinator = as['koordination.dlt'];
    const id = await report(practices[0]!, 'Noch eine Meldung');
    for (const path of [
      '/api/content-reports/00000000-0000-4000-8000-000000000000/resolve',
      '/api/content-reports/keine-id/resolve',
    ]) {
      const response = await coordinator.post(path, {});
      expect(response.status).toBe(404);
      expect(((await response.json()) as ProblemDto).detail).toBe('Diese Meldung gibt es nicht.');
    }
    const tooLong = await coordinator.post(`/api/content-reports/${id}/resolve`, {
      resolution: 'x'.repeat(1_001),
    });
    expect(tooLong.status).toBe(400);
    expect(tooLong.headers.get('content-type')).toContain('application/problem+json');
    expect((await coordinator.post(`/api/content-reports/${id}/resolve`, { resolution: 5 })).status).toBe(
      400,
    );
    for (const query of ['?status=geloescht', '?limit=0', '?cursor=kaputt']) {
      expect((await coordinator.get(`/api/content-reports${query}`)).status).toBe(400);
    }
    // None of the refused calls handled it.
    expect((await list(coordinator)).items.find((item) => item.id === id)?.status).toBe('open');
  });
});
