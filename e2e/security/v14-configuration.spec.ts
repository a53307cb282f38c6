import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { anonymous, as, expectNoInternals, json, routeCatalogue } from './support';

/** ASVS V14: security headers and CSP on every page and API response, no secrets or internals. */

/** Every page of the SPA: the top-level routes of app.routes.ts plus the feature pages below them. */
function pages(): string[] {
  const appRoutes = readFileSync(join(__dirname, '../../frontend/src/app/app.routes.ts'), 'utf8');
  const topLevel = Array.from(appRoutes.matchAll(/path: '([^':*]+)'/g), (match) => `/${match[1]}`);
  return Array.from(
    new Set([
      '/',
      ...topLevel,
      '/start',
      '/neuigkeiten/entwuerfe',
      '/neuigkeiten/neu',
      '/termine/neu',
      '/gute-praxis/neu',
      '/gute-praxis/schreibtisch',
      '/kampagnen/statistik',
      '/digitalisierung/sammlungen',
      '/digitalisierung/pruefen',
      '/digitalisierung/defekte-links',
      '/suche/auswertung',
      '/verwaltung/protokoll',
      '/verwaltung/organisationen',
      '/verwaltung/hinweise',
      '/impressum',
      '/datenschutz',
      '/barrierefreiheit',
      '/kein-zugang',
      '/abgemeldet',
      '/benachrichtigungen',
      '/gibt-es-nicht',
    ]),
  );
}

function expectSecurityHeaders(headers: Record<string, string>, where: string): void {
  const csp = headers['content-security-policy'] ?? '';
  const fileResponse = /^default-src 'none'.*sandbox/.test(csp);
  expect(csp, `CSP on ${where}`).toContain(fileResponse ? "default-src 'none'" : "default-src 'self'");
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['x-powered-by'], where).toBeUndefined();
  if (fileResponse) return; // Downloads: nothing may run or load at all (stricter than the app's CSP).
  expect(csp, where).toMatch(/script-src 'self'(;|$)/);
  expect(csp, where).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
  expect(csp, where).toContain("object-src 'none'");
  expect(csp, where).toContain("frame-ancestors 'none'");
  expect(csp, where).toContain("base-uri 'self'");
  expect(csp, where).toContain("form-action 'self'");
  expect(headers['x-content-type-options'], where).toBe('nosniff');
  expect(headers['referrer-policy'], where).toBe('strict-origin-when-cross-origin');
  expect(headers['x-frame-options'], where).toMatch(/DENY|SAMEORIGIN/);
  expect(headers['cross-origin-opener-policy'], where).toBe('same-origin');
  expect(headers['permissions-policy'], where).toContain('camera=()');
  expect(headers['x-powered-by'], where).toBeUndefined();
  expect(headers['server'] ?? '', where).not.toMatch(/\d/);
}

function secrets(): string[] {
  const dataDir = join(__dirname, '../../.data/security');
  return ['session-secret', 'oidc-client-secret']
    .map((name) => {
      try {
        return readFileSync(join(dataDir, name), 'utf8').trim();
      } catch {
        return '';
      }
    })
    .filter((secret) => secret.length >= 16);
}

