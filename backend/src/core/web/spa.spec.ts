import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import express from 'express';
import { spaHandlers, withAllModulePreloads } from './spa';

/** A raw request (fetch would decode the body and hide Content-Encoding). */
function get(
  server: Server,
  path: string,
  headers: Record<string, string> = {},
  method = 'GET',
): Promise<{ status: number; headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { port } = server.address() as AddressInfo;
  return new Promise((resolve, reject) => {
    const req = httpRequest({ port, path, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

describe('spaHandlers', () => {
  const dir = mkdtempSync(join(tmpdir(), 'spa-'));
  // Compressible and above the 1 KiB threshold.
  const mainJs = `import{a}from"./chunk-AAAAAAAA.js";import"./chunk-CCCCCCCC.js";${'console.log(a);'.repeat(200)}`;
  const chunkA = `import{b}from"./chunk-BBBBBBBB.js";export const a=b;import("./chunk-LAZYLAZY.js");`;
  let server: Server;
  let ready: Promise<void>;

  beforeAll(async () => {
    writeFileSync(
      join(dir, 'index.html'),
      '<html><head></head><body><app-root ngCspNonce="__CSP_NONCE__"></app-root>' +
        '<link rel="modulepreload" href="chunk-AAAAAAAA.js">' +
        '<script src="main-MMMMMMMM.js" type="module" nonce="__CSP_NONCE__"></script></body></html>',
    );
    writeFileSync(join(dir, 'main-MMMMMMMM.js'), mainJs);
    writeFileSync(join(dir, 'chunk-AAAAAAAA.js'), chunkA);
    writeFileSync(join(dir, 'chunk-BBBBBBBB.js'), 'export const b=1;');
    writeFileSync(join(dir, 'chunk-CCCCCCCC.js'), 'window.c=1;');
    writeFileSync(join(dir, 'chunk-LAZYLAZY.js'), 'export const lazy=1;');
    writeFileSync(
      join(dir, 'favicon.svg'),
      `<svg xmlns="http://www.w3.org/2000/svg">${'<g/>'.repeat(400)}</svg>`,
    );
    const spa = spaHandlers(dir);
    if (!spa) throw new Error('no index.html');
    ready = spa.compressed;
    const app = express();
    app.use((request, response, next) => {
      response.locals['cspNonce'] = 'n0nce';
      // Stands in for passport: a request with this header has a session.
      if (request.headers['x-test-user']) (request as { user?: unknown }).user = { id: 'u1' };
      next();
    });
    // As in the portal, the SPA handlers come before the API routes.
    app.use(spa.files, spa.index);
    app.get('/api/ping', (_request, response) => {
      response.json({ pong: 'x'.repeat(5000) });
    });
    await new Promise<void>((resolve) => {
      server = app.listen(0, '127.0.0.1', () => resolve());
    });
    await ready;
  });

  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    rmSync(dir, { recursive: true, force: true });
  });

  it('adds a modulepreload hint for every statically imported chunk, but not for lazy ones', async () => {
    const response = await get(server, '/start');
    const html = response.body.toString('utf8');
    expect(response.headers['cache-control']).toBe('no-store');
    expect(html).toContain('nonce="n0nce"');
    for (const chunk of ['chunk-AAAAAAAA.js', 'chunk-BBBBBBBB.js', 'chunk-CCCCCCCC.js'])
      expect(html.match(new RegExp(`rel="modulepreload" href="${chunk}"`, 'g'))).toHaveLength(1);
    expect(html).not.toContain('chunk-LAZYLAZY.js');
    // The hints come before the entry script.
    expect(html.indexOf('chunk-BBBBBBBB.js')).toBeLessThan(html.indexOf('main-MMMMMMMM.js'));
  });

  it('lets a signed-in browser fetch /api/me with the page, never an anonymous one', async () => {
    const preload = '<link rel="preload" href="/api/me" as="fetch" crossorigin="anonymous">';
    expect((await get(server, '/neuigkeiten', { 'x-test-user': '1' })).body.toString('utf8')).toContain(
      preload,
    );
    expect((await get(server, '/neuigkeiten')).body.toString('utf8')).not.toContain('/api/me');
  });

  it('leaves index.html alone when nothing is missing', () => {
    const html = '<body><script src="main-X.js" type="module"></script></body>';
    expect(withAllModulePreloads(html, join(dir, 'nowhere'))).toBe(html);
  });

  it('serves bundles brotli-compressed when the browser accepts br, with Vary and a year of caching', async () => {
    const response = await get(server, '/main-MMMMMMMM.js', { 'accept-encoding': 'gzip, deflate, br, zstd' });
    expect(response.status).toBe(200);
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.headers['content-type']).toMatch(/^text\/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect(Number(response.headers['content-length'])).toBe(response.body.length);
    expect(response.body.length).toBeLessThan(mainJs.length / 4);
    expect(brotliDecompressSync(response.body).toString('utf8')).toBe(mainJs);
  });

  it('serves gzip when br is not accepted, and answers a matching If-None-Match with 304', async () => {
    const response = await get(server, '/main-MMMMMMMM.js', { 'accept-encoding': 'gzip, br;q=0' });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.body).toString('utf8')).toBe(mainJs);
    const etag = String(response.headers['etag']);
    const again = await get(server, '/main-MMMMMMMM.js', {
      'accept-encoding': 'gzip',
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
    expect(again.body.length).toBe(0);
  });

  it('serves the file as it is without Accept-Encoding, still with Vary', async () => {
    const response = await get(server, '/main-MMMMMMMM.js');
    expect(response.headers['content-encoding']).toBeUndefined();
    expect(response.headers['vary']).toMatch(/Accept-Encoding/i);
    expect(response.body.toString('utf8')).toBe(mainJs);
  });

  it('keeps the short cache time for files without a content hash, and HEAD has no body', async () => {
    const response = await get(server, '/favicon.svg', { 'accept-encoding': 'br' }, 'HEAD');
    expect(response.headers['content-encoding']).toBe('br');
    expect(response.headers['content-type']).toBe('image/svg+xml');
    expect(response.headers['cache-control']).toBe('public, max-age=3600');
    expect(response.body.length).toBe(0);
  });

  it('never compresses API responses, and small files stay as they are', async () => {
    const api = await get(server, '/api/ping', { 'accept-encoding': 'gzip, br' });
    expect(api.headers['content-encoding']).toBeUndefined();
    expect(JSON.parse(api.body.toString('utf8')).pong).toHaveLength(5000);
    const small = await get(server, '/chunk-BBBBBBBB.js', { 'accept-encoding': 'gzip, br' });
    expect(small.headers['content-encoding']).toBeUndefined();
    expect(small.body.toString('utf8')).toBe('export const b=1;');
  });
});
