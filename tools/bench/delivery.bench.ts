/* eslint-disable no-console -- a command-line tool: the console is its report. */
/**
 * Delivery benchmark (issue 4): a 1 GiB news attachment downloaded through the authorised endpoint
 * vs. Debian's nginx serving the same file on loopback (target ≥ 90 %) – streamed by the app, and
 * handed from a second backend to nginx with X-Accel-Redirect –, the backend's memory growth
 * while downloading (target < 64 MB) and while receiving a 500 MB upload (target ≤ 64 MB), and the
 * feed's p99 during four parallel downloads vs. idle (target ≤ 1.5×), both at 2 connections with
 * autocannon. File sizes follow BENCH_SCALE. Rows for the table, details under `delivery`.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Readable } from 'node:stream';
import type { Pool } from 'pg';
import { measure, type LoadResult } from './lib/load';
import { backgroundIdle } from './lib/quiet';
import { mb, withRss } from './lib/process';
import { addRow, ratio, results } from './lib/results';
import { scaled, scaledSeconds } from './lib/scale';
import { BASE_URL, session, type Session } from './lib/session';
import { FEED_PATH } from './news-feed.bench';

const DATA_DIR = resolve(process.env['BENCH_DATA_DIR'] ?? '.data/bench');
const NGINX_PORT = Number(process.env['BENCH_NGINX_PORT'] ?? Number(new URL(BASE_URL).port) + 10);
const GIB = 1024 ** 3;
const MIB = 1024 ** 2;
const DOWNLOAD_BYTES = scaled('BENCH_DOWNLOAD_BYTES', GIB, MIB);
const UPLOAD_BYTES = scaled('BENCH_UPLOAD_BYTES', 500 * MIB, MIB);
const ROUNDS = Number(process.env['BENCH_DOWNLOAD_ROUNDS'] ?? 3);

async function api<T>(who: Session, method: string, path: string, body?: unknown): Promise<T> {
  const response = await fetch(new URL(path, BASE_URL), {
    method,
    headers: {
      cookie: who.cookie,
      'x-xsrf-token': who.csrf,
      'content-type': 'application/json',
      accept: 'application/json',
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return (response.status === 204 ? undefined : await response.json()) as T;
}

/** A PDF-looking file of `size` bytes, streamed (a random megabyte, varied per block). */
function pdfContent(size: number): Readable {
  const block = randomBytes(MIB);
  const header = Buffer.from('%PDF-1.7\n');
  let sent = 0;
  return Readable.from(
    (function* () {
      yield header;
      sent = header.length;
      for (let i = 0; sent < size; i++) {
        const part = block.subarray(0, Math.min(MIB, size - sent));
        part[0] = i & 0xff;
        sent += part.length;
        yield part;
      }
    })(),
  );
}

/** Streams a multipart upload of `size` bytes; resolves with the attachment's id and URL. */
function upload(
  who: Session,
  newsId: string,
  name: string,
  size: number,
): Promise<{ id: string; url: string }> {
  const boundary = `bench${randomBytes(8).toString('hex')}`;
  const head = Buffer.from(
    `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${name}"\r\nContent-Type: application/pdf\r\n\r\n`,
  );
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  return new Promise((resolvePromise, reject) => {
    const req = request(
      new URL(`/api/news/${newsId}/attachments`, BASE_URL),
      {
        method: 'POST',
        headers: {
          cookie: who.cookie,
          'x-xsrf-token': who.csrf,
          accept: 'application/json',
          'content-type': `multipart/form-data; boundary=${boundary}`,
          'content-length': String(head.length + size + tail.length),
        },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => {
          const text = Buffer.concat(chunks).toString();
          if (res.statusCode !== 201) reject(new Error(`Upload: HTTP ${res.statusCode} ${text}`));
          else resolvePromise(JSON.parse(text) as { id: string; url: string });
        });
      },
    );
    req.on('error', reject);
    req.write(head);
    const body = pdfContent(size);
    body.on('end', () => req.end(tail));
    body.pipe(req, { end: false });
  });
}

/** curl as the client for both servers: bytes and seconds of one download to /dev/null. */
function curl(url: string, cookie?: string): Promise<{ bytes: number; seconds: number; status: number }> {
  return new Promise((resolvePromise, reject) => {
    const args = ['-s', '-o', '/dev/null', '-w', '%{size_download} %{time_total} %{http_code}', url];
    if (cookie) args.unshift('-H', `cookie: ${cookie}`);
    const child = spawn('curl', args);
    let out = '';
    child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
    child.on('error', reject);
    child.on('exit', () => {
      const [bytes, seconds, status] = out.trim().split(' ').map(Number);
      resolvePromise({ bytes: bytes ?? 0, seconds: seconds ?? NaN, status: status ?? 0 });
    });
  });
}

