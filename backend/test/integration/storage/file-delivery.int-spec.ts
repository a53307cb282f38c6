import type { NewsAttachmentDto, NewsDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

/** HTTP download semantics of the storage service, through the news attachment endpoint. */
describe('file delivery: ETag, Range, HEAD and X-Accel-Redirect on a news attachment', () => {
  let testApp: TestApp;
  let dataDir: string;
  const as = {} as Record<DemoLogin, HttpClient>;
  const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(3 * 1024 * 1024)]);
  const sha256 = createHash('sha256').update(content).digest('hex');
  let attachment: NewsAttachmentDto;
  let newsId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-delivery-'));
    testApp = await createTestApp({ DATA_DIR: dataDir });
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'fachkraft.offenbach'] as DemoLogin[], as);
    ({ attachment, newsId } = await publishWithAttachment(as['koordination.dlt'], content));
  });
  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function publishWithAttachment(client: HttpClient, file: Buffer) {
    const created = await client.post('/api/news', {
      title: 'Handbuch zum Herunterladen',
      teaser: 'Ein großer Anhang',
      body: 'Siehe Anhang.',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const item = (await created.json()) as NewsDto;
    expect((await client.post(`/api/news/${item.id}/publish`, { version: item.version })).status).toBe(200);
    const form = new FormData();
    form.append('file', new Blob([new Uint8Array(file)]), 'Handbuch.pdf');
    const uploaded = await client.request('POST', `/api/news/${item.id}/attachments`, { body: form });
    expect(uploaded.status).toBe(201);
    return { attachment: (await uploaded.json()) as NewsAttachmentDto, newsId: item.id };
  }

  const reader = () => as['fachkraft.offenbach'];
  const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());

  it('sends the whole file with validators and Accept-Ranges', async () => {
    const response = await reader().get(attachment.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('etag')).toBe(`"${sha256}"`);
    expect(new Date(response.headers.get('last-modified')!).getTime()).toBeGreaterThan(Date.now() - 600_000);
    expect(response.headers.get('accept-ranges')).toBe('bytes');
    expect(response.headers.get('cache-control')).toBe('private, no-cache');
    expect(response.headers.get('content-length')).toBe(String(content.length));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('content-security-policy')).toContain('sandbox');
    expect((await bytes(response)).equals(content)).toBe(true);
  });

  it('answers HEAD with the headers of GET and no body', async () => {
    const response = await reader().request('HEAD', attachment.url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-length')).toBe(String(content.length));
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Handbuch.pdf"/);
    expect(response.headers.get('etag')).toBe(`"${sha256}"`);
    expect((await bytes(response)).length).toBe(0);
    const ranged = await reader().request('HEAD', attachment.url, { headers: { range: 'bytes=0-9' } });
    expect(ranged.status).toBe(206);
    expect(ranged.headers.get('content-length')).toBe('10');
  });

  it.each([
    ['bytes=100-199', 100, 199],
    ['bytes=0-0', 0, 0],
    [`bytes=${3 * 1024 * 1024}-`, 3 * 1024 * 1024, content.length - 1],
    ['bytes=-50', content.length - 50, content.length - 1],
    [`bytes=10-${content.length * 2}`, 10, content.length - 1],
  ])('answers Range %s with 206 and exactly those bytes', async (range, start, end) => {
    const response = await reader().get(attachment.url, { range });
    expect(response.status).toBe(206);
    expect(response.headers.get('content-range')).toBe(`bytes ${start}-${end}/${content.length}`);
    expect(response.headers.get('content-length')).toBe(String(end - start + 1));
    expect((await bytes(response)).equals(content.subarray(start, end + 1))).toBe(true);
  });

  it('answers an unsatisfiable range with 416 and the size, several ranges with the whole file', async () => {
    const beyond = await reader().get(attachment.url, { range: `bytes=${content.length}-` });
    expect(beyond.status).toBe(416);
    expect(beyond.headers.get('content-range')).toBe(`bytes */${content.length}`);
    const several = await reader().get(attachment.url, { range: 'bytes=0-9,20-29' });
    expect(several.status).toBe(200);
    expect((await bytes(several)).length).toBe(content.length);
  });

  it('answers 304 to If-None-Match and If-Modified-Since, but not for another version', async () => {
    const first = await reader().get(attachment.url);
    await first.arrayBuffer();
    const etag = first.headers.get('etag')!;
    const lastModified = first.headers.get('last-modified')!;

    const byTag = await reader().get(attachment.url, { 'if-none-match': `"other", ${etag}` });
    expect(byTag.status).toBe(304);
    expect(byTag.headers.get('etag')).toBe(etag);
    expect((await bytes(byTag)).length).toBe(0);
    expect((await reader().get(attachment.url, { 'if-modified-since': lastModified })).status).toBe(304);

    const otherTag = await reader().get(attachment.url, { 'if-none-match': '"other"' });
    expect(otherTag.status).toBe(200);
    await otherTag.arrayBuffer();
    const older = await reader().get(attachment.url, {
      'if-modified-since': new Date(Date.parse(lastModified) - 60_000).toUTCString(),
    });
    expect(older.status).toBe(200);
    await older.arrayBuffer();
    // If-None-Match decides when both are sent.
    const both = await reader().get(attachment.url, {
      'if-none-match': '"other"',
      'if-modified-since': lastModified,
    });
    expect(both.status).toBe(200);
    await both.arrayBuffer();
  });

  it('resumes a download that was cut off midway (Range with If-Range)', async () => {
    const abort = new AbortController();
    const response = await fetch(new URL(attachment.url, testApp.baseUrl), {
      headers: { cookie: `portal.sid=${reader().cookie('portal.sid')}` },
      signal: abort.signal,
    });
    expect(response.status).toBe(200);
    const etag = response.headers.get('etag')!;
    const stream = response.body!.getReader();
    const received: Buffer[] = [];
    let length = 0;
    while (length < 512 * 1024) {
      const { value, done } = await stream.read();
      if (done) break;
      received.push(Buffer.from(value));
      length += value.length;
    }
    abort.abort(); // the connection breaks
    await stream.cancel().catch(() => undefined);
    expect(length).toBeLessThan(content.length);

    const rest = await reader().get(attachment.url, { range: `bytes=${length}-`, 'if-range': etag });
    expect(rest.status).toBe(206);
    expect(rest.headers.get('content-range')).toBe(`bytes ${length}-${content.length - 1}/${content.length}`);
    const whole = Buffer.concat([...received, await bytes(rest)]);
    expect(createHash('sha256').update(whole).digest('hex')).toBe(sha256);

    // A changed file (another ETag) must not be patched together: the whole file instead.
    const stale = await reader().get(attachment.url, { range: `bytes=${length}-`, 'if-range': '"stale"' });
    expect(stale.status).toBe(200);
    expect((await bytes(stale)).length).toBe(content.length);
  });

  it('keeps the 404 for users outside the audience and for unknown files, also with Range and HEAD', async () => {
    const unknown = `/api/news/${newsId}/files/00000000-0000-4000-8000-000000000000`;
    expect((await reader().get(unknown, { range: 'bytes=0-1' })).status).toBe(404);
    expect((await reader().request('HEAD', unknown)).status).toBe(404);
    expect((await new HttpClient(testApp.baseUrl).get(attachment.url, { range: 'bytes=0-1' })).status).toBe(
      401,
    );
  });

  describe('with STORAGE_ACCEL_REDIRECT', () => {
    let accelApp: TestApp;
    let client: HttpClient;

    beforeAll(async () => {
      accelApp = await createTestApp(
        { DATA_DIR: dataDir, STORAGE_ACCEL_REDIRECT: '/protected-files/' },
        { instance: 1 },
      );
      const signedIn = {} as Record<DemoLogin, HttpClient>;
      await signInAll(accelApp.baseUrl, ['koordination.dlt'] as DemoLogin[], signedIn);
      client = signedIn['koordination.dlt'];
    });
    afterAll(() => accelApp.close());

    it('authorises, then hands the transfer to the proxy with the storage path and no body', async () => {
      const { attachment: file } = await publishWithAttachment(client, content.subarray(0, 4096));
      const [row] = await accelApp.dataSource.query(`SELECT storage_key FROM stored_files WHERE id = $1`, [
        file.id,
      ]);
      const key = row.storage_key as string;
      const response = await client.get(file.url);
      expect(response.status).toBe(200);
      expect(response.headers.get('x-accel-redirect')).toBe(`/protected-files/${key.slice(0, 2)}/${key}`);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="Handbuch.pdf"/);
      expect((await bytes(response)).length).toBe(0);
      expect((await new HttpClient(accelApp.baseUrl).get(file.url)).status).toBe(401);
    });
  });
});
