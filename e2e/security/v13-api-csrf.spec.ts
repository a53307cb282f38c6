import { expect, test } from '@playwright/test';
import { randomUUID } from 'node:crypto';
import { as, BASE_URL, expectProblem, routeCatalogue, STATE_CHANGING, xsrf } from './support';

/**
 * ASVS V13 / V4.2.2: every state-changing route of the catalogue refuses a cookie-authenticated
 * request without the synchronizer token, with a wrong one and from a foreign Origin – before
 * any permission or validation logic runs (403 code `csrf-rejected`).
 */
test.describe('V13 CSRF on every state-changing route', () => {
  const writes = routeCatalogue().filter((route) => STATE_CHANGING.has(route.method));

  test('the catalogue has state-changing routes to check', () => {
    expect(writes.length).toBeGreaterThan(50);
  });

  test('no token, a wrong token or a foreign Origin → 403 csrf-rejected, for every write route', async () => {
    const admin = await as('admin');
    const token = (await xsrf(admin))['x-xsrf-token']!;
    expect(token.length).toBeGreaterThan(20);
    const variants: [string, Record<string, string>][] = [
      ['no token', {}],
      ['wrong token', { 'x-xsrf-token': `${token.slice(0, -4)}AAAA` }],
      ['token of the cookie name only', { 'x-xsrf-token': '' }],
      ['foreign origin', { 'x-xsrf-token': token, origin: 'https://evil.example' }],
      ['null origin', { 'x-xsrf-token': token, origin: 'null' }],
      ['look-alike origin', { 'x-xsrf-token': token, origin: `${BASE_URL}.evil.example` }],
    ];
    const failures: string[] = [];
    for (const route of writes) {
      const path = route.path.replace(/:(\w+)/g, () => randomUUID());
      for (const [label, headers] of variants) {
        const response = await admin.fetch(path, {
          method: route.method,
          headers,
          data: route.method === 'DELETE' ? undefined : {},
          maxRedirects: 0,
        });
        const body = response.status() === 403 ? ((await response.json()) as { code?: string }) : {};
        if (response.status() !== 403 || body.code !== 'csrf-rejected')
          failures.push(`${route.method} ${route.path} (${label}) → ${response.status()} ${body.code ?? ''}`);
      }
    }
    expect(failures).toEqual([]);
    expect((await admin.get('/api/me')).status()).toBe(200);
    await admin.dispose();
  });

  test('a classic cross-site form post (urlencoded, text/plain) is refused', async () => {
    const staff = await as('fachkraft.offenbach');
    for (const contentType of [
      'application/x-www-form-urlencoded',
      'text/plain',
      'multipart/form-data; boundary=x',
    ]) {
      const response = await staff.post('/api/comments', {
        headers: { 'content-type': contentType, origin: 'https://evil.example' },
        data: 'targetType=news&targetId=x&body=csrf',
      });
      await expectProblem(response, 403);
    }
    await staff.dispose();
  });

  test('no CORS: foreign origins get no Access-Control-Allow-* headers, preflights are not granted', async () => {
    const staff = await as('fachkraft.offenbach');
    const read = await staff.get('/api/me', { headers: { origin: 'https://evil.example' } });
    expect(read.headers()['access-control-allow-origin']).toBeUndefined();
    expect(read.headers()['access-control-allow-credentials']).toBeUndefined();
    const preflight = await staff.fetch('/api/comments', {
      method: 'OPTIONS',
      headers: {
        origin: 'https://evil.example',
        'access-control-request-method': 'POST',
        'access-control-request-headers': 'x-xsrf-token,content-type',
      },
    });
    expect(preflight.headers()['access-control-allow-origin']).toBeUndefined();
    await staff.dispose();
  });
});
