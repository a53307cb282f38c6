import type {
  NotificationListDto,
  ResourceDto,
  ResourcePageDto,
  SaveResourceRequest,
} from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { checkLink } from '../../../src/modules/resources/link-checker';
import { ResourceLinkJobs } from '../../../src/modules/resources/resource-link-jobs';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

/** A local web server with the cases the checker meets on the internet. */
function startSite(log: string[]): Promise<Server> {
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const path = request.url ?? '/';
    log.push(`${request.method} ${path}`);
    if (path === '/ok') return response.writeHead(200, { 'content-type': 'text/html' }).end('<p>ok</p>');
    if (path === '/weg') return response.writeHead(404).end('nicht da');
    if (path === '/langsam') return; // never answers
    if (path === '/umzug') return response.writeHead(301, { location: '/ok' }).end();
    if (path === '/kreis') return response.writeHead(302, { location: '/kreis' }).end();
    if (path === '/kein-head') {
      if (request.method === 'HEAD') return response.writeHead(405).end();
      return response.writeHead(200).end('GET geht');
    }
    if (path === '/nach-intern') return response.writeHead(302, { location: 'file:///etc/passwd' }).end();
    response.writeHead(500).end();
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe('resources: link check against a local HTTP server', () => {
  let testApp: TestApp;
  let site: Server;
  let base: string;
  const log: string[] = [];
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    site = await startSite(log);
    base = `http://127.0.0.1:${(site.address() as AddressInfo).port}`;
    testApp = await createTestApp({ LINK_CHECK_ALLOW_PRIVATE: 'true', LINK_CHECK_TIMEOUT_MS: '400' });
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'fachkraft.biberach'], as);
  }, 120_000);
  afterAll(async () => {
    await testApp.close();
    site.closeAllConnections();
    await new Promise((resolve) => site.close(resolve));
  });

  async function withLink(path: string): Promise<ResourceDto> {
    const request: SaveResourceRequest = {
      kind: 'link',
      title: `Link ${path}`,
      description: '',
      url: `${base}${path}`,
      audience: EVERYONE,
    };
    return json<ResourceDto>(await as['koordination.dlt'].post('/api/resources', request), 201);
  }

  async function linkOf(id: string): Promise<ResourceDto['link']> {
    return (await json<ResourceDto>(await as['koordination.dlt'].get(`/api/resources/${id}`), 200)).link;
  }

  it('checks new links in the background: ok, 404, timeout, redirect, redirect loop, HEAD refused', async () => {
    const created = Object.fromEntries(
      await Promise.all(
        ['/ok', '/weg', '/langsam', '/umzug', '/kreis', '/kein-head'].map(
          async (path) => [path, await withLink(path)] as const,
        ),
      ),
    );
    expect(created['/ok']!.link?.status).toBe('unchecked');
    await testApp.app.get(JobQueue).drained(['resources.link-check'], 30_000);

    expect(await linkOf(created['/ok']!.id)).toMatchObject({ status: 'ok', httpStatus: 200, detail: null });
    expect(await linkOf(created['/weg']!.id)).toMatchObject({
      status: 'broken',
      httpStatus: 404,
      detail: 'HTTP 404',
    });
    expect(await linkOf(created['/langsam']!.id)).toMatchObject({
      status: 'broken',
      httpStatus: null,
      detail: 'Zeitüberschreitung',
    });
    expect(await linkOf(created['/umzug']!.id)).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect(await linkOf(created['/kreis']!.id)).toMatchObject({
      status: 'broken',
      detail: 'Zu viele Weiterleitungen',
    });
    expect(await linkOf(created['/kein-head']!.id)).toMatchObject({ status: 'ok', httpStatus: 200 });
    expect((await linkOf(created['/ok']!.id))?.checkedAt).not.toBeNull();
    // HEAD first, GET only where HEAD was refused; the redirect was followed.
    expect(log).toEqual(
      expect.arrayContaining(['HEAD /ok', 'HEAD /kein-head', 'GET /kein-head', 'HEAD /umzug']),
    );
    expect(log).not.toContain('GET /ok');
    expect(log.filter((line) => line.endsWith(' /kreis')).length).toBeLessThanOrEqual(2 * 6);

    // Broken links: a filter for the coordination and one notification each.
    const broken = await json<ResourcePageDto>(
      await as['koordination.dlt'].get('/api/resources?brokenLinks=true&limit=50'),
      200,
    );
    expect(broken.items.map((item) => item.id).sort()).toEqual(
      [created['/weg']!.id, created['/langsam']!.id, created['/kreis']!.id].sort(),
    );
    const notifications = await json<NotificationListDto>(
      await as['koordination.dlt'].get('/api/notifications?limit=50'),
      200,
    );
    expect(notifications.items.filter((item) => item.kind === 'resource-link-broken')).toHaveLength(3);
    expect((await as['fachkraft.biberach'].get('/api/resources?brokenLinks=true')).status).toBe(403);

    // Checked again (still broken): no second notification; the version is untouched.
    const before = await json<ResourceDto>(
      await as['koordination.dlt'].get(`/api/resources/${created['/weg']!.id}`),
      200,
    );
    expect(
      (await as['koordination.dlt'].post(`/api/resources/${created['/weg']!.id}/link-check`)).status,
    ).toBe(202);
    await testApp.app.get(JobQueue).drained(['resources.link-check'], 30_000);
    const again = await json<NotificationListDto>(
      await as['koordination.dlt'].get('/api/notifications?limit=50'),
      200,
    );
    expect(again.items.filter((item) => item.kind === 'resource-link-broken')).toHaveLength(3);
    const after = await json<ResourceDto>(
      await as['koordination.dlt'].get(`/api/resources/${created['/weg']!.id}`),
      200,
    );
    expect(after.version).toBe(before.version);

    // Fixing the URL resets the status and checks the new one.
    const fixed = await json<ResourceDto>(
      await as['koordination.dlt'].request('PUT', `/api/resources/${after.id}`, {
        body: {
          kind: 'link',
          title: after.title,
          description: '',
          url: `${base}/ok`,
          audience: EVERYONE,
          version: after.version,
        },
      }),
      200,
    );
    expect(fixed.link?.status).toBe('unchecked');
    await testApp.app.get(JobQueue).drained(['resources.link-check'], 30_000);
    expect(await linkOf(after.id)).toMatchObject({ status: 'ok' });
    expect((await as['fachkraft.biberach'].post(`/api/resources/${after.id}/link-check`)).status).toBe(403);
  }, 60_000);

  it('never checks demo rows in the nightly sweep', async () => {
    const requestsBefore = log.length;
    await testApp.app.get(ResourceLinkJobs).sweep();
    await testApp.app.get(JobQueue).drained(['resources.link-check'], 30_000);
    const rows: { n: number }[] = await testApp.dataSource.query(
      'SELECT count(*)::int AS n FROM resources WHERE demo AND link_checked_at IS NOT NULL',
    );
    expect(rows[0]?.n).toBe(0);
    // Recently checked non-demo links are not due yet either.
    expect(log.length).toBe(requestsBefore);
  });

  it('refuses internal addresses unless allowed: literal, via DNS name and via a redirect (SSRF)', async () => {
    const closed = { allowPrivateAddresses: false, timeoutMs: 400, maxRedirects: 3 };
    const requestsBefore = log.length;
    for (const url of [
      `${base}/ok`,
      `http://localhost:${(site.address() as AddressInfo).port}/ok`,
      'http://[::1]/',
      'http://169.254.169.254/latest/meta-data/',
    ]) {
      expect(await checkLink(url, closed)).toEqual({
        status: 'broken',
        httpStatus: null,
        detail: 'Adresse im internen Netz – wird nicht abgerufen',
      });
    }
    expect(log.length).toBe(requestsBefore);
    // A redirect to another scheme (file:, gopher:, …) ends the check before any request.
    const open = { ...closed, allowPrivateAddresses: true };
    expect(await checkLink(`${base}/nach-intern`, open)).toEqual({
      status: 'broken',
      httpStatus: null,
      detail: 'Nur http- und https-Adressen werden geprüft',
    });
  });
});