/** The feed at `base`, idle and while four downloads of `download` run (restarted until the probe is done). */
async function feedBesideDownloads(
  who: Session,
  base: string,
  downloader: Session,
  download: string,
): Promise<{ idle: LoadResult; busy: LoadResult; downloads: number }> {
  const idle = await feedLoad(who, base);
  let probing = true;
  let downloads = 0;
  const downloaders = Array.from({ length: 4 }, async () => {
    while (probing) {
      await curl(download, downloader.cookie);
      downloads++;
    }
  });
  await new Promise((r) => setTimeout(r, 500)); // the downloads are under way
  const busy = await feedLoad(who, base);
  probing = false;
  await Promise.all(downloaders);
  return { idle, busy, downloads };
}

/**
 * A second backend on the same database and data directory with `STORAGE_ACCEL_REDIRECT`, behind
 * the bench's nginx: the production set-up where the app authorises and nginx sends the bytes.
 */
async function startAccelBackend(): Promise<{ port: number; stop(): Promise<void> }> {
  const base = Number(new URL(BASE_URL).port);
  const port = base + 5;
  const secret = (name: string) => readFileSync(join(DATA_DIR, name), 'utf8').trim();
  const backend = spawn(process.execPath, ['dist/backend/main.js'], {
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      PORT: String(port),
      PUBLIC_URL: `http://localhost:${port}`,
      DATA_DIR,
      SESSION_SECRET: secret('session-secret'),
      OIDC_ISSUER: `http://localhost:${base + 1}`,
      OIDC_CLIENT_ID: 'portal',
      OIDC_CLIENT_SECRET: secret('oidc-client-secret'),
      SMTP_URL: `smtp://localhost:${base + 3}`,
      SEED_DEMO_DATA: 'false',
      LOG_LEVEL: 'warn',
      STORAGE_ACCEL_REDIRECT: '/protected-files/',
    },
  });
  for (let attempt = 0; ; attempt++) {
    if (
      await fetch(`http://127.0.0.1:${port}/api/health`).then(
        (r) => r.ok,
        () => false,
      )
    )
      break;
    if (attempt > 240 || backend.exitCode !== null) throw new Error('Das zweite Backend startet nicht.');
    await new Promise((r) => setTimeout(r, 250));
  }
  return {
    port,
    stop: async () => {
      if (backend.exitCode === null) {
        backend.kill('SIGTERM');
        await new Promise((r) => backend.once('exit', r));
      }
    },
  };
}