test.describe('V14 configuration', () => {
  test('every page carries the strict CSP and the security headers, and no inline script', async () => {
    for (const signedIn of [false, true]) {
      const context = signedIn ? await as('admin') : await anonymous();
      for (const path of pages()) {
        const response = await context.get(path, { headers: { accept: 'text/html' } });
        expect(response.status(), path).toBe(200);
        expectSecurityHeaders(response.headers(), path);
        const html = await response.text();
        expect(html.match(/<script(?![^>]*\bsrc=)[^>]*>/g) ?? [], `inline scripts on ${path}`).toEqual([]);
        // The style nonce is fresh for every response and matches the CSP.
        const nonce = /ngCspNonce="([^"]+)"/.exec(html)?.[1];
        if (nonce) expect(response.headers()['content-security-policy']).toContain(`'nonce-${nonce}'`);
      }
      await context.dispose();
    }
  });

  test('every API read answers with the security headers and no-store', async () => {
    const admin = await as('admin');
    for (const route of routeCatalogue().filter((r) => r.method === 'GET' && !r.path.includes(':'))) {
      const response = await admin.get(route.path, { maxRedirects: 0 });
      const where = `${route.path} (${response.status()})`;
      expect(response.status(), where).toBeLessThan(500);
      expectSecurityHeaders(response.headers(), where);
      if (route.path.startsWith('/api/docs')) continue;
      expect(response.headers()['cache-control'], where).toMatch(/no-store|private/);
      if (response.status() >= 400) expectNoInternals(await response.text());
    }
    await admin.dispose();
  });

  test('static assets: nosniff, correct types, no dot-files or sources outside the build', async () => {
    const context = await anonymous();
    const html = await (await context.get('/')).text();
    const scripts = Array.from(html.matchAll(/<script[^>]*src="([^"]+)"/g), (match) => match[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const script of scripts) {
      const response = await context.get(`/${script.replace(/^\//, '')}`);
      expect(response.status()).toBe(200);
      expect(response.headers()['content-type']).toContain('javascript');
      expect(response.headers()['x-content-type-options']).toBe('nosniff');
    }
    for (const path of [
      '/.env',
      '/.git/config',
      '/..%2fpackage.json',
      '/%2e%2e/%2e%2e/package.json',
      '/.data/security/session-secret',
      '/backend/src/main.ts',
    ]) {
      const response = await context.get(path);
      const body = await response.text();
      expect(body, path).not.toMatch(/"dependencies"|\[core\]|repositoryformatversion|NestFactory/);
      for (const secret of secrets()) expect(body, path).not.toContain(secret);
    }
    await context.dispose();
  });

  test('no secrets in any response: pages, bundles, API description, own data, health', async () => {
    const known = secrets();
    expect(known.length, 'the secrets of this stack were found').toBe(2);
    const staff = await as('fachkraft.offenbach');
    const html = await (await staff.get('/start')).text();
    const bodies = [html];
    for (const script of Array.from(html.matchAll(/<script[^>]*src="([^"]+)"/g), (match) => match[1]!))
      bodies.push(await (await staff.get(`/${script.replace(/^\//, '')}`)).text());
    for (const path of [
      '/api/me',
      '/api/docs/openapi.json',
      '/api/health',
      '/api/health/ready',
      '/api/health/live',
      '/api/metrics',
      '/api/profile',
      '/api/announcements/current',
    ]) {
      const response = await staff.get(path);
      expect(response.status(), path).toBeLessThan(500);
      bodies.push(await response.text());
    }
    for (const body of bodies) {
      for (const secret of known) expect(body).not.toContain(secret);
      expect(body).not.toMatch(
        /client_secret["']?\s*[:=]\s*["'][^"']{8,}|postgres(ql)?:\/\/[^"'\s]*:[^"'\s]*@/,
      );
    }
    // Metrics are not public.
    expect((await staff.get('/api/metrics')).status()).toBe(404);
    await staff.dispose();
  });

  test('error responses carry no stack traces, SQL or paths', async () => {
    const staff = await as('fachkraft.offenbach');
    const anonymousContext = await anonymous();
    const responses = [
      await staff.get('/api/gibt-es-nicht'),
      await staff.get('/api/news/not-a-uuid'),
      await staff.fetch('/api/news/preview', {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-xsrf-token': 'x' },
        data: '{"broken": ',
      }),
      await staff.get('/api/news?limit=abc&cursor=%ff%fe'),
      await staff.get(`/api/search?q=${'(('.repeat(500)}`),
      await anonymousContext.get('/api/auth/callback?state=x&code=y', { headers: { accept: 'text/html' } }),
      await anonymousContext.get('/api/me'),
    ];
    for (const response of responses) {
      expect(response.status(), response.url()).toBeLessThan(500);
      expectNoInternals(await response.text());
    }
    const problem = await json<{ title: string }>(
      await staff.get('/api/news/00000000-0000-0000-0000-000000000000'),
      404,
    );
    expect(problem.title).toBe('Nicht gefunden.');
    await staff.dispose();
    await anonymousContext.dispose();
  });
});
