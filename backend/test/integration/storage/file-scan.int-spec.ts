import type { NewsAttachmentDto, NewsDto, ProblemDto } from '@portal/contracts';
import { EVERYONE } from '@portal/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer } from 'node:stream/consumers';
import { ZipFile } from 'yazl';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { clamdInstream } from '../../../src/core/storage/processing/clamd-client';
import { EICAR, EICAR_SIGNATURE, startClamd, TestClamd } from '../../support/clamd';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

/** An OOXML document with deflated entries (the content is not visible in the raw bytes). */
async function docx(documentXml: Buffer): Promise<Buffer> {
  const archive = new ZipFile();
  archive.addBuffer(Buffer.from('<?xml version="1.0"?><Types/>'), '[Content_Types].xml');
  archive.addBuffer(documentXml, 'word/document.xml', { compress: true });
  archive.end();
  return buffer(archive.outputStream as Readable);
}

describe('malware scan of stored files (clamd, fail closed)', () => {
  let clamd: TestClamd;
  let testApp: TestApp;
  let dataDir: string;
  let jobs: JobQueue;
  const as = {} as Record<DemoLogin, HttpClient>;
  let newsId: string;

  beforeAll(async () => {
    clamd = await startClamd({ streamMaxLength: '1M', maxScanSize: '1M' });
    dataDir = await mkdtemp(join(tmpdir(), 'portal-scan-'));
    testApp = await createTestApp({ DATA_DIR: dataDir, CLAMAV_URL: clamd.socketUrl, CLAMAV_RETRIES: '1' });
    jobs = testApp.app.get(JobQueue);
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'fachkraft.offenbach'] as DemoLogin[], as);
    const created = await as['koordination.dlt'].post('/api/news', {
      title: 'Dateien mit Virenprüfung',
      teaser: 'Anhänge',
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
    await clamd?.close();
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

  async function attachment(login: DemoLogin, id: string): Promise<NewsAttachmentDto> {
    const item = (await (await as[login].get(`/api/news/${newsId}`)).json()) as NewsDto;
    return item.attachments.find((entry) => entry.id === id)!;
  }

  async function problem(response: Response, status: number): Promise<ProblemDto> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return (await response.json()) as ProblemDto;
  }

  async function status(id: string): Promise<{ scan_status: string; scan_detail: string | null }> {
    const [row] = await testApp.dataSource.query(
      `SELECT scan_status, scan_detail FROM stored_files WHERE id = $1`,
      [id],
    );
    return row;
  }

  it('starts clamd quickly with only the local EICAR signature', () => {
    expect(clamd.startMs).toBeLessThan(10_000);
  });

  it('keeps a new file pending (409) until the scan, then serves it once clean', async () => {
    const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(64 * 1024)]);
    const file = await upload('Bericht.pdf', content);
    expect(file.scan).toEqual({
      status: 'pending',
      label: 'Wird auf Schadsoftware geprüft',
      available: false,
      detail: null,
      scannedAt: null,
    });
    // The job may already be running; only while pending must the download be refused.
    const early = await as['fachkraft.offenbach'].get(file.url);
    if ((await status(file.id)).scan_status === 'pending' || early.status === 409) {
      const refused = await problem(early, 409);
      expect(refused.detail).toMatch(/wird noch auf Schadsoftware geprüft/);
    } else await early.arrayBuffer();

    await jobs.drained();
    expect(await status(file.id)).toEqual({ scan_status: 'clean', scan_detail: null });
    expect((await attachment('fachkraft.offenbach', file.id)).scan).toMatchObject({
      status: 'clean',
      available: true,
      detail: null,
    });
    const download = await as['fachkraft.offenbach'].get(file.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
  });

  it('blocks the EICAR test virus for everyone; coordinators see the finding', async () => {
    const file = await upload('notiz.txt', EICAR);
    await jobs.drained();
    expect(await status(file.id)).toEqual({
      scan_status: 'infected',
      scan_detail: `${EICAR_SIGNATURE}.UNOFFICIAL`,
    });

    const staff = await problem(await as['fachkraft.offenbach'].get(file.url), 403);
    expect(staff.detail).toMatch(/gesperrt: Der Virenscanner hat Schadsoftware gefunden/);
    expect(staff.detail).not.toContain(EICAR_SIGNATURE);
    expect((await attachment('fachkraft.offenbach', file.id)).scan).toEqual({
      status: 'infected',
      label: 'Schadsoftware gefunden – gesperrt',
      available: false,
      detail: null,
      scannedAt: null,
    });

    const coordinator = await problem(await as['koordination.dlt'].get(file.url), 403);
    expect(coordinator.detail).toContain(`Befund: ${EICAR_SIGNATURE}`);
    const seen = await attachment('koordination.dlt', file.id);
    expect(seen.scan).toMatchObject({ status: 'infected', detail: `${EICAR_SIGNATURE}.UNOFFICIAL` });
    expect(Date.parse(seen.scan.scannedAt!)).not.toBeNaN();
    expect(seen.thumbnailUrl).toBeNull();
  });

  it('finds EICAR deflated inside a ZIP-based office file', async () => {
    const content = await docx(
      Buffer.concat([Buffer.from('<w:document>'), EICAR, Buffer.from('</w:document>')]),
    );
    expect(content.includes(EICAR)).toBe(false);
    const file = await upload('Vorlage.docx', content);
    await jobs.drained();
    expect((await status(file.id)).scan_status).toBe('infected');
    await problem(await as['koordination.dlt'].get(file.url), 403);
  });

  it('marks files over the scanner limits „nicht geprüft“, never clean', async () => {
    // Over StreamMaxLength (1 MB): clamd stops reading and answers „size limit exceeded“.
    const large = await upload(
      'Gross.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(1536 * 1024)]),
    );
    // Small on the wire, 3 MB unpacked: over MaxScanSize, reported thanks to AlertExceedsMax.
    const packed = await upload('Gepackt.docx', await docx(Buffer.alloc(3 * 1024 * 1024, 0x20)));
    await jobs.drained();
    expect(await status(large.id)).toEqual({
      scan_status: 'not_scanned',
      scan_detail: expect.stringMatching(/size limit exceeded|StreamMaxLength/),
    });
    expect(await status(packed.id)).toEqual({
      scan_status: 'not_scanned',
      scan_detail: expect.stringMatching(/^Heuristics\.Limits\.Exceeded/),
    });
    const refused = await problem(await as['fachkraft.offenbach'].get(large.url), 403);
    expect(refused.detail).toMatch(/zu groß für den Virenscanner und wurde daher nicht geprüft/);
    expect((await attachment('fachkraft.offenbach', packed.id)).scan.label).toMatch(/^Nicht geprüft/);
  });

  it('speaks INSTREAM over TCP as well', async () => {
    const address = { kind: 'tcp', host: '127.0.0.1', port: Number(new URL(clamd.tcpUrl).port) } as const;
    expect(await clamdInstream(address, Readable.from([EICAR]), { timeoutMs: 5000 })).toEqual({
      kind: 'infected',
      signature: `${EICAR_SIGNATURE}.UNOFFICIAL`,
    });
    expect(
      await clamdInstream(address, Readable.from([Buffer.from('harmlos')]), { timeoutMs: 5000 }),
    ).toEqual({
      kind: 'clean',
    });
  });

  it('leaves files pending while clamd is down and marks them failed after the retries', async () => {
    await clamd.stop();
    try {
      const file = await upload('Während des Ausfalls.txt', Buffer.from('Hallo'));
      const pending = await problem(await as['fachkraft.offenbach'].get(file.url), 409);
      expect(pending.detail).toMatch(/wird noch auf Schadsoftware geprüft/);
      await jobs.drained(undefined, 25_000);
      const row = await status(file.id);
      expect(row.scan_status).toBe('failed');
      expect(row.scan_detail).toMatch(/clamd/);
      const refused = await problem(await as['fachkraft.offenbach'].get(file.url), 403);
      expect(refused.detail).toMatch(/Prüfung auf Schadsoftware ist fehlgeschlagen/);
    } finally {
      await clamd.restart();
    }
  });
});
