import type { AssetDto, AssetVersionDto, ProblemDto } from '@portal/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { DEMO_CAMPAIGN_ID } from '../../../src/modules/campaigns/campaigns-demo';
import { EXECUTABLES, FIXTURES, PNG } from '../../support/file-fixtures';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LIMIT = 256 * 1024;

/** Bad input on the coordinators' upload of asset versions and variants. */
describe('campaign asset uploads: types, limits, names', () => {
  let testApp: TestApp;
  let dataDir: string;
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-campaign-uploads-'));
    testApp = await createTestApp({
      DATA_DIR: dataDir,
      UPLOAD_MAX_BYTES: String(LIMIT),
      NEWS_ATTACHMENT_MAX_BYTES: String(LIMIT),
    });
    await signInAll(testApp.baseUrl, ['koordination.dlt', 'leitung.biberach'] as DemoLogin[], as);
    // The demo files get their previews in the background after start-up: let that finish first,
    // so the store only changes by what the tests do.
    for (let waited = 0; waited < 30_000; waited += 200) {
      await testApp.app.get(JobQueue).drained();
      const [{ pending }] = await testApp.dataSource.query(
        `SELECT count(*)::int AS pending FROM stored_files WHERE scan_status = 'pending' OR preview_status = 'pending'`,
      );
      if (pending === 0) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    const terms = await as['leitung.biberach'].get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`);
    const { termsVersion } = (await terms.json()) as { termsVersion: number };
    await as['leitung.biberach'].post(`/api/campaigns/${DEMO_CAMPAIGN_ID}/terms-acceptance`, {
      termsVersion,
    });
  });
  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  const coordinator = () => as['koordination.dlt'];

  async function asset(title: string): Promise<AssetDto> {
    const response = await coordinator().post('/api/campaign-assets', {
      campaignId: DEMO_CAMPAIGN_ID,
      title,
      description: '',
      type: 'press-release',
      tags: [],
      altText: null,
      availableFrom: null,
      expiresAt: null,
      roles: [],
      replacementId: null,
    });
    expect(response.status).toBe(201);
    return (await response.json()) as AssetDto;
  }

  function upload(assetId: string, name: string, content: Buffer, fields: Record<string, string> = {}) {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.append(key, value);
    body.append('file', new Blob([new Uint8Array(content)]), name);
    return coordinator().request('POST', `/api/campaign-assets/${assetId}/versions`, { body });
  }

  async function storeState() {
    const root = join(dataDir, 'files');
    const entries = await readdir(root, { recursive: true, withFileTypes: true }).catch(() => []);
    const files = entries
      .filter((entry) => entry.isFile())
      .map((entry) => relative(root, join(entry.parentPath, entry.name)))
      // Previews (`<key>-0400`, `<key>-1600`) are made in the background, also for the demo files.
      .filter((path) => !/-\d{4}$/.test(path))
      .sort();
    const [{ rows }] = await testApp.dataSource.query(`SELECT count(*)::int AS rows FROM stored_files`);
    const [{ links }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS links FROM campaign_asset_files`,
    );
    const [{ versions }] = await testApp.dataSource.query(
      `SELECT count(*)::int AS versions FROM campaign_asset_versions`,
    );
    return { files, rows, links, versions };
  }

  async function expectProblem(response: Response, status: number, detail?: RegExp): Promise<ProblemDto> {
    expect(response.status).toBe(status);
    const problem = (await response.json()) as ProblemDto;
    if (detail) expect(problem.detail).toMatch(detail);
    return problem;
  }

  it('refuses content that contradicts its extension and programs renamed to .pdf with 415, storing nothing', async () => {
    const item = await asset('Falsche Dateien');
    const before = await storeState();
    await expectProblem(await upload(item.id, 'plakat.pdf', PNG), 415, /passt nicht/);
    await expectProblem(await upload(item.id, 'plakat.pdf', EXECUTABLES.exe), 415, /Programme/);
    await expectProblem(await upload(item.id, 'makro.docx', EXECUTABLES.docm), 415, /Makros/);
    await expectProblem(await upload(item.id, 'logo.eps', FIXTURES.pdf), 415);
    expect(await storeState()).toEqual(before);
    const detail = (await (await coordinator().get(`/api/campaign-assets/${item.id}`)).json()) as AssetDto;
    expect(detail.state).toBe('draft');
  });

  it('refuses a file over the limit with 413 and leaves neither file nor row nor version', async () => {
    const item = await asset('Zu groß');
    const before = await storeState();
    const response = await upload(
      item.id,
      'riesig.pdf',
      Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4 * LIMIT)]),
    );
    await expectProblem(response, 413, /zu groß.*256 KB/);
    expect(await storeState()).toEqual(before);
  });

  it('sanitises a path-traversal file name and keeps the content inside the store', async () => {
    const item = await asset('Pfad');
    const before = await storeState();
    const response = await upload(item.id, '../../../etc/..\\Plakat „2018“.pdf', FIXTURES.pdf);
    expect(response.status).toBe(201);
    const version = (await response.json()) as AssetVersionDto;
    const name = version.files[0]!.name;
    expect(name).not.toMatch(/[/\\]/);
    expect([...name].some((char) => char.charCodeAt(0) < 0x20 || char === '\u202e')).toBe(false);
    expect(name.endsWith('.pdf')).toBe(true);
    expect(name.startsWith('.')).toBe(false);
    const after = await storeState();
    expect(after.files).toHaveLength(before.files.length + 1);
    expect(after.files.every((file) => !file.includes('..'))).toBe(true);
  });

  it('accepts the campaign formats (EPS, SVG, PPTX, DOCX, MP4) as variants and keeps SVG a download', async () => {
    const item = await asset('Alle Formate');
    const first = await upload(item.id, 'logo.eps', FIXTURES.eps);
    expect(first.status).toBe(201);
    expect(((await first.json()) as AssetVersionDto).files[0]!.mediaType).toBe('application/postscript');
    for (const [name, content] of [
      ['logo.svg', Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
      ['praesentation.pptx', FIXTURES.pptx],
      ['text.docx', FIXTURES.docx],
      ['spot.mp4', FIXTURES.mp4],
    ] as const) {
      const body = new FormData();
      body.append('file', new Blob([new Uint8Array(content)]), name);
      const response = await coordinator().request(
        'POST',
        `/api/campaign-assets/${item.id}/versions/1/files`,
        { body },
      );
      expect([name, response.status]).toEqual([name, 201]);
    }
    const detail = (await (await coordinator().get(`/api/campaign-assets/${item.id}`)).json()) as AssetDto;
    expect(detail.formats.sort()).toEqual(['docx', 'eps', 'mp4', 'pptx', 'svg']);
    const svg = detail.versions[0]!.files.find((file) => file.mediaType === 'image/svg+xml')!;
    const download = await as['leitung.biberach'].get(svg.url);
    expect(download.status).toBe(200);
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/);
    expect(download.headers.get('content-security-policy')).toContain('sandbox');
  });

  it('saves a corrupt image and marks only its preview as failed', async () => {
    const item = await asset('Kaputtes Bild');
    const corrupt = Buffer.concat([PNG.subarray(0, 16), randomBytes(512)]);
    const response = await upload(item.id, 'kaputt.png', corrupt);
    expect(response.status).toBe(201);
    await testApp.app.get(JobQueue).drained();
    const [row] = await testApp.dataSource.query(
      `SELECT f.preview_status FROM stored_files f JOIN campaign_asset_files l ON l.file_id = f.id WHERE l.asset_id = $1`,
      [item.id],
    );
    expect(row.preview_status).toBe('failed');
    const detail = (await (
      await as['leitung.biberach'].get(`/api/campaign-assets/${item.id}`)
    ).json()) as AssetDto;
    expect(detail.thumbnailUrl).toBeNull();
    expect((await as['leitung.biberach'].get(detail.versions[0]!.files[0]!.url)).status).toBe(200);
  });

  it('refuses a variant for a version that does not exist, and an over-long note', async () => {
    const item = await asset('Ohne Version');
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(FIXTURES.pdf)]), 'a.pdf');
    const missing = await coordinator().request('POST', `/api/campaign-assets/${item.id}/versions/3/files`, {
      body,
    });
    await expectProblem(missing, 404);
    await expectProblem(
      await upload(item.id, 'a.pdf', FIXTURES.pdf, { note: 'x'.repeat(501) }),
      400,
      /Notiz/,
    );
    expect((await storeState()).versions).toBeGreaterThan(0);
    const detail = (await (await coordinator().get(`/api/campaign-assets/${item.id}`)).json()) as AssetDto;
    expect(detail.versions).toEqual([]);
  });
});
