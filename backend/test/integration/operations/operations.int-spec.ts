import { EVERYONE, type NewsDto } from '@portal/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { NewsFeedCache } from '../../../src/modules/news/news-feed-cache';
import { eventually } from '../../support/eventually';
import type { HttpClient } from '../../support/http-client';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const TOKEN = 'metrics-test-token-0123456789';

describe('operations: health probes, metrics, instance header', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ METRICS_TOKEN: TOKEN, INSTANCE_ID: 'backend-a' });
  });
  afterAll(() => testApp?.close());

  it('splits liveness and readiness and keeps /api/health', async () => {
    const live = await fetch(`${testApp.baseUrl}/api/health/live`);
    expect(live.status).toBe(200);
    expect(await live.json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${testApp.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({
      status: 'ok',
      checks: { accepting: true, database: 'up', migrations: 'applied', storage: 'writable' },
    });
    const legacy = await fetch(`${testApp.baseUrl}/api/health`);
    expect(legacy.status).toBe(200);
    expect(await legacy.json()).toEqual({ status: 'ok', database: 'up' });
    // API answers are no-store: no ETag is hashed over them.
    expect(legacy.headers.get('cache-control')).toBe('no-store');
    expect(legacy.headers.get('etag')).toBeNull();
  });

  it('names the instance in X-Instance when INSTANCE_ID is set', async () => {
    const response = await fetch(`${testApp.baseUrl}/api/health/live`);
    expect(response.headers.get('x-instance')).toBe('backend-a');
  });

  it('refuses metrics without the right bearer token (401), no session needed with it', async () => {
    for (const authorization of [undefined, 'Bearer wrong-token', `Basic ${TOKEN}`, `Bearer ${TOKEN}x`]) {
      const response = await fetch(`${testApp.baseUrl}/api/metrics`, {
        headers: authorization ? { authorization } : {},
      });
      expect(response.status).toBe(401);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      expect(await response.text()).not.toContain('portal_http_requests_total');
    }
    // A signed-in user is not enough either.
    const { client } = await signIn(testApp.baseUrl, 'admin');
    expect((await client.get('/api/metrics')).status).toBe(401);
    // The token is the guard whatever the spelling (Express routes these to the endpoint; the
    // Kubernetes ingress passes them through).
    for (const path of ['/API/metrics', '/api/metrics/', '/Api/Metrics/']) {
      expect((await fetch(`${testApp.baseUrl}${path}`)).status).toBe(401);
      const scraped = await fetch(`${testApp.baseUrl}${path}`, {
        headers: { authorization: `Bearer ${TOKEN}` },
      });
      expect(scraped.status).toBe(200);
    }
  });

  it('counts requests per route template with a latency histogram, plus queue, pool and process', async () => {
    const { client } = await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    const organisations: { items: { id: string }[] } = await (await client.get('/api/organisations')).json();
    const id = organisations.items[0]!.id;
    expect((await client.get(`/api/organisations/${id}`)).status).toBe(200);
    expect((await client.get(`/api/organisations/00000000-0000-4000-8000-000000000000`)).status).toBe(404);
    expect(await eventually(() => testApp.app.get(NewsFeedCache).keeping())).toBe(true);
    for (let visit = 0; visit < 2; visit++) expect((await client.get('/api/news?limit=20')).status).toBe(200);

    const response = await fetch(`${testApp.baseUrl}/api/metrics`, {
      headers: { authorization: `Bearer ${TOKEN}` },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain;.*version=0\.0\.4/);
    const text = await response.text();
    // The template, never the id: bounded series.
    expect(text).toContain(
      'portal_http_requests_total{method="GET",route="/api/organisations/:id",status="200"} 1',
    );
    expect(text).toContain(
      'portal_http_requests_total{method="GET",route="/api/organisations/:id",status="404"} 1',
    );
    expect(text).not.toContain(id);
    expect(text).toMatch(
      /portal_http_request_duration_seconds_bucket\{method="GET",route="\/api\/organisations\/:id",le="\+Inf"\} 2/,
    );
    expect(text).toMatch(
      /portal_http_request_duration_seconds_count\{method="GET",route="\/api\/organisations"\} \d+/,
    );
    // The three requests above share one session: read once from PostgreSQL, then from memory.
    expect(text).toContain('portal_session_cache_listening 1');
    expect(
      Number(/portal_session_cache_lookups_total\{result="hit"\} (\d+)/.exec(text)?.[1]),
    ).toBeGreaterThanOrEqual(2);
    expect(text).toMatch(/portal_session_cache_lookups_total\{result="miss"\} [1-9]/);
    // The second visit of the Start page comes from memory.
    expect(text).toContain('portal_feed_cache_listening 1');
    expect(text).toMatch(/portal_feed_cache_lookups_total\{result="hit"\} [1-9]/);
    expect(text).toMatch(/portal_feed_cache_pages [1-9]/);
    expect(text).toContain('portal_jobs_queue_up 1');
    expect(text).toMatch(/portal_db_pool_connections\{state="total"\} [1-9]/);
    expect(text).toMatch(/process_resident_memory_bytes \d+/);
    expect(text).toMatch(/nodejs_eventloop_lag_p99_seconds [\d.e-]+/);
    // Every sample line is `name{labels} value` or `name value`.
    for (const line of text
      .trim()
      .split('\n')
      .filter((l) => !l.startsWith('#')))
      expect(line).toMatch(/^[a-z_:][a-z0-9_:]*(\{.*\})? -?[\d.e+-]+$/i);
  });
});

describe('metrics without METRICS_TOKEN', () => {
  let testApp: TestApp;
  beforeAll(async () => {
    testApp = await createTestApp({ METRICS_TOKEN: '' });
  });
  afterAll(() => testApp?.close());

  it('does not exist (404), whatever is presented', async () => {
    const response = await fetch(`${testApp.baseUrl}/api/metrics`, {
      headers: { authorization: 'Bearer x' },
    });
    expect(response.status).toBe(404);
    expect((await fetch(`${testApp.baseUrl}/api/health/live`)).headers.get('x-instance')).toBeNull();
  });
});

/** Sends a request whose body trickles in, like a slow upload; resolves with the status. */
function slowRequest(url: string, chunks: number, delayMs: number, started: () => void): Promise<number> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json' } });
    request.on('response', (response) => {
      response.resume();
      resolve(response.statusCode ?? 0);
    });
    let failed = false;
    request.on('error', (error) => {
      failed = true;
      reject(error);
    });
    request.on('socket', (socket) => socket.once('connect', () => setTimeout(started, 200)));
    request.flushHeaders();
    let sent = 0;
    const tick = () => {
      if (failed) return;
      if (sent++ < chunks) {
        request.write(' ');
        setTimeout(tick, delayMs);
      } else request.end('{}');
    };
    tick();
  });
}

