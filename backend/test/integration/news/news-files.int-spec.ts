import type {
  CreateNewsRequest,
  NewsAttachmentDto,
  NewsCoverDto,
  NewsDto,
  NewsFeedDto,
  ProblemDto,
} from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { createHash, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import sharp from 'sharp';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { NewsFilesService } from '../../../src/modules/news/news-files.service';
import { MediaType } from '../../../src/core/storage/media-types';
import { StoredFilesService } from '../../../src/core/storage/stored-files.service';
import { EXECUTABLES, FIXTURES, PNG } from '../../support/file-fixtures';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LIMIT = 256 * 1024;

describe('news files: cover image and attachments on the file storage', () => {
  let testApp: TestApp;
  let dataDir: string;
  const as = {} as Record<DemoLogin, HttpClient>;
  let biberachId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-files-'));
    testApp = await createTestApp({ DATA_DIR: dataDir, NEWS_ATTACHMENT_MAX_BYTES: String(LIMIT) });
    await signInAll(
      testApp.baseUrl,
      [
        'koordination.dlt',
        'redaktion.biberach',
        'leitung.biberach',
        'fachkraft.biberach',
        'fachkraft.offenbach',
        'admin',
      ] as DemoLogin[],
      as,
    );
    const rows: { id: string }[] = await testApp.dataSource.query(
      `SELECT id FROM organisations WHERE key = 'landkreis-biberach'`,
    );
    biberachId = rows[0]!.id;
  });
  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const sha256 = (data: Buffer | ArrayBuffer) =>
    createHash('sha256')
      .update(Buffer.from(data as ArrayBuffer))
      .digest('hex');

  async function newsItem(
    client: HttpClient,
    title: string,
    options: { audience?: CreateNewsRequest['audience']; publish?: boolean } = {},
  ): Promise<NewsDto> {
    const created = await client.post('/api/news', {
      title,
      teaser: `Kurz: ${title}`,
      body: `Text zu ${title}`,
      category: 'netzwerk',
      audience: options.audience ?? EVERYONE,
    });
    expect(created.status).toBe(201);
    const item = (await created.json()) as NewsDto;
    if (options.publish === false) return item;
    const published = await client.post(`/api/news/${item.id}/publish`, { version: item.version });
    expect(published.status).toBe(200);
    return (await published.json()) as NewsDto;
  }

  /** Multipart with the file first and the text fields after it, the harder order for the server. */
  function form(name: string, content: Buffer, fields: Record<string, string> = {}): FormData {
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(content)]), name);
    for (const [key, value] of Object.entries(fields)) body.append(key, value);
    return body;
  }

  function upload(client: HttpClient, newsId: string, name: string, content: Buffer, csrf = true) {
    return client.request('POST', `/api/news/${newsId}/attachments`, { body: form(name, content), csrf });
  }

  function setCover(client: HttpClient, newsId: string, name: string, content: Buffer, altText?: string) {
    return client.request('PUT', `/api/news/${newsId}/cover`, {
      body: form(name, content, altText === undefined ? {} : { altText }),
    });
  }

  /**
   * Everything on disk under the store (staging included; previews, which background jobs add and
   * remove, aside) and every row, to prove nothing is left.
   */
  async function storeState(): Promise<{ files: string[]; rows: number; links: number }> {
    // Preview jobs write (through staging) in the background: let them finish first.
    await testApp.app.get(JobQueue).drained();
    const root = join(dataDir, 'files');
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((entry) => entry.isFile() && !/-\d{4}$/.test(entry.name))
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      .sort();
    const [{ rows }] = await testApp.dataSource.query(`SELECT count(*)::int AS rows FROM stored_files`);
    const [{ links }] = await testApp.dataSource.query(`SELECT count(*)::int AS links FROM news_files`);
    return { files, rows, links };
  }

  async function expectProblem(response: Response, status: number, detail?: RegExp): Promise<ProblemDto> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as ProblemDto;
    if (detail) expect(problem.detail).toMatch(detail);
    return problem;
  }

  it('round-trips an attachment: identical SHA-256, safe download headers, listed on the item', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Mit Anhang');
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(200 * 1024)]);
    const before = await storeState();

    const response = await upload(as['koordination.dlt'], item.id, 'Übersicht „Q1“.pdf', content);
    expect(response.status).toBe(201);
    const attachment = (await response.json()) as NewsAttachmentDto;
    expect(attachment).toEqual({
      id: expect.any(String),
      name: 'Übersicht „Q1“.pdf',
      mediaType: 'application/pdf',
      size: content.length,
      url: `/api/news/${item.id}/files/${attachment.id}`,
      // No CLAMAV_URL here: unscanned but available (see storage/file-scan.int-spec.ts).
      scan: {
        status: 'disabled',
        label: 'Nicht geprüft (kein Virenscanner eingerichtet)',
        available: true,
        detail: null,
        scannedAt: null,
      },
      thumbnailUrl: null,
      previewUrl: null,
      // The uploader may edit the item; the search has not read the file yet.
      textMissing: false,
    });

    const after = await storeState();
    expect(after.rows).toBe(before.rows + 1);
    expect(after.files.filter((file) => file.startsWith('.staging'))).toEqual([]);
    expect(after.files).toHaveLength(before.files.length + 1);
    const [row] = await testApp.dataSource.query(`SELECT sha256, size FROM stored_files WHERE id = $1`, [
      attachment.id,
    ]);
    expect(row).toEqual({ sha256: sha256(content), size: String(content.length) });

    const detail = (await (await as['fachkraft.offenbach'].get(`/api/news/${item.id}`)).json()) as NewsDto;
    // A reader cannot edit the item: not told about searchable text.
    expect(detail.attachments).toEqual([{ ...attachment, textMissing: null }]);
    expect(detail.cover).toBeNull();

    const download = await as['fachkraft.offenbach'].get(attachment.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-type')).toBe('application/pdf');
    expect(download.headers.get('content-length')).toBe(String(content.length));
    expect(download.headers.get('content-disposition')).toBe(
      `attachment; filename="Ubersicht Q1.pdf"; filename*=UTF-8''%C3%9Cbersicht%20%E2%80%9EQ1%E2%80%9C.pdf`,
    );
    expect(download.headers.get('x-content-type-options')).toBe('nosniff');
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
    expect(sha256(await download.arrayBuffer())).toBe(sha256(content));
  });

  it('refuses a file over the limit with 413 and leaves nothing behind', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Zu groß');
    const before = await storeState();
    const response = await upload(
      as['koordination.dlt'],
      item.id,
      'gross.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(16 * LIMIT)]),
    );
    await expectProblem(response, 413, /zu groß.*256 KB/);
    expect(await storeState()).toEqual(before);
  });

  it('refuses programs and files whose content contradicts their name with 415', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Falsche Dateien');
    const before = await storeState();
    await expectProblem(
      await upload(as['koordination.dlt'], item.id, 'rechnung.pdf', EXECUTABLES.exe),
      415,
      /Programme/,
    );
    await expectProblem(
      await upload(as['koordination.dlt'], item.id, 'start.sh.txt', EXECUTABLES.shebang),
      415,
      /Programme/,
    );
    await expectProblem(await upload(as['koordination.dlt'], item.id, 'bild.pdf', PNG), 415, /passt nicht/);
    await expectProblem(await upload(as['koordination.dlt'], item.id, 'archiv.zip', FIXTURES.docx), 415);
    expect(await storeState()).toEqual(before);
  });

  it('accepts every allowed attachment type', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Alle Formate');
    for (const [ext, content] of Object.entries(FIXTURES)) {
      const response = await upload(as['koordination.dlt'], item.id, `beispiel.${ext}`, content);
      expect([ext, response.status]).toEqual([ext, 201]);
    }
    const detail = (await (await as['koordination.dlt'].get(`/api/news/${item.id}`)).json()) as NewsDto;
    expect(detail.attachments.map((file) => file.name)).toEqual(
      Object.keys(FIXTURES).map((ext) => `beispiel.${ext}`),
    );
    // SVG is never shown inline, raster images are.
    const svg = detail.attachments.find((file) => file.name.endsWith('.svg'))!;
    const svgResponse = await as['koordination.dlt'].get(svg.url);
    expect(svgResponse.headers.get('content-disposition')).toMatch(/^attachment;/);
    const png = detail.attachments.find((file) => file.name.endsWith('.png'))!;
    expect((await as['koordination.dlt'].get(png.url)).headers.get('content-disposition')).toMatch(
      /^inline;/,
    );
  });

  it('answers bad requests in German: not multipart 415, no file 400, stray fields 400', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Schlechte Anfragen');
    const before = await storeState();
    await expectProblem(
      await as['koordination.dlt'].post(`/api/news/${item.id}/attachments`, { file: 'x' }),
      415,
      /multipart/,
    );
    const onlyText = new FormData();
    onlyText.append('altText', 'kein Bild');
    await expectProblem(
      await as['koordination.dlt'].request('POST', `/api/news/${item.id}/attachments`, { body: onlyText }),
      400,
      /wählen Sie eine Datei/,
    );
    const wrongField = new FormData();
    wrongField.append('anhang', new Blob([new Uint8Array(FIXTURES.pdf)]), 'a.pdf');
    await expectProblem(
      await as['koordination.dlt'].request('POST', `/api/news/${item.id}/attachments`, { body: wrongField }),
      400,
    );
    const twoFiles = form('a.pdf', FIXTURES.pdf);
    twoFiles.append('file', new Blob([new Uint8Array(FIXTURES.pdf)]), 'b.pdf');
    await expectProblem(
      await as['koordination.dlt'].request('POST', `/api/news/${item.id}/attachments`, { body: twoFiles }),
      400,
    );
    await expectProblem(
      await upload(as['koordination.dlt'], item.id, 'leer.txt', Buffer.alloc(0)),
      400,
      /leer/,
    );
    // Cut off in the middle of the file.
    const truncated = Buffer.from(
      '--x\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF-1.7 and then nothing',
    );
    await expectProblem(
      await as['koordination.dlt'].request('POST', `/api/news/${item.id}/attachments`, {
        body: truncated,
        headers: { 'content-type': 'multipart/form-data; boundary=x' },
      }),
      400,
    );
    expect(await storeState()).toEqual(before);
  });

  it('still enforces CSRF on multipart uploads', async () => {
    const item = await newsItem(as['koordination.dlt'], 'CSRF');
    const before = await storeState();
    const problem = await expectProblem(
      await upload(as['koordination.dlt'], item.id, 'a.pdf', FIXTURES.pdf, false),
      403,
    );
    expect(problem.type).toBe('urn:portal:problem:csrf-rejected');
    expect(await storeState()).toEqual(before);
  });

  it('sets, replaces and removes the cover: PNG/JPEG/WebP with required alt text, shown in feed and detail', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Mit Titelbild');
    const before = await storeState();

    const noAlt = await expectProblem(await setCover(as['koordination.dlt'], item.id, 'bild.png', PNG), 400);
    expect(noAlt.errors?.['altText']?.[0]).toMatch(/Alternativtext/);
    await expectProblem(await setCover(as['koordination.dlt'], item.id, 'bild.png', PNG, '   '), 400);
    await expectProblem(
      await setCover(as['koordination.dlt'], item.id, 'bild.png', PNG, 'x'.repeat(301)),
      400,
    );
    await expectProblem(
      await setCover(as['koordination.dlt'], item.id, 'plan.pdf', FIXTURES.pdf, 'Plan'),
      415,
    );
    await expectProblem(
      await setCover(as['koordination.dlt'], item.id, 'logo.svg', FIXTURES.svg, 'Logo'),
      415,
    );
    expect(await storeState()).toEqual(before);

    const set = await setCover(as['koordination.dlt'], item.id, 'titel.png', PNG, 'x'.repeat(300));
    expect(set.status).toBe(200);
    const first = (await set.json()) as NewsCoverDto;
    expect(first.altText).toBe('x'.repeat(300));

    const replaced = await setCover(
      as['koordination.dlt'],
      item.id,
      'neu.jpg',
      FIXTURES.jpeg,
      'Menschen im Gespräch',
    );
    expect(replaced.status).toBe(200);
    const cover = (await replaced.json()) as NewsCoverDto;
    // The replaced image is gone from table and disk.
    expect((await storeState()).files).toHaveLength(before.files.length + 1);
    expect((await as['koordination.dlt'].get(first.url)).status).toBe(404);

    // The fixture is only a JPEG header: no preview can be made, so cards keep the original.
    const detail = (await (await as['fachkraft.offenbach'].get(`/api/news/${item.id}`)).json()) as NewsDto;
    expect(detail.cover).toEqual({
      url: cover.url,
      altText: 'Menschen im Gespräch',
      thumbnailUrl: null,
      previewUrl: null,
    });
    const feed = (await (await as['fachkraft.offenbach'].get('/api/news?limit=50')).json()) as NewsFeedDto;
    expect(feed.items.find((entry) => entry.id === item.id)?.cover).toEqual(cover);
    const image = await as['fachkraft.offenbach'].get(cover.url);
    expect(image.status).toBe(200);
    expect(image.headers.get('content-type')).toBe('image/jpeg');
    expect(image.headers.get('content-disposition')).toMatch(/^inline;/);

    expect((await as['koordination.dlt'].request('DELETE', `/api/news/${item.id}/cover`)).status).toBe(204);
    expect(await storeState()).toEqual(before);
    const without = (await (await as['koordination.dlt'].get(`/api/news/${item.id}`)).json()) as NewsDto;
    expect(without.cover).toBeNull();
  });

  it('names the cover thumbnail and large preview in feed pages and detail once the preview job ran (the original until then)', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Titelbild mit Vorschau');
    const picture = await sharp({
      create: { width: 1200, height: 675, channels: 3, background: { r: 0, g: 94, b: 168 } },
    })
      .png()
      .toBuffer();
    const set = await setCover(as['koordination.dlt'], item.id, 'titel.png', picture, 'Blaue Fläche');
    expect(set.status).toBe(200);
    const cover = (await set.json()) as NewsCoverDto;
    // Just stored: no preview yet, cards show the original.
    expect(cover.thumbnailUrl).toBeNull();

    await testApp.app.get(JobQueue).drained();
    const expected = {
      url: cover.url,
      altText: 'Blaue Fläche',
      thumbnailUrl: `${cover.url}/preview/thumb`,
      previewUrl: `${cover.url}/preview/large`,
    };
    // The Start page's first page and a filtered page are different queries; both join the preview state.
    for (const query of ['limit=50', 'limit=50&category=netzwerk']) {
      const feed = (await (await as['fachkraft.offenbach'].get(`/api/news?${query}`)).json()) as NewsFeedDto;
      expect(feed.items.find((entry) => entry.id === item.id)?.cover).toEqual(expected);
    }
    const detail = (await (await as['fachkraft.offenbach'].get(`/api/news/${item.id}`)).json()) as NewsDto;
    expect(detail.cover).toEqual(expected);
    const thumbnail = await as['fachkraft.offenbach'].get(expected.thumbnailUrl);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect((await sharp(Buffer.from(await thumbnail.arrayBuffer())).metadata()).width).toBe(400);
    // The detail page shows the large preview, not the (possibly huge) original.
    const large = await as['fachkraft.offenbach'].get(expected.previewUrl);
    expect(large.status).toBe(200);
    expect(large.headers.get('content-type')).toBe('image/webp');
  });

  it('lets only those who may edit the item write its files (403), per role', async () => {
    const network = await newsItem(as['koordination.dlt'], 'Netzwerkmeldung');
    const own = await newsItem(as['redaktion.biberach'], 'Aus Biberach', {
      audience: { ...EVERYONE, organisationIds: [biberachId] },
    });
    const before = await storeState();
    for (const login of ['fachkraft.biberach', 'leitung.biberach'] as DemoLogin[]) {
      await expectProblem(await upload(as[login], own.id, 'a.pdf', FIXTURES.pdf), 403);
      await expectProblem(await setCover(as[login], own.id, 'a.png', PNG, 'Bild'), 403);
      expect((await as[login].request('DELETE', `/api/news/${own.id}/cover`)).status).toBe(403);
    }
    // Editors write for their own Jobcenter's items only.
    await expectProblem(await upload(as['redaktion.biberach'], network.id, 'a.pdf', FIXTURES.pdf), 403);
    expect(await storeState()).toEqual(before);

    const mine = await upload(as['redaktion.biberach'], own.id, 'eigen.pdf', FIXTURES.pdf);
    expect(mine.status).toBe(201);
    const byAdmin = await upload(as['admin'], own.id, 'admin.pdf', FIXTURES.pdf);
    expect(byAdmin.status).toBe(201);
    const attachment = (await mine.json()) as NewsAttachmentDto;

    await expectProblem(
      await as['fachkraft.biberach'].request('DELETE', `/api/news/${own.id}/attachments/${attachment.id}`),
      403,
    );
    expect((await as['fachkraft.biberach'].get(attachment.url)).status).toBe(200);
    const removed = await as['redaktion.biberach'].request(
      'DELETE',
      `/api/news/${own.id}/attachments/${attachment.id}`,
    );
    expect(removed.status).toBe(204);
    expect((await as['fachkraft.biberach'].get(attachment.url)).status).toBe(404);
    await expectProblem(
      await as['redaktion.biberach'].request('DELETE', `/api/news/${own.id}/attachments/${attachment.id}`),
      404,
    );
    expect((await storeState()).rows).toBe(before.rows + 1);
  });

  it('hides files of items outside the audience, drafts and scheduled items with 404', async () => {
    const hessen = await newsItem(as['koordination.dlt'], 'Nur Hessen', {
      audience: { ...EVERYONE, states: ['Hessen'] },
    });
    const draft = await newsItem(as['koordination.dlt'], 'Entwurf mit Anhang', { publish: false });
    const inHessen = (await (
      await upload(as['koordination.dlt'], hessen.id, 'a.pdf', FIXTURES.pdf)
    ).json()) as NewsAttachmentDto;
    const inDraft = (await (
      await upload(as['koordination.dlt'], draft.id, 'b.pdf', FIXTURES.pdf)
    ).json()) as NewsAttachmentDto;

    expect((await as['fachkraft.offenbach'].get(inHessen.url)).status).toBe(200);
    const hidden = await as['fachkraft.biberach'].get(inHessen.url);
    await expectProblem(hidden, 404);
    expect((await as['fachkraft.offenbach'].get(inDraft.url)).status).toBe(404);
    expect((await as['koordination.dlt'].get(inDraft.url)).status).toBe(200);
    // A file id under another item does not open either.
    expect((await as['fachkraft.offenbach'].get(`/api/news/${hessen.id}/files/${inDraft.id}`)).status).toBe(
      404,
    );
    expect((await as['fachkraft.offenbach'].get(`/api/news/${hessen.id}/files/kein-uuid`)).status).toBe(404);
  });

  it('allows at most 20 attachments per item (409, German)', async () => {
    const item = await newsItem(as['koordination.dlt'], 'Viele Anhänge');
    for (let i = 0; i < 20; i++) {
      expect(
        (await upload(as['koordination.dlt'], item.id, `teil-${i}.txt`, Buffer.from(`Teil ${i}\n`))).status,
      ).toBe(201);
    }
    const before = await storeState();
    await expectProblem(
      await upload(as['koordination.dlt'], item.id, 'zu-viel.txt', Buffer.from('zu viel\n')),
      409,
      /höchstens 20 Anhänge/,
    );
    expect(await storeState()).toEqual(before);
  });

  it('removes all files of an item that is deleted', async () => {
    const before = await storeState();
    const item = await newsItem(as['koordination.dlt'], 'Wird gelöscht');
    expect((await upload(as['koordination.dlt'], item.id, 'a.pdf', FIXTURES.pdf)).status).toBe(201);
    expect((await setCover(as['koordination.dlt'], item.id, 'b.png', PNG, 'Bild')).status).toBe(200);
    expect((await storeState()).rows).toBe(before.rows + 2);

    const keys = await testApp.dataSource.transaction(async (manager) => {
      const removed = await testApp.app.get(NewsFilesService).deleteAllOf(manager, item.id);
      await manager.query('DELETE FROM news WHERE id = $1', [item.id]);
      return removed;
    });
    await testApp.app.get(StoredFilesService).removeContent(keys);
    expect(await storeState()).toEqual(before);
  });

  it('keeps row and content consistent when storing fails inside the transaction or at the move', async () => {
    // The content is stored first, then the row in a short transaction (see StoredFilesService.store).
    const service = testApp.app.get(StoredFilesService);
    const before = await storeState();
    const staging = join(dataDir, 'files', '.staging');
    const staged = async () => {
      const path = join(staging, `test-${randomBytes(4).toString('hex')}.upload`);
      await writeFile(path, FIXTURES.pdf);
      return {
        path,
        originalName: 'a.pdf',
        mediaType: MediaType.Pdf,
        size: FIXTURES.pdf.length,
        sha256: sha256(FIXTURES.pdf),
      };
    };
    // The caller's own step fails after the row was written: rolled back, the stored content removed again.
    const first = await staged();
    await expect(
      service.store(first, null, async () => {
        throw new Error('link failed');
      }),
    ).rejects.toThrow('link failed');
    await rm(first.path, { force: true });
    expect(await storeState()).toEqual(before);
    // The move fails (staged file gone): no row is written.
    const second = await staged();
    await rm(second.path);
    await expect(service.store(second, null, async () => undefined)).rejects.toThrow();
    expect(await storeState()).toEqual(before);
  });
});
