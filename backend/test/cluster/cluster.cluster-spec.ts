import type { NewsDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { mkdir, readdir, readFile } from 'node:fs/promises';
import { request as httpRequest } from 'node:http';
import { join } from 'node:path';
import { Client } from 'pg';
import { HttpClient } from '../support/http-client';
import { receivedMails } from '../support/mail-inbox';
import { signIn } from '../support/sign-in';
import { appPorts, clusterRoot, Instance, migrateOnce, ProxyRecord, proxyUrl, startProxy } from './cluster';

const env = JSON.parse(process.env['CLUSTER_ENV'] ?? '{}') as Record<string, string>;

async function sql<T>(text: string, values: unknown[] = []): Promise<T[]> {
  const client = new Client({ connectionString: env['DATABASE_URL'] });
  await client.connect();
  try {
    return (await client.query(text, values)).rows as T[];
  } finally {
    await client.end();
  }
}

async function waitFor(check: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${what}: not within ${timeoutMs} ms`);
}

/** `portal_jobs_processed_total{queue="…",outcome="completed"}` of one instance. */
function completed(metrics: string, queue: string): number {
  const match = new RegExp(
    `portal_jobs_processed_total\\{queue="${queue.replace(/\./g, '\\.')}",outcome="completed"\\} (\\d+)`,
  ).exec(metrics);
  return match ? Number(match[1]) : 0;
}

/** Direct children of a process (from /proc). */
async function childPids(pid: number): Promise<number[]> {
  const children: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const status = await readFile(`/proc/${entry}/status`, 'utf8').catch(() => '');
    if (new RegExp(`^PPid:\\s+${pid}$`, 'm').test(status)) children.push(Number(entry));
  }
  return children;
}

/** One GET on a connection of its own, so the kernel hands it to any process of the instance. */
function getOnce(url: string, cookie: string): Promise<{ status: number; instance: string }> {
  return new Promise((resolve, reject) => {
    const request = httpRequest(url, { headers: { cookie }, agent: false }, (response) => {
      response.resume();
      response.on('end', () =>
        resolve({ status: response.statusCode ?? 0, instance: String(response.headers['x-instance']) }),
      );
    });
    request.on('error', reject);
    request.end();
  });
}

async function files(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
}

describe('two backend instances behind a round-robin proxy', () => {
  const [portA, portB] = appPorts() as [number, number];
  const a = new Instance('backend-a', portA, { MIGRATE_ON_START: 'false' });
  const b = new Instance('backend-b', portB, { MIGRATE_ON_START: 'false' });
  let proxy: { records: ProxyRecord[]; close(): Promise<void> };
  let coordination: HttpClient;

  beforeAll(async () => {
    await mkdir(join(clusterRoot(), 'tmp-backend-a'), { recursive: true });
    await mkdir(join(clusterRoot(), 'tmp-backend-b'), { recursive: true });
    // As in production: a one-off migration run, then replicas that do not migrate themselves.
    const first = migrateOnce();
    expect(first).toMatchObject({ status: 0, output: expect.stringContaining('Migrationen angewandt') });
    expect(migrateOnce()).toMatchObject({
      status: 0,
      output: expect.stringContaining('Keine Migration ausstehend'),
    });
    await Promise.all([a.start(), b.start()]);
    proxy = await startProxy(Number(process.env['CLUSTER_PROXY_PORT']), [portA, portB]);
  }, 300_000);
  afterAll(async () => {
    await proxy?.close();
    await Promise.all([a.stop(), b.stop()]);
  });

  it('signs in once and is served by both instances (login state and session in PostgreSQL)', async () => {
    const { client } = await signIn(proxyUrl(), 'koordination.dlt');
    coordination = client;
    // The sign-in began on one instance and its callback (state, nonce check) ended on the other.
    const login = proxy.records.find((record) => record.path === '/api/auth/login');
    const callback = proxy.records.find((record) => record.path === '/api/auth/callback');
    expect(login).toBeDefined();
    expect(callback).toBeDefined();
    expect(callback!.instance).not.toBe(login!.instance);

    const servedBy = new Set<string>();
    for (let i = 0; i < 6; i++) {
      const response = await client.get('/api/me');
      expect(response.status).toBe(200);
      servedBy.add(String(response.headers.get('x-instance')));
    }
    expect([...servedBy].sort()).toEqual(['backend-a', 'backend-b']);
  });

  it('runs every job exactly once across the instances and sends every mail once', async () => {
    // Recipients exist once they have signed in.
    for (const login of ['fachkraft.biberach', 'fachkraft.offenbach', 'leitung.biberach'] as const)
      await signIn(proxyUrl(), login);
    const titles: string[] = [];
    for (let i = 1; i <= 4; i++) {
      const title = `Cluster-Meldung ${i}`;
      const created = await coordination.post('/api/news', {
        title,
        teaser: 'Für alle',
        body: 'Text',
        category: 'netzwerk',
        audience: EVERYONE,
        important: true,
      });
      expect(created.status).toBe(201);
      const item = (await created.json()) as NewsDto;
      const published = await coordination.post(`/api/news/${item.id}/publish`, { version: item.version });
      expect(published.status).toBe(200);
      titles.push(title);
    }
    const queue = 'notifications.mail-immediate';
    await waitFor(
      async () =>
        (
          await sql<{ n: number }>(
            // Publishing queues `news.notify-due`, which creates the notifications and queues their
            // mails: wait for both stages, or the check can pass before the mails are even queued.
            `SELECT count(*)::int AS n FROM pgboss.job WHERE state IN ('created', 'retry', 'active')
               AND (name LIKE 'notifications.%' OR name LIKE 'news.%') AND start_after <= now()`,
          )
        )[0]!.n === 0,
      30_000,
      'notification jobs done',
    );
    const [done] = await sql<{ n: number }>(
      `SELECT count(*)::int AS n FROM pgboss.job WHERE name = $1 AND state = 'completed'`,
      [queue],
    );
    const byA = completed(await a.metrics(), queue);
    const byB = completed(await b.metrics(), queue);
    // Each completed job was run by exactly one instance: the per-instance counts add up.
    expect(done!.n).toBeGreaterThanOrEqual(4);
    expect(byA + byB).toBe(done!.n);

    // Every recipient got each mail exactly once.
    const mails = await receivedMails();
    for (const title of titles) {
      const recipients = mails.filter((mail) => mail.subject.includes(title) || mail.text.includes(title));
      expect(recipients.length).toBeGreaterThan(0);
      const addresses = recipients.map((mail) => mail.to);
      expect(new Set(addresses).size).toBe(addresses.length);
    }
  });

  it('fires each cron slot once although both instances schedule it', async () => {
    // pg-boss lets one instance per monitoring interval evaluate the schedules and files each due
    // job as a "send-it" job keyed by name and minute: one per slot, however many instances run.
    const perSlot = () =>
      sql<{ slot: string; n: number }>(
        `SELECT singleton_on::text AS slot, count(*)::int AS n FROM pgboss.job
          WHERE name = '__pgboss__send-it' AND data->>'name' = 'news.notify-due' GROUP BY singleton_on`,
      );
    await waitFor(async () => (await perSlot()).length > 0, 75_000, 'a cron slot');
    const slots = await perSlot();
    expect(slots.every((slot) => slot.slot !== null && slot.n === 1)).toBe(true);
  }, 90_000);

  it('stops one instance with SIGTERM under load without failing a request', async () => {
    let running = true;
    const statuses: number[] = [];
    const load = (async () => {
      while (running) statuses.push((await coordination.get('/api/me')).status);
    })();
    try {
      await waitFor(async () => statuses.length >= 5, 30_000, 'load running');
      // Nest re-raises the signal after its shutdown hooks ran: "signal SIGTERM" is the clean end.
      expect(await a.stop('SIGTERM')).toMatch(/^(exit 0|signal SIGTERM)$/);
      const after = statuses.length;
      await waitFor(async () => statuses.length >= after + 10, 30_000, 'load after the stop');
    } finally {
      running = false;
      await load;
      await a.start();
    }
    expect(statuses.filter((status) => status !== 200)).toEqual([]);
  });

  it('leaves no orphan when an instance is killed during an upload; a retry succeeds', async () => {
    const created = await coordination.post('/api/news', {
      title: 'Upload im Cluster',
      teaser: 'Anhang',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    expect(created.status).toBe(201);
    const item = (await created.json()) as NewsDto;
    const staging = join(env['DATA_DIR']!, 'files', '.staging');
    const rowsBefore = (await sql<{ n: number }>(`SELECT count(*)::int AS n FROM stored_files`))[0]!.n;
    const cookie = ['portal.sid', 'XSRF-TOKEN']
      .map((name) => `${name}=${coordination.cookie(name)}`)
      .join('; ');

    // Straight to instance B, the body trickling in; B dies halfway.
    const boundary = 'cluster-upload-boundary';
    const outcome = new Promise<string>((resolve) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: portB,
        method: 'POST',
        path: `/api/news/${item.id}/attachments`,
        headers: {
          cookie,
          'x-xsrf-token': String(coordination.cookie('XSRF-TOKEN')),
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(4 * 1024 * 1024),
        },
      });
      request.on('response', (response) => resolve(`answered ${response.statusCode}`));
      request.on('error', (error) => resolve(`error ${error.message}`));
      request.write(
        `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="gross.pdf"\r\n` +
          `Content-Type: application/pdf\r\n\r\n%PDF-1.4\n`,
      );
      request.write(Buffer.alloc(256 * 1024, 0x20));
    });
    await waitFor(
      async () => (await files(staging)).some((file) => file.endsWith('.upload')),
      10_000,
      'staged',
    );
    await b.stop('SIGKILL');
    expect(await outcome).toMatch(/^error /);
    // The crash left its staged part behind, and no row.
    expect((await files(staging)).some((file) => file.endsWith('.upload'))).toBe(true);
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM stored_files`))[0]!.n).toBe(rowsBefore);

    // On start, staged files nobody has written to for STAGING_ORPHAN_SECONDS are removed.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    await b.start({ STAGING_ORPHAN_SECONDS: '1' });
    expect((await files(staging)).filter((file) => !file.endsWith('.probe'))).toEqual([]);

    const retry = new FormData();
    retry.append('file', new Blob([Buffer.from('%PDF-1.4\n%%EOF\n')]), 'gross.pdf');
    const response = await coordination.request('POST', `/api/news/${item.id}/attachments`, { body: retry });
    expect(response.status).toBe(201);
    expect((await sql<{ n: number }>(`SELECT count(*)::int AS n FROM stored_files`))[0]!.n).toBe(
      rowsBefore + 1,
    );
  });

  it('leaves no temporary file when an instance is killed during a ZIP download', async () => {
    const campaigns = (await (await coordination.get('/api/campaigns')).json()) as {
      items: { id: string }[];
    };
    const campaignId = campaigns.items[0]!.id;
    const tmpB = join(clusterRoot(), 'tmp-backend-b');
    const before = await files(env['DATA_DIR']!);
    const cookie = `portal.sid=${coordination.cookie('portal.sid')}`;
    const outcome = new Promise<string>((resolve) => {
      const request = httpRequest({
        host: '127.0.0.1',
        port: portB,
        path: `/api/campaigns/${campaignId}/zip`,
        headers: { cookie },
      });
      request.on('response', (response) => {
        // Read one chunk, then stall like a slow client while the instance dies.
        response.once('data', () => {
          response.pause();
          void b.stop('SIGKILL');
        });
        response.on('end', () => resolve(`ended ${response.statusCode}`));
        response.on('error', (error) => resolve(`error ${error.message}`));
        response.on('close', () => resolve(`closed ${response.statusCode}`));
      });
      request.on('error', (error) => resolve(`error ${error.message}`));
      request.end();
    });
    const result = await outcome;
    expect(result).not.toMatch(/ 5\d\d$/);
    await waitFor(async () => !b.running, 5_000, 'instance B gone');
    // Not the ZIP's: a preview job killed mid-render leaves its portal-work/preview-* directory;
    // the StagingJanitor removes such directories once they are older than STAGING_ORPHAN_SECONDS.
    expect((await files(tmpB)).filter((file) => !file.includes('/portal-work/preview-'))).toEqual([]);
    expect((await files(env['DATA_DIR']!)).sort()).toEqual(before.sort());
    await b.start();
  });

  it('runs one instance as two processes (WEB_CONCURRENCY=2): both answer, metrics are summed, a crashed one is replaced', async () => {
    await b.stop();
    await b.start({ WEB_CONCURRENCY: '2' });
    const cookie = `portal.sid=${coordination.cookie('portal.sid')}`;
    const servedBy = new Set<string>();
    // start() returns once the first process answers; the second may still be starting (it only
    // gets connections once it listens), so ask for up to 30 s rather than a fixed number of times.
    for (const deadline = Date.now() + 30_000; servedBy.size < 2 && Date.now() < deadline;) {
      const { status, instance } = await getOnce(`${b.url}/api/me`, cookie);
      expect(status).toBe(200);
      servedBy.add(instance);
      if (servedBy.size < 2) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect([...servedBy].sort()).toEqual(['backend-b.1', 'backend-b.2']);

    const metrics = await b.metrics();
    expect(metrics).toContain('portal_processes 2');
    // Each process keeps its own session cache, on once its LISTEN connection stands.
    await waitFor(
      async () => (await b.metrics()).includes('portal_session_cache_listening 2'),
      10_000,
      'both processes receive session changes',
    );
    const served = Number(
      /portal_http_requests_total\{method="GET",route="\/api\/me",status="200"\} (\d+)/.exec(metrics)?.[1],
    );
    expect(served).toBeGreaterThanOrEqual(2);

    const [victim] = await childPids(b.pid!);
    process.kill(victim!, 'SIGKILL');
    await waitFor(
      async () => (await childPids(b.pid!)).filter((pid) => pid !== victim).length === 2,
      30_000,
      'a replacement process',
    );
    await waitFor(
      async () => (await b.metrics()).includes('portal_processes 2'),
      60_000,
      'two processes answering',
    );
    for (let i = 0; i < 10; i++) expect((await getOnce(`${b.url}/api/me`, cookie)).status).toBe(200);

    const children = await childPids(b.pid!);
    expect(await b.stop('SIGTERM')).toBe('exit 0');
    expect(
      (await Promise.all(children.map((pid) => readFile(`/proc/${pid}/status`).catch(() => null)))).filter(
        Boolean,
      ),
    ).toEqual([]);
    await b.start();
  }, 180_000);
});