/**
 * A multipart upload whose file part trickles in (`chunks` × 4 KiB, one per `delayMs`) with the
 * client's session; resolves with the status and body.
 */
function slowUpload(
  client: HttpClient,
  url: string,
  chunks: number,
  delayMs: number,
  started: () => void,
): Promise<{ status: number; body: string }> {
  const boundary = `----portal${randomBytes(8).toString('hex')}`;
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, {
      method: 'POST',
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        accept: 'application/json',
        cookie: client.cookieHeader(url),
        'x-xsrf-token': client.cookie('XSRF-TOKEN', url) ?? '',
      },
    });
    request.on('response', (response) => {
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body }));
    });
    let failed = false;
    request.on('error', (error) => {
      failed = true;
      reject(error);
    });
    request.on('socket', (socket) => socket.once('connect', () => setTimeout(started, 200)));
    request.write(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="Bericht.pdf"\r\n` +
        'Content-Type: application/pdf\r\n\r\n%PDF-1.7\n',
    );
    let sent = 0;
    const tick = () => {
      if (failed) return;
      if (sent++ < chunks) {
        request.write(randomBytes(4096));
        setTimeout(tick, delayMs);
      } else request.end(`\r\n--${boundary}--\r\n`);
    };
    tick();
  });
}

describe('graceful shutdown', () => {
  it('turns readiness false first, finishes the request in flight, then stops accepting', async () => {
    // The probes below must land inside the delay: with 1 s a busy CI machine once got there late,
    // when idle keep-alive sockets were already being closed (ECONNRESET).
    const testApp = await createTestApp({ SHUTDOWN_DELAY_SECONDS: '3', SHUTDOWN_TIMEOUT_SECONDS: '10' });
    // An anonymous POST to a public route is answered only after its whole body arrived (~2 s).
    let inFlight!: Promise<number>;
    await new Promise<void>((resolve) => {
      inFlight = slowRequest(`${testApp.baseUrl}/api/health/live`, 20, 100, resolve);
    });
    const closing = testApp.close();
    await new Promise((resolve) => setTimeout(resolve, 200));

    const ready = await fetch(`${testApp.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(503);
    expect(((await ready.json()) as { checks: { accepting: boolean } }).checks.accepting).toBe(false);
    expect((await fetch(`${testApp.baseUrl}/api/health/live`)).status).toBe(200);

    // Whatever the route answers (404 for POST), it answers: the request was not cut off.
    expect(await inFlight).toBe(404);
    await closing;
    await expect(fetch(`${testApp.baseUrl}/api/health/live`)).rejects.toThrow();
  }, 30_000);

  it('finishes an upload in flight on shutdown: stored once, nothing left in staging', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'portal-shutdown-'));
    const testApp = await createTestApp({
      DATA_DIR: dataDir,
      SHUTDOWN_DELAY_SECONDS: '1',
      SHUTDOWN_TIMEOUT_SECONDS: '20',
    });
    const databaseUrl = testApp.config.databaseUrl;
    const { client } = await signIn(testApp.baseUrl, 'koordination.dlt');
    const created = await client.post('/api/news', {
      title: 'Upload beim Herunterfahren',
      teaser: 'SIGTERM',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const news = (await created.json()) as NewsDto;

    // About 3 s of upload; the shutdown starts 200 ms in.
    let upload!: Promise<{ status: number; body: string }>;
    await new Promise<void>((resolve) => {
      upload = slowUpload(client, `${testApp.baseUrl}/api/news/${news.id}/attachments`, 30, 100, resolve);
    });
    const closing = testApp.close({ keepDatabase: true });
    const answer = await upload;
    await closing;

    expect(answer.status).toBe(201);
    const attachment = JSON.parse(answer.body) as { id: string };
    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    try {
      const { rows } = await db.query(
        `SELECT f.size FROM stored_files f JOIN news_files nf ON nf.file_id = f.id WHERE nf.news_id = $1`,
        [news.id],
      );
      expect(rows).toHaveLength(1);
      expect(Number(rows[0].size)).toBe('%PDF-1.7\n'.length + 30 * 4096);
      expect(attachment.id).toBeTruthy();
    } finally {
      await db.end();
      await testApp.dropDatabase();
    }
    const staging = await readdir(join(dataDir, 'files', '.staging')).catch(() => []);
    expect(staging).toEqual([]);
    await rm(dataDir, { recursive: true, force: true });
  }, 60_000);

  it('cuts requests off after SHUTDOWN_TIMEOUT_SECONDS', async () => {
    const testApp = await createTestApp({ SHUTDOWN_TIMEOUT_SECONDS: '1' });
    let inFlight!: Promise<number>;
    await new Promise<void>((resolve) => {
      inFlight = slowRequest(`${testApp.baseUrl}/api/health/live`, 100, 100, resolve);
    });
    const outcome = inFlight.then(
      (status) => `answered ${status}`,
      () => 'cut off',
    );
    const started = Date.now();
    await testApp.close();
    expect(Date.now() - started).toBeLessThan(8_000);
    expect(await outcome).toBe('cut off');
  }, 30_000);

  it('lets a running job finish within SHUTDOWN_TIMEOUT_SECONDS, else hands it back: another instance runs it once', async () => {
    const runs: string[] = [];
    let release!: () => void;
    const stuck = new Promise<void>((resolve) => (release = resolve));
    // The same job types on both instances; on the first, „slow“ never finishes by itself.
    const register = (instance: 'a' | 'b') => (app: NestExpressApplication) => {
      const jobs = app.get(JobQueue);
      const options = { retryLimit: 3, retryDelaySeconds: 1 };
      jobs.register(
        'test.shutdown-quick',
        async () => {
          runs.push(`quick-started@${instance}`);
          await new Promise((resolve) => setTimeout(resolve, 1000));
          runs.push(`quick@${instance}`);
        },
        options,
      );
      jobs.register(
        'test.shutdown-slow',
        async () => {
          runs.push(`slow@${instance}`);
          if (instance === 'a') await stuck;
        },
        options,
      );
    };
    const a = await createTestApp({ SHUTDOWN_TIMEOUT_SECONDS: '3' }, { beforeStart: register('a') });
    let b: TestApp | undefined;
    let aClosed = false;
    try {
      const jobs = a.app.get(JobQueue);
      const quick = await jobs.send('test.shutdown-quick', {});
      const slow = await jobs.send('test.shutdown-slow', {});
      // Each queue's worker polls on its own: wait until both jobs run.
      expect(
        await eventually(() => runs.includes('slow@a') && runs.includes('quick-started@a'), 15_000),
      ).toBe(true);

      const started = Date.now();
      await a.close({ keepDatabase: true });
      aClosed = true;
      const took = Date.now() - started;
      // The quick job finished inside the timeout; the slow one was given the full 3 s.
      expect(runs).toContain('quick@a');
      expect(took).toBeGreaterThanOrEqual(2_500);
      expect(took).toBeLessThan(15_000);

      const state = async (id: string | null) => {
        const db = new Client({ connectionString: a.config.databaseUrl });
        await db.connect();
        try {
          const { rows } = await db.query('SELECT state::text AS state FROM pgboss.job WHERE id = $1', [id]);
          return (rows[0] as { state: string } | undefined)?.state;
        } finally {
          await db.end();
        }
      };
      expect(await state(quick)).toBe('completed');
      // Failed by the shutdown, so it is retried — not lost, and not left „active“ until it expires.
      expect(await state(slow)).toBe('retry');

      b = await createTestApp(
        { DATABASE_URL: a.config.databaseUrl },
        { instance: 1, beforeStart: register('b') },
      );
      await b.app.get(JobQueue).drained(['test.shutdown-slow', 'test.shutdown-quick']);
      expect(await state(slow)).toBe('completed');
      expect(runs.filter((run) => run.startsWith('slow')).sort()).toEqual(['slow@a', 'slow@b']);
      expect(runs.filter((run) => run.startsWith('quick@'))).toEqual(['quick@a']);
    } finally {
      release();
      if (!aClosed) await a.close({ keepDatabase: true });
      await b?.close();
      await a.dropDatabase();
    }
  }, 90_000);
});
