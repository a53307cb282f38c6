import type { MeDto } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

describe('sign-in through the OpenID provider', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it.each<[DemoLogin, string, string[], string | null]>([
    ['admin', 'Sabine Adler', ['admin'], null],
    ['koordination.dlt', 'Jonas Keller', ['coordinator'], 'Deutscher Landkreistag'],
    ['leitung.biberach', 'Martina Weber', ['manager'], 'Landkreis Biberach'],
    ['redaktion.biberach', 'Lukas Schneider', ['editor'], 'Landkreis Biberach'],
    ['fachkraft.biberach', 'Aylin Demir', ['staff'], 'Landkreis Biberach'],
    ['fachkraft.offenbach', 'Thomas Becker', ['staff'], 'Kreis Offenbach'],
  ])(
    '%s signs in and is known with name, roles and organisation',
    async (login, name, roles, organisation) => {
      const { client, landedAt } = await signIn(testApp.baseUrl, login);
      expect(landedAt).toBe(`${testApp.baseUrl}/start`);
      const response = await client.get('/api/me');
      expect(response.status).toBe(200);
      const me = (await response.json()) as MeDto;
      expect(me.displayName).toBe(name);
      expect(me.roles).toEqual(roles);
      expect(me.organisation?.name ?? null).toBe(organisation);
      expect(me.permissions).toContain('profile:read');
      expect(me.lastLoginAt).not.toBeNull();
    },
  );

  it('returns to the page the user came from, but never to another site', async () => {
    expect((await signIn(testApp.baseUrl, 'fachkraft.biberach', '/jobcenter?land=Hessen')).landedAt).toBe(
      `${testApp.baseUrl}/jobcenter?land=Hessen`,
    );
    expect((await signIn(testApp.baseUrl, 'fachkraft.biberach', '//evil.example/')).landedAt).toBe(
      `${testApp.baseUrl}/start`,
    );
    expect((await signIn(testApp.baseUrl, 'fachkraft.biberach', 'https://evil.example/')).landedAt).toBe(
      `${testApp.baseUrl}/start`,
    );
  });

  it('refreshes roles and organisation at every sign-in without duplicating the user', async () => {
    await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    const rows: { count: string }[] = await testApp.dataSource.query(
      `SELECT count(*) FROM users WHERE display_name = 'Thomas Becker'`,
    );
    expect(rows[0]?.count).toBe('1');
  });

  it('sends a person without a portal role to „Kein Zugang“ without a session', async () => {
    const { client, landedAt } = await signIn(testApp.baseUrl, 'ohne.rolle');
    expect(landedAt).toBe(`${testApp.baseUrl}/kein-zugang`);
    expect(client.cookie('portal.sid')).toBeUndefined();
    expect((await client.get('/api/me')).status).toBe(401);
    const rows: unknown[] = await testApp.dataSource.query(
      `SELECT 1 FROM users WHERE display_name = 'Erika Muster'`,
    );
    expect(rows).toHaveLength(0);
  });

  it('issues a new session id at sign-in (no session fixation) with safe cookie flags', async () => {
    const client = new HttpClient(testApp.baseUrl);
    const start = await client.request('GET', '/api/auth/login', { headers: { accept: 'text/html' } });
    expect(start.status).toBe(302);
    const setCookie = start.headers.getSetCookie().find((cookie) => cookie.startsWith('portal.sid='));
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Lax/i);
    expect(setCookie).not.toMatch(/Secure/i);
    const preLoginSid = client.cookie('portal.sid');
    expect(preLoginSid).toBeDefined();
    const location = start.headers.get('location') ?? '';
    expect(location).toContain('state=');
    expect(location).toContain('nonce=');
    expect(location).not.toMatch(/token/i);

    const { client: signedIn } = await signIn(testApp.baseUrl, 'fachkraft.biberach');
    expect(signedIn.cookie('portal.sid')).toBeDefined();
    expect(signedIn.cookie('portal.sid')).not.toBe(preLoginSid);
  });

  it('refuses a callback with a wrong or replayed state: 401, no session', async () => {
    const client = new HttpClient(testApp.baseUrl);
    await client.request('GET', '/api/auth/login', { headers: { accept: 'text/html' } });
    const forged = await client.request('GET', '/api/auth/callback?code=abc&state=forged', {
      headers: { accept: 'text/html' },
    });
    expect(forged.status).toBe(401);
    expect(forged.headers.get('content-type')).toContain('text/html');
    const page = await forged.text();
    expect(page).toContain('lang="de"');
    expect(page).toContain('Anmeldung ist fehlgeschlagen');
    expect((await client.get('/api/me')).status).toBe(401);

    const { client: signedIn, trail } = await signIn(testApp.baseUrl, 'fachkraft.biberach');
    const callback = trail.find((url) => url.includes('/api/auth/callback'));
    expect(callback).toBeDefined();
    const replay = await signedIn.request('GET', callback!, { headers: { accept: 'application/json' } });
    expect(replay.status).toBe(401);
    expect(replay.headers.get('content-type')).toContain('application/problem+json');
  });

  it('signs out: the session ends and the browser is sent to the provider without any token', async () => {
    const { client } = await signIn(testApp.baseUrl, 'leitung.biberach');
    expect((await client.post('/api/auth/logout', undefined, { 'x-xsrf-token': 'wrong' })).status).toBe(403);
    const response = await client.post('/api/auth/logout');
    expect(response.status).toBe(200);
    const { logoutUrl } = (await response.json()) as { logoutUrl: string };
    const url = new URL(logoutUrl);
    expect(url.origin).toBe(new URL(process.env['OIDC_ISSUER']!).origin);
    expect(url.searchParams.get('client_id')).toBe('portal-test');
    expect(url.searchParams.get('post_logout_redirect_uri')).toBe(`${testApp.baseUrl}/abgemeldet`);
    expect(logoutUrl).not.toMatch(/token/i);
    expect((await client.get('/api/me')).status).toBe(401);
    expect(client.cookie('portal.sid')).toBeUndefined();
  });
});
