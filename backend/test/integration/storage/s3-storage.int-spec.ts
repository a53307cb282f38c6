import type { NewsAttachmentDto, NewsDto, ProblemDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { FileStorage } from '../../../src/core/storage/file-storage';
import { MediaType } from '../../../src/core/storage/media-types';
import { StoredFilesService } from '../../../src/core/storage/stored-files.service';
import { HttpClient } from '../../support/http-client';
import {
  type EndpointMode,
  type S3TestServer,
  startS3TestServer,
  startSwitchableEndpoint,
} from '../../support/s3-test-server';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

/** The news attachments again, with the S3 driver against s3rver (in this process). */
describe('S3 storage driver: news attachments in a bucket', () => {
  let s3: S3TestServer;
  let front: Awaited<ReturnType<typeof startSwitchableEndpoint>>;
  let testApp: TestApp;
  let dataDir: string;
  const as = {} as Record<DemoLogin, HttpClient>;
  let newsId: string;

  beforeAll(async () => {
    s3 = await startS3TestServer();
    front = await startSwitchableEndpoint(s3.endpoint);
    dataDir = await mkdtemp(join(tmpdir(), 'portal-s3-'));
    testApp = await createTestApp({ DATA_DIR: dataDir, ...s3.env, S3_ENDPOINT: front.endpoint });
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'fachkraft.offenbach'] as DemoLogin[], as);
    newsId = await publishedNews(as['koordination.dlt']);
  });
  afterEach(() => front.set('pass'));
  afterAll(async () => {
    await testApp.close();
    await front.close();
    await s3.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function publishedNews(client: HttpClient): Promise<string> {
    const created = await client.post('/api/news', {
      title: 'Anhänge im Bucket',
      teaser: 'S3',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const item = (await created.json()) as NewsDto;
    expect((await client.post(`/api/news/${item.id}/publish`, { version: item.version })).status).toBe(200);
    return item.id;
  }

  function upload(client: HttpClient, id: string, content: Buffer, name = 'Bericht.pdf') {
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(content)]), name);
    return client.request('POST', `/api/news/${id}/attachments`, { body: form });
  }

  const pdf = (bytes: number) => Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(bytes)]);

  async function state() {
    const [{ rows }] = await testApp.dataSource.query(`SELECT count(*)::int AS rows FROM stored_files`);
    const [{ links }] = await testApp.dataSource.query(`SELECT count(*)::int AS links FROM news_files`);
    const local = await readdir(dataDir, { recursive: true }).catch(() => []);
    return { rows, links, local: local.filter((entry) => !entry.startsWith('postgres')).sort() };
  }

  async function storageKey(fileId: string): Promise<string> {
    const [row] = await testApp.dataSource.query(`SELECT storage_key FROM stored_files WHERE id = $1`, [
      fileId,
    ]);
    return row.storage_key as string;
  }

  async function expectUnavailable(response: Response): Promise<void> {
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('retry-after')).toBe('5');
    const problem = (await response.json()) as ProblemDto;
    expect(problem.detail).toMatch(/^Der Dateispeicher ist gerade nicht erreichbar/);
  }

  it('uploads into the bucket (multipart) and downloads whole, ranged, HEAD and 304', async () => {
    const content = pdf(12 * 1024 * 1024);
    const uploaded = await upload(as['koordination.dlt'], newsId, content);
    expect(uploaded.status).toBe(201);
    const attachment = (await uploaded.json()) as NewsAttachmentDto;
    expect(await testApp.app.get(FileStorage).exists(await storageKey(attachment.id))).toBe(true);
    // Nothing stays on the local disk: the staged upload went to the bucket.
    expect((await readdir(join(dataDir, 'upload-staging'))).length).toBe(0);

    const reader = as['fachkraft.offenbach'];
    const whole = await reader.get(attachment.url);
    expect(whole.status).toBe(200);
    expect(Buffer.from(await whole.arrayBuffer()).equals(content)).toBe(true);
    const ranged = await reader.get(attachment.url, { range: 'bytes=9000000-9000099' });
    expect(ranged.status).toBe(206);
    expect(Buffer.from(await ranged.arrayBuffer()).equals(content.subarray(9_000_000, 9_000_100))).toBe(true);
    const head = await reader.request('HEAD', attachment.url);
    expect(head.headers.get('content-length')).toBe(String(content.length));
    expect((await reader.get(attachment.url, { 'if-none-match': whole.headers.get('etag')! })).status).toBe(
      304,
    );

    const key = await storageKey(attachment.id);
    const removed = await as['koordination.dlt'].request(
      'DELETE',
      `/api/news/${newsId}/attachments/${attachment.id}`,
    );
    expect(removed.status).toBe(204);
    expect(await testApp.app.get(FileStorage).exists(key)).toBe(false);
  });

  it('writes the content before the short transaction: no transaction or row lock held during the upload', async () => {
    const storage = testApp.app.get(FileStorage);
    const putFile = storage.putFile.bind(storage);
    // Backends waiting inside a transaction that has written to stored_files (the upload's own, before).
    const during: number[] = [];
    const keys: string[] = [];
    const spy = jest.spyOn(storage, 'putFile').mockImplementation(async (key, path) => {
      keys.push(key);
      const [row] = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM pg_locks l
           JOIN pg_class c ON c.oid = l.relation
           JOIN pg_stat_activity a ON a.pid = l.pid
          WHERE c.relname = 'stored_files' AND l.mode = 'RowExclusiveLock'
            AND a.state LIKE 'idle in transaction%'`,
      );
      during.push(row.n);
      return putFile(key, path);
    });
    try {
      await testApp.app.get(JobQueue).drained();
      expect((await upload(as['koordination.dlt'], newsId, pdf(6 * 1024 * 1024))).status).toBe(201);
      expect(during).toEqual([0]);

      // The transaction fails after the upload: neither row nor object remains.
      const before = await state();
      const staged = join(await mkdtemp(join(tmpdir(), 'portal-staged-')), 'staged.pdf');
      await writeFile(staged, pdf(1024));
      await expect(
        testApp.app.get(StoredFilesService).store(
          {
            path: staged,
            originalName: 'x.pdf',
            mediaType: MediaType.Pdf,
            size: 1033,
            sha256: '0'.repeat(64),
          },
          null,
          async () => {
            throw new Error('link failed');
          },
        ),
      ).rejects.toThrow('link failed');
      expect(await state()).toEqual(before);
      expect(await storage.exists(keys.at(-1)!)).toBe(false);
    } finally {
      spy.mockRestore();
    }
  });

  it.each<[string, EndpointMode]>([
    ['answers 500', 'error-500'],
    ['is down', 'down'],
  ])('answers 503 when the store %s, keeps neither row nor file, and recovers', async (_case, mode) => {
    const kept = (await (
      await upload(as['koordination.dlt'], newsId, pdf(1024))
    ).json()) as NewsAttachmentDto;
    const before = await state();

    front.set(mode);
    await expectUnavailable(await upload(as['koordination.dlt'], newsId, pdf(512 * 1024)));
    expect(await state()).toEqual(before);
    await expectUnavailable(await as['fachkraft.offenbach'].get(kept.url));

    front.set('pass');
    expect((await as['fachkraft.offenbach'].get(kept.url)).status).toBe(200);
    expect((await upload(as['koordination.dlt'], newsId, pdf(1024))).status).toBe(201);
  });

  describe('with S3_PRESIGNED_DOWNLOADS=true', () => {
    let presignApp: TestApp;
    let client: HttpClient;

    beforeAll(async () => {
      presignApp = await createTestApp(
        { DATA_DIR: dataDir, ...s3.env, S3_ENDPOINT: front.endpoint, S3_PRESIGNED_DOWNLOADS: 'true' },
        { instance: 1 },
      );
      const signedIn = {} as Record<DemoLogin, HttpClient>;
      await signInAll(presignApp.baseUrl, ['koordination.dlt'] as DemoLogin[], signedIn);
      client = signedIn['koordination.dlt'];
    });
    afterAll(() => presignApp.close());

    it('authorises, then redirects to a URL valid for 60 s with the portal’s download headers', async () => {
      const id = await publishedNews(client);
      const content = pdf(4096);
      const attachment = (await (
        await upload(client, id, content, 'Übersicht.pdf')
      ).json()) as NewsAttachmentDto;
      const response = await client.get(attachment.url);
      expect(response.status).toBe(302);
      expect(response.headers.get('cache-control')).toBe('no-store');
      const location = new URL(response.headers.get('location')!);
      expect(location.origin).toBe(front.endpoint);
      expect(location.searchParams.get('X-Amz-Expires')).toBe('60');
      const fromBucket = await fetch(location);
      expect(fromBucket.status).toBe(200);
      expect(fromBucket.headers.get('content-type')).toBe('application/pdf');
      expect(fromBucket.headers.get('content-disposition')).toBe(
        `attachment; filename="Ubersicht.pdf"; filename*=UTF-8''%C3%9Cbersicht.pdf`,
      );
      expect(Buffer.from(await fromBucket.arrayBuffer()).equals(content)).toBe(true);

      const anonymous = await new HttpClient(presignApp.baseUrl).get(attachment.url);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get('location')).toBeNull();
    });
  });
});
