import type { NewsAttachmentDto, NewsDto, ProblemDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { createHash, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import sharp from 'sharp';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { FileStorage } from '../../../src/core/storage/file-storage';
import { FileProcessingService } from '../../../src/core/storage/processing/file-processing.service';
import { EXECUTABLES, FIXTURES } from '../../support/file-fixtures';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

function image(width: number, height: number) {
  return sharp({ create: { width, height, channels: 3, background: { r: 0, g: 94, b: 168 } } });
}

async function pdf(): Promise<Buffer> {
  const document = await PDFDocument.create();
  const page = document.addPage([595, 842]); // A4 portrait
  const font = await document.embedFont(StandardFonts.HelveticaBold);
  page.drawText('Stark. Sozial. Vor Ort.', { x: 60, y: 700, size: 32, font });
  return Buffer.from(await document.save());
}

const SVG = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60" viewBox="0 0 120 60">' +
    '<rect width="120" height="60" fill="#005ea8"/><circle cx="60" cy="30" r="20" fill="#fff"/></svg>',
);

describe('processing of stored files: previews, SVG sanitising, refused uploads', () => {
  let testApp: TestApp;
  let dataDir: string;
  let jobs: JobQueue;
  const as = {} as Record<DemoLogin, HttpClient>;
  let newsId: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-previews-'));
    // No CLAMAV_URL: files are `disabled` (unscanned) and previews follow right away.
    testApp = await createTestApp({ DATA_DIR: dataDir });
    jobs = testApp.app.get(JobQueue);
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'fachkraft.offenbach'] as DemoLogin[], as);
    const created = await as['koordination.dlt'].post('/api/news', {
      title: 'Vorschaubilder',
      teaser: 'Anhänge mit Vorschau',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    const item = (await created.json()) as NewsDto;
    await as['koordination.dlt'].post(`/api/news/${item.id}/publish`, { version: item.version });
    newsId = item.id;
  });
  afterAll(async () => {
    await testApp?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  async function upload(name: string, content: Buffer): Promise<NewsAttachmentDto> {
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(content)]), name);
    const response = await as['koordination.dlt'].request('POST', `/api/news/${newsId}/attachments`, {
      body,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as NewsAttachmentDto;
  }

  async function processed(id: string): Promise<NewsAttachmentDto> {
    await jobs.drained();
    const item = (await (await as['fachkraft.offenbach'].get(`/api/news/${newsId}`)).json()) as NewsDto;
    return item.attachments.find((entry) => entry.id === id)!;
  }

  async function previewWidth(url: string): Promise<number | undefined> {
    const response = await as['fachkraft.offenbach'].get(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('image/webp');
    const metadata = await sharp(Buffer.from(await response.arrayBuffer())).metadata();
    expect(metadata.format).toBe('webp');
    return metadata.width;
  }

  async function expectNoPreview(response: Response): Promise<void> {
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(((await response.json()) as ProblemDto).detail).toBe('Keine Vorschau verfügbar.');
  }

  async function previewFilesOnDisk(): Promise<string[]> {
    const entries = await readdir(join(dataDir, 'files'), { recursive: true, withFileTypes: true });
    return entries.filter((entry) => entry.isFile() && /-\d{4}$/.test(entry.name)).map((entry) => entry.name);
  }

  it.each([
    ['Foto.png', () => image(2000, 1000).png().toBuffer(), 400, 1600],
    ['Foto.jpg', () => image(3000, 2000).jpeg().toBuffer(), 400, 1600],
    ['Kachel.webp', () => image(1080, 1080).webp().toBuffer(), 400, 1080],
    ['Animation.gif', () => image(300, 200).gif().toBuffer(), 300, 300],
    ['Logo.svg', async () => SVG, 400, 1600],
    ['Plakat.pdf', pdf, 400, 1131],
  ])('renders %s as a ~400 px thumbnail and a larger preview', async (name, make, thumb, large) => {
    const file = await upload(name, await make());
    const done = await processed(file.id);
    expect(done.thumbnailUrl).toBe(`${file.url}/preview/thumb`);
    expect(done.previewUrl).toBe(`${file.url}/preview/large`);
    expect(await previewWidth(done.thumbnailUrl!)).toBe(thumb);
    expect(Math.abs((await previewWidth(done.previewUrl!))! - large)).toBeLessThanOrEqual(1);
  });

  it('serves previews privately cacheable, with 304 on a matching ETag', async () => {
    const file = await processed((await upload('Cache.png', await image(800, 400).png().toBuffer())).id);
    const first = await as['fachkraft.offenbach'].get(file.thumbnailUrl!);
    expect(first.status).toBe(200);
    expect(first.headers.get('cache-control')).toBe('private, max-age=86400');
    expect(first.headers.get('x-content-type-options')).toBe('nosniff');
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^"[0-9a-f]{64}-thumb"$/);
    const again = await as['fachkraft.offenbach'].get(file.thumbnailUrl!, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect((await as['fachkraft.offenbach'].get(`${file.url}/preview/huge`)).status).toBe(404);
  });

  it('keeps a corrupt image as a file, with the preview marked failed', async () => {
    const corrupt = Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      Buffer.from('kein echtes Bild'),
    ]);
    const file = await upload('Kaputt.png', corrupt);
    const done = await processed(file.id);
    const [row] = await testApp.dataSource.query(`SELECT preview_status FROM stored_files WHERE id = $1`, [
      file.id,
    ]);
    expect(row.preview_status).toBe('failed');
    expect(done.thumbnailUrl).toBeNull();
    await expectNoPreview(await as['fachkraft.offenbach'].get(`${file.url}/preview/thumb`));
    const download = await as['fachkraft.offenbach'].get(file.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(corrupt)).toBe(true);
  });

  it('has no preview for types without one', async () => {
    const file = await upload('Notiz.txt', Buffer.from('Nur Text.'));
    const done = await processed(file.id);
    const [row] = await testApp.dataSource.query(`SELECT preview_status FROM stored_files WHERE id = $1`, [
      file.id,
    ]);
    expect(row.preview_status).toBe('none');
    expect(done.thumbnailUrl).toBeNull();
    await expectNoPreview(await as['fachkraft.offenbach'].get(`${file.url}/preview/large`));
  });

  it('deletes the previews with the file', async () => {
    const file = await processed((await upload('Weg.png', await image(600, 300).png().toBuffer())).id);
    const before = await previewFilesOnDisk();
    const response = await as['koordination.dlt'].request(
      'DELETE',
      `/api/news/${newsId}/attachments/${file.id}`,
    );
    expect(response.status).toBe(204);
    const after = await previewFilesOnDisk();
    expect(before.length - after.length).toBe(2);
    expect((await as['fachkraft.offenbach'].get(file.thumbnailUrl!)).status).toBe(404);
  });

  it('stores an SVG only sanitised: no script, handlers, javascript: or external links', async () => {
    const hostile = Buffer.from(
      '<?xml version="1.0"?>\n<!DOCTYPE svg [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>\n' +
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="50" onload="alert(1)">' +
        '<script>alert(2)</script><a xlink:href="javascript:alert(3)"><rect width="100" height="50" fill="#7ab51d"/></a>' +
        '<image href="https://tracker.example/pixel.png"/><text>&xxe;</text></svg>',
    );
    const file = await upload('Logo.svg', hostile);
    const [row] = await testApp.dataSource.query(`SELECT sha256, size FROM stored_files WHERE id = $1`, [
      file.id,
    ]);
    const download = await as['fachkraft.offenbach'].get(file.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment;/);
    const stored = Buffer.from(await download.arrayBuffer());
    const text = stored.toString('utf8');
    for (const gone of ['script', 'onload', 'javascript:', 'tracker.example', 'ENTITY', 'passwd'])
      expect(text).not.toContain(gone);
    expect(text).toContain('<rect width="100" height="50" fill="#7ab51d">');
    // Size and checksum describe what is stored, not what was sent.
    expect(Number(row.size)).toBe(stored.length);
    expect(row.sha256).toBe(createHash('sha256').update(stored).digest('hex'));
    const rendered = await sharp(stored).metadata();
    expect([rendered.width, rendered.height]).toEqual([100, 50]);
    expect((await processed(file.id)).thumbnailUrl).not.toBeNull();
  });

  it('refuses programs under harmless names and office files carrying code (415), storing nothing', async () => {
    const [{ before }] = await testApp.dataSource.query(`SELECT count(*)::int AS before FROM stored_files`);
    const cases: [string, Buffer][] = [
      ['Rechnung.pdf', EXECUTABLES.exe],
      ['Foto.jpg', EXECUTABLES.elf],
      ['Tabelle.xlsx', EXECUTABLES.macho],
      ['Verknüpfung.pdf', EXECUTABLES.lnk],
      ['Bericht.docx', EXECUTABLES.docxWithProgram],
      ['Zahlen.xlsx', EXECUTABLES.xlsxWithScript],
      ['Brief.odt', EXECUTABLES.odtWithMacro],
    ];
    for (const [name, content] of cases) {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(content)]), name);
      const response = await as['koordination.dlt'].request('POST', `/api/news/${newsId}/attachments`, {
        body,
      });
      expect([name, response.status]).toEqual([name, 415]);
      expect(((await response.json()) as ProblemDto).detail).toMatch(/Programme und Skripte/);
    }
    for (const [name, content] of [
      ['Bild.pdf', FIXTURES.png],
      ['Bericht.png', FIXTURES.pdf],
      ['Logo.svg', FIXTURES.txt],
    ] as [string, Buffer][]) {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(content)]), name);
      const response = await as['koordination.dlt'].request('POST', `/api/news/${newsId}/attachments`, {
        body,
      });
      expect([name, response.status]).toEqual([name, 415]);
      expect(((await response.json()) as ProblemDto).detail).toMatch(/passt nicht zu ihrer Endung/);
    }
    const [{ after }] = await testApp.dataSource.query(`SELECT count(*)::int AS after FROM stored_files`);
    expect(after).toBe(before);
  });

  it('catches up after start-up on files stored while the queue did not run (seeds, crashes)', async () => {
    // As a seed before start-up leaves it: row and content, but no job was sent.
    const id = randomUUID();
    const storageKey = randomUUID();
    await testApp.app
      .get(FileStorage)
      .put(storageKey, Readable.from([await image(900, 300).png().toBuffer()]));
    await testApp.dataSource.query(
      `INSERT INTO stored_files (id, storage_key, original_name, media_type, size, sha256, scan_status, preview_status)
       VALUES ($1, $2, 'Seed.png', 'image/png', 1, repeat('0', 64), 'disabled', 'pending')`,
      [id, storageKey],
    );
    const second = await createTestApp(
      { DATABASE_URL: testApp.config.databaseUrl, DATA_DIR: dataDir },
      { instance: 1 },
    );
    try {
      await second.app.get(FileProcessingService).caughtUp;
      await second.app.get(JobQueue).drained();
      const [row] = await testApp.dataSource.query(`SELECT preview_status FROM stored_files WHERE id = $1`, [
        id,
      ]);
      expect(row.preview_status).toBe('ready');
      expect(await testApp.app.get(FileStorage).exists(`${storageKey}-0400`)).toBe(true);
    } finally {
      await second.close();
    }
  });
});
