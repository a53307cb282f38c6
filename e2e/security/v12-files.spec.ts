import { APIRequestContext, expect, test } from '@playwright/test';
import { ZipFile } from 'yazl';
import { as, expectNoInternals, expectProblem, json, write, xsrf } from './support';

/**
 * ASVS V12 files: hostile uploads through the shared storage service (news attachments, the
 * widest allow-list) answer 4xx German problem+json or are stored harmlessly – never 500.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n');

function zip(entries: { name: string; data: Buffer }[]): Promise<Buffer> {
  const file = new ZipFile();
  for (const entry of entries) file.addBuffer(entry.data, entry.name, { compress: true });
  file.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    file.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    file.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    file.outputStream.on('error', reject);
  });
}

test.describe('V12 file upload attacks', () => {
  let coordination: APIRequestContext;
  let newsId: string;

  test.beforeAll(async () => {
    coordination = await as('koordination.dlt');
    newsId = (
      await json<{ id: string }>(
        await write(coordination, 'POST', '/api/news', {
          title: 'Upload-Prüfung',
          teaser: 'Anhänge',
          body: 'Text',
          category: 'netzwerk',
          audience: { states: [], organisationIds: [], roles: [] },
        }),
        201,
      )
    ).id;
  });
  test.afterAll(() => coordination.dispose());

  async function upload(name: string, buffer: Buffer, mimeType = 'application/octet-stream') {
    return coordination.post(`/api/news/${newsId}/attachments`, {
      headers: await xsrf(coordination),
      multipart: { file: { name, mimeType, buffer } },
    });
  }

  async function expectStoredHarmlessly(response: Awaited<ReturnType<typeof upload>>): Promise<void> {
    const attachment = (await response.json()) as {
      id: string;
      fileId?: string;
      name?: string;
      fileName?: string;
    };
    const item = await json<{
      attachments: { fileId?: string; id: string; downloadUrl?: string; url?: string }[];
    }>(await coordination.get(`/api/news/${newsId}`), 200);
    const stored = item.attachments.find((entry) => JSON.stringify(entry).includes(attachment.id));
    const url = stored?.downloadUrl ?? stored?.url;
    if (!url) return;
    const download = await coordination.get(url);
    const headers = download.headers();
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['content-security-policy']).toContain('sandbox');
    expect(headers['content-type']).not.toMatch(/html|javascript/);
    if (/xml|svg/.test(headers['content-type'] ?? '')) {
      // SVG only as a download, and only the sanitised one.
      expect(headers['content-disposition']).toMatch(/^attachment/);
      expect(await download.text()).not.toMatch(/<script|\son\w+\s*=|javascript:/i);
    }
  }

  test('content that does not match its extension (HTML as PDF, script as image) → 415', async () => {
    await expectProblem(
      await upload('bericht.pdf', Buffer.from('<html><script>alert(1)</script></html>')),
      415,
    );
    await expectProblem(await upload('bild.png', Buffer.from('alert(document.cookie)')), 415);
    await expectProblem(await upload('tool.exe', Buffer.from('MZ\x90\x00\x03\x00\x00\x00')), 415);
    await expectProblem(
      await upload('seite.html', Buffer.from('<!doctype html><script>alert(1)</script>')),
      415,
    );
  });

  test('polyglots (GIF/HTML, PDF/HTML, PDF with ZIP appended) are refused or delivered inert', async () => {
    const gifHtml = Buffer.concat([
      Buffer.from('GIF89a\x01\x00\x01\x00\x00\x00\x00;'),
      Buffer.from('<script>alert(1)</script>'),
    ]);
    const pdfHtml = Buffer.concat([PDF, Buffer.from('<html><script>alert(1)</script></html>')]);
    const pdfZip = Buffer.concat([
      PDF,
      await zip([{ name: 'x.html', data: Buffer.from('<script>alert(1)</script>') }]),
    ]);
    for (const [name, buffer] of [
      ['bild.gif', gifHtml],
      ['bild.html', gifHtml],
      ['doc.pdf', pdfHtml],
      ['doc.pdf', pdfZip],
    ] as const) {
      const response = await upload(name, buffer);
      expect([201, 400, 415], `${name} → ${response.status()}`).toContain(response.status());
      if (response.status() === 201) await expectStoredHarmlessly(response);
      else await expectProblem(response, [400, 415]);
    }
  });

  test('SVG with script is refused or stored sanitised and only ever downloaded', async () => {
    const svg = Buffer.from(
      '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"><script>alert(2)</script><a href="javascript:alert(3)"><rect width="10" height="10"/></a></svg>',
    );
    const response = await upload('grafik.svg', svg, 'image/svg+xml');
    expect([201, 415]).toContain(response.status());
    if (response.status() !== 201) return;
    await expectStoredHarmlessly(response);
  });

  test('a ZIP bomb disguised as an Office document does not take the server down', async () => {
    const bomb = await zip([
      { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(64 * 1024 * 1024, 0x41) },
    ]);
    expect(bomb.length).toBeLessThan(1024 * 1024);
    const response = await upload('bombe.docx', bomb);
    expect(response.status(), await response.text()).toBeLessThan(500);
    // Background text extraction must survive it too.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect((await coordination.get('/api/health')).status()).toBe(200);
    expect((await coordination.get('/api/me')).status()).toBe(200);
  });

  test('a regex bomb (a text part of nothing but "<") does not block the server while its text is read', async () => {
    const bomb = await zip([
      { name: '[Content_Types].xml', data: Buffer.from('<?xml version="1.0"?><Types/>') },
      { name: 'word/document.xml', data: Buffer.alloc(4 * 1024 * 1024, '<') },
    ]);
    const response = await upload('klammern.docx', bomb);
    expect(response.status(), await response.text()).toBe(201);
    // The text extraction runs in the background of the same process: the API must stay quick.
    for (let i = 0; i < 8; i++) {
      const started = Date.now();
      expect((await coordination.get('/api/health', { timeout: 5000 })).status()).toBe(200);
      expect(Date.now() - started).toBeLessThan(3000);
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
  });

  test('path traversal and control characters in file names never reach the file system', async () => {
    for (const name of [
      '../../../../etc/passwd.pdf',
      '..\\..\\windows\\win.ini.pdf',
      '/etc/cron.d/x.pdf',
      'a\r\nX-Injected: 1.pdf',
      '.pdf',
      `${'a'.repeat(2000)}.pdf`,
    ]) {
      const response = await upload(name, PDF, 'application/pdf');
      expect([201, 400, 415], `${JSON.stringify(name).slice(0, 60)} → ${response.status()}`).toContain(
        response.status(),
      );
      const text = await response.text();
      expectNoInternals(text);
      if (response.status() === 201) {
        expect(text).not.toMatch(/\.\.[/\\]|"\/etc|\r|\n/);
        expect(response.headers()['x-injected']).toBeUndefined();
      }
    }
  });

  test('huge multipart headers and malformed multipart bodies answer 4xx', async () => {
    const headers = await xsrf(coordination);
    const boundary = '----portal-security';
    const hugeHeader = Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\nX-Filler: ${'x'.repeat(256 * 1024)}\r\nContent-Type: application/pdf\r\n\r\n%PDF-1.4\r\n--${boundary}--\r\n`,
    );
    const manyParts = Buffer.from(
      Array.from(
        { length: 5000 },
        (_, i) => `--${boundary}\r\nContent-Disposition: form-data; name="f${i}"\r\n\r\nx\r\n`,
      ).join('') + `--${boundary}--\r\n`,
    );
    const cases: [string, Buffer, string][] = [
      ['huge part header', hugeHeader, `multipart/form-data; boundary=${boundary}`],
      ['many fields', manyParts, `multipart/form-data; boundary=${boundary}`],
      ['no boundary', Buffer.from('garbage'), 'multipart/form-data'],
      [
        'unterminated',
        Buffer.from(
          `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="a.pdf"\r\n\r\n%PDF`,
        ),
        `multipart/form-data; boundary=${boundary}`,
      ],
      ['not multipart', PDF, 'application/pdf'],
    ];
    for (const [label, body, contentType] of cases) {
      const response = await coordination.post(`/api/news/${newsId}/attachments`, {
        headers: { ...headers, 'content-type': contentType },
        data: body,
      });
      expect(response.status(), `${label} → ${response.status()}`).toBeGreaterThanOrEqual(400);
      expect(response.status(), `${label} → ${response.status()}`).toBeLessThan(500);
      expectNoInternals(await response.text());
    }
    // A request header block beyond Node's limit is refused before the app.
    const tooLarge = await coordination
      .get('/api/me', { headers: { 'x-filler': 'x'.repeat(64 * 1024) } })
      .catch(() => null);
    if (tooLarge) expect(tooLarge.status()).toBe(431);
    expect((await coordination.get('/api/me')).status()).toBe(200);
  });
});