async function startNginx(
  file: string,
  accelPort: number,
): Promise<{ url: string; base: string; stop(): Promise<void> }> {
  const prefix = await mkdtemp(join(tmpdir(), 'bench-nginx-'));
  const config = join(prefix, 'nginx.conf');
  // Debian's defaults for static files (sendfile, tcp_nopush); one worker like the one Node process.
  await writeFile(
    config,
    `worker_processes 1;
daemon off;
user root;
pid ${prefix}/nginx.pid;
error_log ${prefix}/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  sendfile on;
  tcp_nopush on;
  types { application/pdf pdf; }
  client_body_temp_path ${prefix}/body;
  proxy_temp_path ${prefix}/proxy;
  fastcgi_temp_path ${prefix}/fastcgi;
  uwsgi_temp_path ${prefix}/uwsgi;
  scgi_temp_path ${prefix}/scgi;
  server {
    listen 127.0.0.1:${NGINX_PORT};
    location = /bench.pdf { alias ${file}; }
    location /protected-files/ { internal; alias ${DATA_DIR}/files/; }
    location /api/ { proxy_pass http://127.0.0.1:${accelPort}; }
  }
}
`,
  );
  const nginx: ChildProcess = spawn('/usr/sbin/nginx', ['-p', prefix, '-c', config], { stdio: 'inherit' });
  const url = `http://127.0.0.1:${NGINX_PORT}/bench.pdf`;
  for (let attempt = 0; ; attempt++) {
    if ((await curl(url).catch(() => ({ status: 0 }))).status === 200) break;
    if (attempt > 50 || nginx.exitCode !== null) throw new Error('nginx startet nicht.');
    await new Promise((r) => setTimeout(r, 100));
  }
  return {
    url,
    base: `http://127.0.0.1:${NGINX_PORT}`,
    stop: async () => {
      if (nginx.exitCode === null) {
        nginx.kill('SIGQUIT');
        await new Promise((r) => nginx.once('exit', r));
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}

/** Feed at 2 connections (a couple of users) – idle or beside the downloads. */
function feedLoad(who: Session, base: string): Promise<LoadResult> {
  return measure({
    url: base,
    paths: FEED_PATH,
    headers: { cookie: who.cookie },
    connections: 2,
    duration: scaledSeconds('BENCH_DELIVERY_FEED_SECONDS', 10),
  });
}

async function storedPath(db: Pool, fileId: string): Promise<string> {
  const { rows } = await db.query<{ storage_key: string }>(
    `SELECT storage_key FROM stored_files WHERE id = $1`,
    [fileId],
  );
  const key = rows[0]?.storage_key;
  if (!key) throw new Error(`Datei ${fileId} fehlt.`);
  return join(DATA_DIR, 'files', key.slice(0, 2), key);
}

export async function benchDelivery(db: Pool, pid: number): Promise<void> {
  const editor = await session('koordination.dlt');
  const reader = await session('fachkraft.offenbach');
  const item = await api<{ id: string; version: number }>(editor, 'POST', '/api/news', {
    title: 'Benchmark: große Anhänge',
    teaser: 'Auslieferung',
    body: 'Benchmark',
    category: 'netzwerk',
    audience: { states: [], organisationIds: [], roles: [] },
  });
  // Left as a draft: publishing would notify every bench person (10,000 jobs in the same backend
  // while it is being measured). The author downloads it, authorised like anyone else.
  const load = loadavg().map((value) => Math.round(value * 100) / 100);
  const uploadedIds: string[] = [];

  try {
    // 1. A 500 MB upload: the backend streams it to disk.
    const uploaded = await withRss(pid, async () => {
      const started = performance.now();
      uploadedIds.push((await upload(editor, item.id, 'upload-500mb.pdf', UPLOAD_BYTES)).id);
      return (performance.now() - started) / 1000;
    });
    console.log(
      `Upload ${mb(UPLOAD_BYTES)} MB: ${uploaded.result.toFixed(1)} s, RSS +${mb(uploaded.peak - uploaded.before)} MB`,
    );

    // 2. The 1 GiB file for the downloads (its upload measured as well).
    const big = await withRss(pid, () => upload(editor, item.id, 'download-1gb.pdf', DOWNLOAD_BYTES));
    uploadedIds.push(big.result.id);
    console.log(`Upload ${mb(DOWNLOAD_BYTES)} MB: RSS +${mb(big.peak - big.before)} MB`);
    const file = await storedPath(db, big.result.id);
    await backgroundIdle(db, 'den Downloads');
    const accelBackend = await startAccelBackend();
    const nginx = await startNginx(file, accelBackend.port);
    const appUrl = new URL(big.result.url, BASE_URL).toString();
    const handOffUrl = new URL(big.result.url, nginx.base).toString();

    const app: number[] = [];
    const direct: number[] = [];
    const handOff: number[] = [];
    let downloadRss = 0;
    let streamed: Awaited<ReturnType<typeof feedBesideDownloads>>;
    let handedOff: Awaited<ReturnType<typeof feedBesideDownloads>>;
    try {
      for (let round = 0; round < ROUNDS; round++) {
        const measured = await withRss(pid, () => curl(appUrl, editor.cookie));
        if (measured.result.status !== 200 || measured.result.bytes !== DOWNLOAD_BYTES)
          throw new Error(`App-Download: HTTP ${measured.result.status}, ${measured.result.bytes} Bytes`);
        app.push(DOWNLOAD_BYTES / measured.result.seconds);
        downloadRss = Math.max(downloadRss, measured.peak - measured.before);
        const fromNginx = await curl(nginx.url);
        if (fromNginx.bytes !== DOWNLOAD_BYTES) throw new Error('nginx-Download unvollständig');
        direct.push(DOWNLOAD_BYTES / fromNginx.seconds);
        const viaHandOff = await curl(handOffUrl, editor.cookie);
        if (viaHandOff.bytes !== DOWNLOAD_BYTES) throw new Error('X-Accel-Redirect-Download unvollständig');
        handOff.push(DOWNLOAD_BYTES / viaHandOff.seconds);
        console.log(
          `Runde ${round + 1}: App ${mb(DOWNLOAD_BYTES / measured.result.seconds)} MB/s, ` +
            `nginx ${mb(DOWNLOAD_BYTES / fromNginx.seconds)} MB/s, ` +
            `App+nginx (X-Accel-Redirect) ${mb(DOWNLOAD_BYTES / viaHandOff.seconds)} MB/s, ` +
            `RSS +${mb(measured.peak - measured.before)} MB`,
        );
      }
      // 3. The feed beside four downloads: streamed by the app, and handed to nginx (the feed then
      // also through nginx to the backend that authorises the downloads).
      streamed = await feedBesideDownloads(reader, BASE_URL, editor, appUrl);
      handedOff = await feedBesideDownloads(reader, nginx.base, editor, handOffUrl);
    } finally {
      await nginx.stop();
      await accelBackend.stop();
    }
    const median = (values: number[]) =>
      [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
    const { idle, busy, downloads } = streamed;

    const appRatio = ratio(median(app), median(direct));
    const accelRatio = ratio(median(handOff), median(direct));
    const feedRatio = ratio(busy.p99, idle.p99);
    const size = `${mb(DOWNLOAD_BYTES)} MB`;
    addRow({
      group: 'Dateien',
      name: `Download ${size}, App streamt`,
      throughput: mb(median(app)),
      unit: 'MB/s',
      baseline: mb(median(direct)),
      baselineName: 'nginx (sendfile), gleiche Datei',
      ratio: appRatio,
      goal: '≥ 0,9× nginx; RSS < 64 MB',
      pass: (appRatio ?? 0) >= 0.9 && mb(downloadRss) < 64,
      note: `RSS +${mb(downloadRss)} MB`,
    });
    addRow({
      group: 'Dateien',
      name: `Download ${size}, App + X-Accel-Redirect`,
      throughput: mb(median(handOff)),
      unit: 'MB/s',
      baseline: mb(median(direct)),
      baselineName: 'nginx (sendfile), gleiche Datei',
      ratio: accelRatio,
      goal: '≥ 0,9× nginx',
      pass: (accelRatio ?? 0) >= 0.9,
    });
    addRow({
      group: 'Dateien',
      name: `Upload ${mb(UPLOAD_BYTES)} MB`,
      throughput: mb(UPLOAD_BYTES / uploaded.result),
      unit: 'MB/s',
      goal: 'RSS ≤ +64 MB',
      pass: mb(uploaded.peak - uploaded.before) <= 64,
      note: `RSS +${mb(uploaded.peak - uploaded.before)} MB`,
    });
    addRow({
      group: 'Dateien',
      name: 'Feed bei vier parallelen Downloads',
      throughput: busy.requestsPerSecond,
      p50: busy.p50,
      p95: busy.p95,
      p99: busy.p99,
      connections: 2,
      baseline: idle.p99,
      baselineName: 'p99 ohne Downloads (ms)',
      ratio: feedRatio,
      goal: 'p99 ≤ 1,5× ohne Last',
      pass: (feedRatio ?? Infinity) <= 1.5,
      note: `App streamt; ${downloads} Downloads währenddessen`,
    });
    const handedOffRatio = ratio(handedOff.busy.p99, handedOff.idle.p99);
    addRow({
      group: 'Dateien',
      name: 'Feed bei vier parallelen Downloads, X-Accel-Redirect',
      throughput: handedOff.busy.requestsPerSecond,
      p50: handedOff.busy.p50,
      p95: handedOff.busy.p95,
      p99: handedOff.busy.p99,
      connections: 2,
      baseline: handedOff.idle.p99,
      baselineName: 'p99 ohne Downloads (ms)',
      ratio: handedOffRatio,
      goal: 'p99 ≤ 1,5× ohne Last',
      pass: (handedOffRatio ?? Infinity) <= 1.5,
      note: `nginx liefert, Feed über nginx; ${handedOff.downloads} Downloads währenddessen`,
    });
    results.details['delivery'] = {
      loadAverage: load,
      fileBytes: DOWNLOAD_BYTES,
      appMBps: app.map(mb),
      nginxMBps: direct.map(mb),
      accelRedirectMBps: handOff.map(mb),
      downloadRssGrowthMB: mb(downloadRss),
      uploadBytes: UPLOAD_BYTES,
      uploadRssGrowthMB: mb(uploaded.peak - uploaded.before),
      uploadSeconds: Math.round(uploaded.result * 10) / 10,
      upload1GiBRssGrowthMB: mb(big.peak - big.before),
      feedIdle: idle,
      feedDuringFourDownloads: { ...busy, downloadsCompleted: downloads },
      feedIdleBehindNginx: handedOff.idle,
      feedDuringFourHandedOffDownloads: { ...handedOff.busy, downloadsCompleted: handedOff.downloads },
    };
  } finally {
    // The gigabytes go again (rows and files).
    for (const id of uploadedIds)
      await api(editor, 'DELETE', `/api/news/${item.id}/attachments/${id}`).catch((error: unknown) =>
        console.error(error),
      );
    const staging = join(DATA_DIR, 'files', '.staging');
    if ((await readdir(staging).catch(() => [])).length > 0) console.warn(`Reste in ${staging}`);
  }
}
