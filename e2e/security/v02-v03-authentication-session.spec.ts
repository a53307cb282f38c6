import { expect, request, test } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { anonymous, as, BASE_URL, expectProblem, sessionCookie, signInContext, write, xsrf } from './support';

/** ASVS V2 (authentication) and V3 (session management), plus the sign-in's return-URL (V5.1.5). */
test.describe('V2/V3 authentication and session', () => {
  test('session fixation: a session id planted before sign-in is replaced at sign-in', async () => {
    const context = await request.newContext({ baseURL: BASE_URL });
    // Starting the flow creates the pre-login session (OIDC state); its id is what an attacker could plant.
    const start = await context.get('/api/auth/login', { maxRedirects: 0 });
    expect(start.status()).toBe(302);
    const planted = await sessionCookie(context);
    expect(planted, 'pre-login session cookie').toBeTruthy();
    await context.dispose();

    const victim = await signInContext('fachkraft.biberach');
    const signedIn = await sessionCookie(victim);
    expect(signedIn).toBeTruthy();
    expect(signedIn).not.toBe(planted);
    // The planted id is worth nothing.
    const attacker = await request.newContext({
      baseURL: BASE_URL,
      extraHTTPHeaders: { cookie: `portal.sid=${planted}` },
    });
    expect((await attacker.get('/api/me')).status()).toBe(401);
    await attacker.dispose();
    await victim.dispose();
  });

  test('session fixation: a session id of one person never carries over to the next sign-in', async () => {
    const first = await signInContext('fachkraft.biberach');
    const before = await sessionCookie(first);
    // Same browser, signing in again (e.g. as someone else) without signing out.
    const form = await first.get('/api/auth/login', { headers: { accept: 'text/html' } });
    const action = /<form[^>]*action="([^"]+)"/.exec(await form.text())?.[1];
    if (action) {
      await first.post(new URL(action.replace(/&amp;/g, '&'), form.url()).toString(), {
        form: { login: 'fachkraft.offenbach', password: 'demo' },
      });
    }
    const after = await sessionCookie(first);
    expect(after).not.toBe(before);
    await first.dispose();
  });

  test('logout invalidates the session on the server, not only the cookie', async () => {
    const context = await signInContext('fachkraft.biberach');
    const sid = await sessionCookie(context);
    expect((await context.get('/api/me')).status()).toBe(200);
    const logout = await write(context, 'POST', '/api/auth/logout');
    expect(logout.status()).toBe(200);
    const replay = await request.newContext({
      baseURL: BASE_URL,
      extraHTTPHeaders: { cookie: `portal.sid=${sid}` },
    });
    await expectProblem(await replay.get('/api/me'), 401);
    await replay.dispose();
    await context.dispose();
  });

  test('cookie flags: session HttpOnly and SameSite, XSRF cookie readable but SameSite, no Secure on http', async () => {
    const context = await as('fachkraft.offenbach');
    const cookies = (await context.storageState()).cookies.filter((cookie) => cookie.domain === 'localhost');
    const session = cookies.find((cookie) => cookie.name === 'portal.sid');
    const csrf = cookies.find((cookie) => cookie.name === 'XSRF-TOKEN');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(csrf).toMatchObject({ httpOnly: false, sameSite: 'Lax', path: '/' });
    // Secure only when PUBLIC_URL is https (checked by the configuration); this stack runs on http.
    expect(session?.secure).toBe(false);
    // The cookie lives no longer than the absolute session end (12 h by default).
    expect(session!.expires * 1000).toBeLessThanOrEqual(Date.now() + 12 * 3_600_000 + 60_000);
    await context.dispose();
  });

  test('a tampered or unknown session id is anonymous', async () => {
    const context = await as('fachkraft.offenbach');
    const sid = (await sessionCookie(context))!;
    for (const cookie of [
      `portal.sid=${sid.slice(0, -2)}xx`,
      'portal.sid=s%3Aabc.def',
      `portal.sid=${'A'.repeat(4000)}`,
    ]) {
      const tampered = await request.newContext({ baseURL: BASE_URL, extraHTTPHeaders: { cookie } });
      await expectProblem(await tampered.get('/api/me'), 401);
      await tampered.dispose();
    }
    await context.dispose();
  });

  test('an account without a portal role gets no session', async () => {
    const context = await request.newContext({ baseURL: BASE_URL });
    const form = await context.get('/api/auth/login', { headers: { accept: 'text/html' } });
    const action = /<form[^>]*action="([^"]+)"/.exec(await form.text())![1]!;
    const landed = await context.post(new URL(action.replace(/&amp;/g, '&'), form.url()).toString(), {
      form: { login: 'ohne.rolle', password: 'demo' },
    });
    expect(new URL(landed.url()).pathname).toBe('/kein-zugang');
    await expectProblem(await context.get('/api/me'), 401);
    await context.dispose();
  });

  test('a wrong password never reaches the portal', async () => {
    const context = await request.newContext({ baseURL: BASE_URL });
    const form = await context.get('/api/auth/login', { headers: { accept: 'text/html' } });
    const action = /<form[^>]*action="([^"]+)"/.exec(await form.text())![1]!;
    await context.post(new URL(action.replace(/&amp;/g, '&'), form.url()).toString(), {
      form: { login: 'admin', password: 'falsch' },
    });
    await expectProblem(await context.get('/api/me'), 401);
    await context.dispose();
  });

  test('a forged callback (no state, foreign state, replayed code) is refused without a session', async () => {
    const context = await anonymous();
    for (const query of ['', '?code=abc', '?code=abc&state=forged', '?error=access_denied&state=x']) {
      const response = await context.get(`/api/auth/callback${query}`, { maxRedirects: 0 });
      expect([302, 303, 400, 401, 403], `callback${query} → ${response.status()}`).toContain(
        response.status(),
      );
      expect(await response.text()).not.toMatch(/\n\s+at |node_modules/);
    }
    await expectProblem(await context.get('/api/me'), 401);
    await context.dispose();
  });

  test('open redirect: returnTo accepts only paths of the portal', async () => {
    const hostile = [
      'https://evil.example/',
      '//evil.example/',
      '/\\evil.example',
      '\\\\evil.example',
      '/%2F%2Fevil.example',
      'javascript:alert(1)',
      'https:evil.example',
      '/\t/evil.example',
      ' //evil.example',
      '/start\r\nLocation: https://evil.example',
    ];
    for (const returnTo of hostile) {
      const context = await signInContext('fachkraft.biberach', returnTo);
      // The whole trail stayed on the portal (the context followed every redirect).
      const me = await context.get('/api/me');
      expect(me.status(), returnTo).toBe(200);
      const landed = await context.get('/api/auth/login', { maxRedirects: 0 });
      expect(landed.headers()['location'] ?? '', returnTo).not.toContain('evil.example');
      await write(context, 'POST', '/api/auth/logout');
      await context.dispose();
    }
  });

  test('open redirect: the callback redirect goes to the vetted path only', async () => {
    // Without following redirects: read each Location header of the real flow.
    const context = await request.newContext({ baseURL: BASE_URL });
    let response = await context.get(`/api/auth/login?returnTo=${encodeURIComponent('//evil.example/x')}`, {
      maxRedirects: 0,
    });
    const trail: string[] = [];
    for (let hop = 0; hop < 10 && [301, 302, 303, 307, 308].includes(response.status()); hop++) {
      const location = new URL(response.headers()['location']!, response.url()).toString();
      trail.push(location);
      response = await context.get(location, { maxRedirects: 0 });
    }
    const action = /<form[^>]*action="([^"]+)"/.exec(await response.text())![1]!;
    response = await context.post(new URL(action.replace(/&amp;/g, '&'), response.url()).toString(), {
      form: { login: 'fachkraft.biberach', password: 'demo' },
      maxRedirects: 0,
    });
    for (let hop = 0; hop < 10 && [301, 302, 303, 307, 308].includes(response.status()); hop++) {
      const location = new URL(response.headers()['location']!, response.url()).toString();
      trail.push(location);
      response = await context.get(location, { maxRedirects: 0 });
    }
    const portalHops = trail.filter((url) => url.startsWith(BASE_URL));
    expect(trail.filter((url) => !url.startsWith('http://localhost:'))).toEqual([]);
    expect(portalHops.at(-1)).toBe(`${BASE_URL}/start`);
    const headers = await xsrf(context);
    await context.fetch('/api/auth/logout', { method: 'POST', headers });
    await context.dispose();
  });

  test('host header injection: redirects are built from PUBLIC_URL, never from Host or X-Forwarded-*', async () => {
    const url = new URL('/api/auth/login?returnTo=%2Fstart', BASE_URL);
    for (const headers of [
      { host: 'evil.example' },
      { host: url.host, 'x-forwarded-host': 'evil.example', 'x-forwarded-proto': 'https' },
      { host: url.host, forwarded: 'host=evil.example;proto=https' },
    ]) {
      const location = await new Promise<string>((resolve, reject) => {
        const outgoing = httpRequest(
          { host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, headers },
          (response) => {
            response.resume();
            resolve(String(response.headers['location'] ?? ''));
          },
        );
        outgoing.on('error', reject);
        outgoing.end();
      });
      expect(location, JSON.stringify(headers)).toContain(
        encodeURIComponent(`${BASE_URL}/api/auth/callback`),
      );
      expect(location).not.toContain('evil.example');
    }
  });

  test('sign-out returns the provider logout URL of the configured issuer only', async () => {
    const context = await signInContext('fachkraft.biberach');
    const body = (await (await write(context, 'POST', '/api/auth/logout')).json()) as { logoutUrl: string };
    const url = new URL(body.logoutUrl);
    expect(url.hostname).toBe('localhost');
    expect(body.logoutUrl).not.toMatch(/id_token_hint|evil/);
    await context.dispose();
  });
});
