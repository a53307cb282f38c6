import { ALL_ROLES, hasPermission, Permission, Role } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { routeInventory, RouteInfo } from '../../support/route-inventory';
import { DemoLogin, signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LOGIN_BY_ROLE: Record<Role, DemoLogin> = {
  staff: 'fachkraft.offenbach',
  editor: 'redaktion.biberach',
  manager: 'leitung.biberach',
  coordinator: 'koordination.dlt',
  admin: 'admin',
};

/** Routes whose effect would disturb the matrix (ending the session) are tested on their own. */
const TESTED_SEPARATELY = new Set([
  'GET /api/auth/login',
  'GET /api/auth/callback',
  'POST /api/auth/logout',
  // Scoped to the caller's own Jobcenter (403 for any other one, which `:id` here may be):
  // every role is tested against its own and another Jobcenter in campaign-kit.int-spec.ts.
  'GET /api/campaign-kit/organisations/:id/profile',
  'PUT /api/campaign-kit/organisations/:id/profile',
  'GET /api/campaign-kit/organisations/:id/logo',
  'PUT /api/campaign-kit/organisations/:id/logo',
  'DELETE /api/campaign-kit/organisations/:id/logo',
  // Authoring's audience rule (an editor's audience is the own Jobcenter; none given is 403):
  // coordinator, editor (own and another Jobcenter) and staff in news-lifecycle.int-spec.ts.
  'GET /api/news/audience-preview',
  // Own organisation for Leitung/Redaktion, any for the network: organisation-profiles.int-spec.ts.
  'GET /api/organisations/:id/members',
  'PUT /api/organisations/:id/logo',
  'DELETE /api/organisations/:id/logo',
]);

describe('route permissions', () => {
  let testApp: TestApp;
  let routes: RouteInfo[];
  const clients = new Map<Role, HttpClient>();
  let organisationId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    routes = routeInventory(testApp.app);
    for (const role of ALL_ROLES)
      clients.set(role, (await signIn(testApp.baseUrl, LOGIN_BY_ROLE[role])).client);
    const rows: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM organisations LIMIT 1`);
    organisationId = rows[0]!.id;
  });
  afterAll(() => testApp.close());

  it('matches the reviewed list of routes and their permissions (a diff here is a permission change)', () => {
    expect(routes.map((route) => `${route.method} ${route.path} → ${route.access}`)).toMatchSnapshot();
  });

  it('declares an access rule on every route (deny by default)', () => {
    expect(routes.filter((route) => route.access.startsWith('DENIED'))).toEqual([]);
  });

  function concrete(path: string): string {
    return path.replace(/:id\b/g, organisationId);
  }

  it('answers 401 to anonymous callers on every non-public route', async () => {
    const anonymous = new HttpClient(testApp.baseUrl);
    for (const route of routes.filter((r) => r.access !== 'public')) {
      const response = await anonymous.request(route.method, concrete(route.path), {
        body: route.method === 'GET' ? undefined : {},
      });
      expect([`${route.method} ${route.path}`, response.status]).toEqual([
        `${route.method} ${route.path}`,
        401,
      ]);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it.each(ALL_ROLES)('lets %s through exactly where its permissions allow', async (role) => {
    const client = clients.get(role)!;
    for (const route of routes.filter(
      (r) => r.access !== 'public' && !TESTED_SEPARATELY.has(`${r.method} ${r.path}`),
    )) {
      const allowed = hasPermission([role], route.access as Permission);
      const response = await client.request(route.method, concrete(route.path), {
        body: route.method === 'GET' ? undefined : {},
      });
      const label = `${role} ${route.method} ${route.path}`;
      if (allowed) expect([label, [401, 403].includes(response.status)]).toEqual([label, false]);
      else expect([label, response.status]).toEqual([label, 403]);
    }
  });

  it('refuses the administration API to staff and allows it to admins', async () => {
    expect((await clients.get('staff')!.get('/api/admin/users')).status).toBe(403);
    const response = await clients.get('admin')!.get('/api/admin/users?q=Becker');
    expect(response.status).toBe(200);
    const page = (await response.json()) as { items: { displayName: string }[]; total: number };
    expect(page.items.map((user) => user.displayName)).toEqual(['Thomas Becker']);
  });

  it('keeps the API description behind the sign-in', async () => {
    expect((await new HttpClient(testApp.baseUrl).get('/api/docs/openapi.json')).status).toBe(401);
    const response = await clients.get('staff')!.get('/api/docs/openapi.json');
    expect(response.status).toBe(200);
    const document = (await response.json()) as { paths: Record<string, unknown> };
    expect(Object.keys(document.paths)).toContain('/api/organisations');
  });
});
