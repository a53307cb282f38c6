import type {
  AuditListDto,
  MeDto,
  PageDto,
  ProblemDto,
  UserAdminDetailDto,
  UserAdminDto,
} from '@portal/contracts';
import { AuditAction } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signIn, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const HOUR = 3_600_000;

describe('admin users: role overrides with expiry, deactivation, audit', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-12-01T09:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  let staffId: string;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(
      testApp.baseUrl,
      ['admin', 'koordination.dlt', 'leitung.biberach', 'fachkraft.biberach'] as DemoLogin[],
      as,
    );
    staffId = ((await (await as['fachkraft.biberach'].get('/api/me')).json()) as MeDto).id;
  });
  afterAll(() => testApp.close());

  const del = (client: HttpClient, path: string) => client.request('DELETE', path);

  async function me(client: HttpClient): Promise<MeDto> {
    const response = await client.get('/api/me');
    expect(response.status).toBe(200);
    return (await response.json()) as MeDto;
  }

  async function audit(action: AuditAction) {
    const response = await as.admin.get(`/api/admin/audit?limit=50&action=${action}`);
    return ((await response.json()) as AuditListDto).items;
  }

  it('lets only admins read and change users; others get 403, anonymous 401', async () => {
    for (const login of ['koordination.dlt', 'leitung.biberach', 'fachkraft.biberach'] as DemoLogin[]) {
      expect((await as[login].get('/api/admin/users')).status).toBe(403);
      expect((await as[login].get(`/api/admin/users/${staffId}`)).status).toBe(403);
      const grant = await as[login].post(`/api/admin/users/${staffId}/role-overrides`, {
        role: 'admin',
        reason: 'Selbstbedienung',
        expiresAt: new Date(clock.now().getTime() + HOUR).toISOString(),
      });
      expect(grant.status).toBe(403);
      expect((await as[login].post(`/api/admin/users/${staffId}/deactivate`)).status).toBe(403);
    }
    const anonymous = new HttpClient(testApp.baseUrl);
    expect((await anonymous.get(`/api/admin/users/${staffId}`)).status).toBe(401);
    const detail = await as.admin.get(`/api/admin/users/${staffId}`);
    expect(detail.status).toBe(200);
    expect((await detail.json()) as UserAdminDetailDto).toMatchObject({ roles: ['staff'], overrides: [] });
  });

  it('refuses hostile or invalid override requests with German problems', async () => {
    const cases: unknown[] = [
      { role: 'superuser', reason: 'x', expiresAt: '2026-12-02T00:00:00Z' },
      { role: 'editor', reason: '   ', expiresAt: '2026-12-02T00:00:00Z' },
      { role: 'editor', reason: 'x'.repeat(501), expiresAt: '2026-12-02T00:00:00Z' },
      { role: 'editor', reason: 'Vertretung', expiresAt: 'morgen' },
      { role: 'editor', reason: 'Vertretung', expiresAt: '2026-11-30T00:00:00Z' },
      { role: 'editor', reason: 'Vertretung', expiresAt: '2028-12-01T00:00:00Z' },
      { role: 'editor', reason: 'Vertretung', expiresAt: '2026-12-02T00:00:00Z', userId: 'x', extra: 1 },
    ];
    for (const body of cases) {
      const response = await as.admin.post(`/api/admin/users/${staffId}/role-overrides`, body);
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await as.admin.get('/api/admin/users/not-a-uuid')).status).toBe(404);
    expect((await as.admin.get('/api/admin/users/00000000-0000-4000-8000-000000000000')).status).toBe(404);
    const unknown = await as.admin.post('/api/admin/users/00000000-0000-4000-8000-000000000000/deactivate');
    expect(unknown.status).toBe(404);
  });

  it('grants an override that counts at once in the signed-in session and ends by itself at its time', async () => {
    expect(await me(as['fachkraft.biberach'])).toMatchObject({ roles: ['staff'] });
    expect((await as['fachkraft.biberach'].get('/api/admin/audit')).status).toBe(403);

    const expiresAt = new Date(clock.now().getTime() + 2 * HOUR).toISOString();
    const granted = await as.admin.post(`/api/admin/users/${staffId}/role-overrides`, {
      role: 'admin',
      reason: 'Urlaubsvertretung',
      expiresAt,
    });
    expect(granted.status).toBe(201);
    const detail = (await granted.json()) as UserAdminDetailDto;
    expect(detail.effectiveRoles).toEqual(['admin', 'staff']);
    expect(detail.roles).toEqual(['staff']);
    expect(detail.overrides[0]).toMatchObject({
      role: 'admin',
      reason: 'Urlaubsvertretung',
      expiresAt,
      active: true,
    });

    // Same session, no new sign-in.
    expect(await me(as['fachkraft.biberach'])).toMatchObject({ roles: ['admin', 'staff'] });
    expect((await as['fachkraft.biberach'].get('/api/admin/audit')).status).toBe(200);
    // A fresh sign-in carries it too.
    const fresh = (await signIn(testApp.baseUrl, 'fachkraft.biberach')).client;
    expect((await me(fresh)).roles).toEqual(['admin', 'staff']);

    clock.advance(2 * HOUR - 1000);
    expect((await as['fachkraft.biberach'].get('/api/admin/audit')).status).toBe(200);
    clock.advance(1000);
    expect((await as['fachkraft.biberach'].get('/api/admin/audit')).status).toBe(403);
    expect((await fresh.get('/api/admin/users')).status).toBe(403);
    expect((await me(as['fachkraft.biberach'])).roles).toEqual(['staff']);

    const list = (await (await as.admin.get('/api/admin/users?q=Yilmaz')).json()) as PageDto<UserAdminDto>;
    for (const user of list.items) expect(user.effectiveRoles).toEqual(user.roles);

    const after = (await (await as.admin.get(`/api/admin/users/${staffId}`)).json()) as UserAdminDetailDto;
    expect(after.effectiveRoles).toEqual(['staff']);
    expect(after.overrides[0]?.active).toBe(false);

    const grantedEntries = await audit(AuditAction.RoleOverrideGranted);
    expect(grantedEntries[0]).toMatchObject({ targetId: staffId, actorName: 'Sabine Adler' });
    const expired = await audit(AuditAction.RoleOverrideExpired);
    expect(expired).toHaveLength(1);
    expect(expired[0]).toMatchObject({ targetId: staffId, actorId: null });
    // Recorded once only.
    await as.admin.get(`/api/admin/users/${staffId}`);
    expect(await audit(AuditAction.RoleOverrideExpired)).toHaveLength(1);
  });

  it('revokes an override at once and records it; a second revoke is 404', async () => {
    const granted = await as.admin.post(`/api/admin/users/${staffId}/role-overrides`, {
      role: 'coordinator',
      reason: 'Projektarbeit',
      expiresAt: new Date(clock.now().getTime() + 24 * HOUR).toISOString(),
    });
    const override = ((await granted.json()) as UserAdminDetailDto).overrides[0]!;
    expect((await me(as['fachkraft.biberach'])).roles).toEqual(['coordinator', 'staff']);

    const revoked = await del(as.admin, `/api/admin/users/${staffId}/role-overrides/${override.id}`);
    expect(revoked.status).toBe(200);
    expect((await me(as['fachkraft.biberach'])).roles).toEqual(['staff']);
    expect((await del(as.admin, `/api/admin/users/${staffId}/role-overrides/${override.id}`)).status).toBe(
      404,
    );
    expect((await audit(AuditAction.RoleOverrideRevoked))[0]).toMatchObject({ targetId: staffId });
  });

  it('deactivation ends existing sessions at once and refuses sign-in with a German page', async () => {
    const second = (await signIn(testApp.baseUrl, 'leitung.biberach')).client;
    const managerId = (await me(second)).id;
    expect((await as.admin.post(`/api/admin/users/${managerId}/deactivate`)).status).toBe(200);

    expect((await as['leitung.biberach'].get('/api/me')).status).toBe(401);
    expect((await second.get('/api/me')).status).toBe(401);
    const count = await testApp.dataSource.query(
      'SELECT count(*)::int AS n FROM sessions WHERE user_id = $1',
      [managerId],
    );
    expect(count[0].n).toBe(0);

    const again = await signIn(testApp.baseUrl, 'leitung.biberach');
    expect(again.landedAt).toContain('/api/auth/callback');
    expect(again.response.status).toBe(403);
    expect(await again.response.text()).toContain('Ihr Konto ist deaktiviert');
    expect((await again.client.get('/api/me')).status).toBe(401);

    expect((await audit(AuditAction.UserDeactivated))[0]).toMatchObject({ targetId: managerId });

    expect((await as.admin.post(`/api/admin/users/${managerId}/reactivate`)).status).toBe(200);
    const back = (await signIn(testApp.baseUrl, 'leitung.biberach')).client;
    expect((await back.get('/api/me')).status).toBe(200);
    expect((await audit(AuditAction.UserReactivated))[0]).toMatchObject({ targetId: managerId });
  });

  it('an admin cannot deactivate themself', async () => {
    const adminId = (await me(as.admin)).id;
    const response = await as.admin.post(`/api/admin/users/${adminId}/deactivate`);
    expect(response.status).toBe(409);
    expect(((await response.json()) as ProblemDto).detail).toContain('eigenes Konto');
  });
});
