import type {
  CreatePracticeRequest,
  NotificationListDto,
  PracticeDto,
  PracticeFilesViewDto,
  ProblemDto,
  TaxonomyListDto,
} from '@portal/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { FIXTURES, PNG } from '../../support/file-fixtures';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const LIMIT = 256 * 1024;
const LOGINS: DemoLogin[] = [
  'fachkraft.biberach',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.offenbach',
  'redaktion.offenbach',
  'koordination.dlt',
];

describe('practices: images and attachments of an entry, per role', () => {
  let testApp: TestApp;
  let dataDir: string;
  const as = {} as Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;
  let terms: Record<string, string>;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-practice-files-'));
    testApp = await createTestApp({ DATA_DIR: dataDir, NEWS_ATTACHMENT_MAX_BYTES: String(LIMIT) });
    await signInAll(testApp.baseUrl, LOGINS, as);
    anonymous = new HttpClient(testApp.baseUrl);
    const taxonomies = (await (
      await as['fachkraft.biberach'].get('/api/taxonomies')
    ).json()) as TaxonomyListDto;
    terms = Object.fromEntries(
      taxonomies.items.flatMap((taxonomy) => taxonomy.terms.map((term) => [term.label, term.id])),
    );
  });
  afterAll(async () => {
    await testApp.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  function draft(title: string): CreatePracticeRequest {
    return {
      title,
      summary: `Kurz: ${title}`,
      situation: 'Viele Langzeitarbeitslose erreichen wir nicht.',
      approach: 'Wir gehen in die Stadtteile.',
      results: 'Mehr Kontakte.',
      duration: 'seit 2024',
      costs: 'Eigenmittel',
      partners: 'Stadtteilzentrum',
      transferability: 'Zwei Fachkräfte und ein Raum.',
      keyFigures: [],
      targetGroupIds: [terms['Langzeitarbeitslose']!],
      fieldIds: [terms['Netzwerkarbeit']!],
    };
  }

  async function created(title: string): Promise<PracticeDto> {
    return json<PracticeDto>(await as['fachkraft.biberach'].post('/api/practices', draft(title)), 201);
  }

  async function published(title: string): Promise<PracticeDto> {
    const entry = await created(title);
    const submitted = await json<PracticeDto>(
      await as['fachkraft.biberach'].post(`/api/practices/${entry.id}/submit`, { version: entry.version }),
      200,
    );
    return json<PracticeDto>(
      await as['redaktion.biberach'].post(`/api/practices/${entry.id}/publish`, {
        version: submitted.version,
      }),
      200,
    );
  }

  function form(name: string, content: Buffer, fields: Record<string, string> = {}): FormData {
    const body = new FormData();
    body.append('file', new Blob([new Uint8Array(content)]), name);
    for (const [key, value] of Object.entries(fields)) body.append(key, value);
    return body;
  }

  const image = (client: HttpClient, id: string, altText?: string, name = 'bild.png', content = PNG) =>
    client.request('POST', `/api/practices/${id}/images`, {
      body: form(name, content, altText === undefined ? {} : { altText }),
    });
  const attachment = (client: HttpClient, id: string, name = 'flyer.pdf', content = FIXTURES.pdf) =>
    client.request('POST', `/api/practices/${id}/attachments`, { body: form(name, content) });

  async function problem(response: Response, status: number): Promise<ProblemDto> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    return (await response.json()) as ProblemDto;
  }

  it('lets only the author add, download and remove files of a draft', async () => {
    const entry = await created('Entwurf mit Dateien');
    const withImage = await json<PracticeFilesViewDto>(
      await image(as['fachkraft.biberach'], entry.id, 'Gruppenbild beim Auftakt'),
      201,
    );
    expect(withImage.images).toEqual([
      {
        id: expect.any(String),
        altText: 'Gruppenbild beim Auftakt',
        url: expect.any(String),
        // Rendered by the job queue a moment later.
        thumbnailUrl: null,
        previewUrl: null,
      },
    ]);
    const withBoth = await json<PracticeFilesViewDto>(
      await attachment(as['fachkraft.biberach'], entry.id),
      201,
    );
    const file = withBoth.attachments[0]!;
    expect(file).toMatchObject({ name: 'flyer.pdf', mediaType: 'application/pdf' });

    // A draft is the author's alone: others do not learn that it exists.
    for (const login of [
      'leitung.biberach',
      'redaktion.biberach',
      'fachkraft.offenbach',
      'koordination.dlt',
    ] as const) {
      expect((await attachment(as[login], entry.id)).status).toBe(404);
      expect((await as[login].get(file.url)).status).toBe(404);
      expect((await as[login].request('DELETE', file.url)).status).toBe(404);
    }
    expect((await attachment(anonymous, entry.id)).status).toBe(401);
    expect((await anonymous.get(file.url)).status).toBe(401);

    const download = await as['fachkraft.biberach'].get(file.url);
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer())).toEqual(FIXTURES.pdf);
    expect((await as['fachkraft.biberach'].request('DELETE', file.url)).status).toBe(204);
    expect((await as['fachkraft.biberach'].get(file.url)).status).toBe(404);
  });

  it('names the thumbnail and large preview of an image once rendered; only viewers of the entry get them', async () => {
    const entry = await published('Veröffentlicht mit Bild');
    const picture = await sharp({
      create: { width: 1800, height: 1200, channels: 3, background: { r: 0, g: 94, b: 168 } },
    })
      .jpeg()
      .toBuffer();
    await json<PracticeFilesViewDto>(
      await image(as['redaktion.biberach'], entry.id, 'Beratung im Stadtteil', 'foto.jpg', picture),
      201,
    );
    await testApp.app.get(JobQueue).drained();
    const detail = await json<PracticeDto>(
      await as['fachkraft.offenbach'].get(`/api/practices/${entry.id}`),
      200,
    );
    const [shown] = detail.images;
    expect(shown).toEqual({
      id: expect.any(String),
      altText: 'Beratung im Stadtteil',
      url: `/api/practices/${entry.id}/files/${shown!.id}`,
      thumbnailUrl: `/api/practices/${entry.id}/files/${shown!.id}/preview/thumb`,
      previewUrl: `/api/practices/${entry.id}/files/${shown!.id}/preview/large`,
    });
    for (const [url, width] of [
      [shown!.thumbnailUrl!, 400],
      [shown!.previewUrl!, 1600],
    ] as const) {
      const response = await as['fachkraft.offenbach'].get(url);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('image/webp');
      expect((await sharp(Buffer.from(await response.arrayBuffer())).metadata()).width).toBe(width);
    }
    expect((await as['fachkraft.offenbach'].get(`${shown!.url}/preview/huge`)).status).toBe(404);
    expect((await anonymous.get(shown!.thumbnailUrl!)).status).toBe(401);

    // A draft's previews stay with its author, like the draft.
    const own = await created('Entwurf mit Bild');
    const added = await json<PracticeFilesViewDto>(
      await image(as['fachkraft.biberach'], own.id, 'Unser Team', 'team.jpg', picture),
      201,
    );
    await testApp.app.get(JobQueue).drained();
    const thumb = `${added.images[0]!.url}/preview/thumb`;
    expect((await as['fachkraft.biberach'].get(thumb)).status).toBe(200);
    expect((await as['fachkraft.offenbach'].get(thumb)).status).toBe(404);
  });

  it('refuses a missing alt text (400), a wrong type (415) and a file over the limit (413)', async () => {
    const entry = await created('Falsche Dateien');
    const missing = await problem(await image(as['fachkraft.biberach'], entry.id), 400);
    expect(missing.errors?.['altText']?.[0]).toContain('Alternativtext');
    await problem(await image(as['fachkraft.biberach'], entry.id, '   '), 400);
    await problem(await image(as['fachkraft.biberach'], entry.id, 'x'.repeat(301)), 400);
    // Images are PNG, JPEG or WebP only; a PDF is an attachment.
    await problem(await image(as['fachkraft.biberach'], entry.id, 'Flyer', 'flyer.pdf', FIXTURES.pdf), 415);
    await problem(
      await attachment(
        as['fachkraft.biberach'],
        entry.id,
        'gross.pdf',
        Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(4 * LIMIT)]),
      ),
      413,
    );
    const detail = await json<PracticeDto>(
      await as['fachkraft.biberach'].get(`/api/practices/${entry.id}`),
      200,
    );
    expect(detail.images).toEqual([]);
    expect(detail.attachments).toEqual([]);
  });

  it('published entries: the editor of the Jobcenter and the coordination change files, the network reads them', async () => {
    const entry = await published('Veröffentlicht mit Dateien');
    for (const login of ['fachkraft.biberach', 'leitung.biberach', 'redaktion.offenbach'] as const) {
      const refused = await problem(await attachment(as[login], entry.id), 403);
      expect(refused.detail).toContain('Redaktion des Jobcenters');
    }
    const byEditor = await json<PracticeFilesViewDto>(
      await image(as['redaktion.biberach'], entry.id, 'Plakat der Aktion'),
      201,
    );
    const byCoordination = await json<PracticeFilesViewDto>(
      await attachment(as['koordination.dlt'], entry.id),
      201,
    );
    const file = byCoordination.attachments[0]!;
    expect(byEditor.images).toHaveLength(1);
    for (const login of LOGINS) expect((await as[login].get(file.url)).status).toBe(200);
    await problem(await as['fachkraft.offenbach'].request('DELETE', file.url), 403);
    expect((await as['redaktion.biberach'].request('DELETE', file.url)).status).toBe(204);
  });

  it('tells followers of a published entry about new and removed files and about archiving', async () => {
    const entry = await published('Gefolgt mit Dateien');
    await json(await as['fachkraft.offenbach'].request('PUT', `/api/practices/${entry.id}/follow`), 200);
    const inbox = async () =>
      (
        await json<NotificationListDto>(
          await as['fachkraft.offenbach'].get('/api/notifications?limit=50'),
          200,
        )
      ).items.filter((item) => item.link === `/gute-praxis/${entry.id}`);

    const added = await json<PracticeFilesViewDto>(
      await image(as['redaktion.biberach'], entry.id, 'Plakat der Aktion'),
      201,
    );
    expect((await inbox()).map((item) => item.text)).toContain(
      'Bei einem Praxisbeispiel, dem Sie folgen, wurde ein Bild hinzugefügt.',
    );
    expect((await as['redaktion.biberach'].request('DELETE', added.images[0]!.url)).status).toBe(204);
    expect((await inbox()).map((item) => item.text)).toContain(
      'Bei einem Praxisbeispiel, dem Sie folgen, wurde ein Bild entfernt.',
    );

    const current = await json<PracticeDto>(
      await as['redaktion.biberach'].get(`/api/practices/${entry.id}`),
      200,
    );
    await json(
      await as['redaktion.biberach'].post(`/api/practices/${entry.id}/archive`, { version: current.version }),
      200,
    );
    expect((await inbox()).map((item) => item.title)).toContain('Archiviert: Gefolgt mit Dateien');
    // The one who acted is not told about it; the author (a follower) is.
    const editorInbox = await json<NotificationListDto>(
      await as['redaktion.biberach'].get('/api/notifications?limit=50'),
      200,
    );
    expect(editorInbox.items.some((item) => item.title === 'Archiviert: Gefolgt mit Dateien')).toBe(false);
    const authorInbox = await json<NotificationListDto>(
      await as['fachkraft.biberach'].get('/api/notifications?limit=50'),
      200,
    );
    expect(authorInbox.items.some((item) => item.title === 'Archiviert: Gefolgt mit Dateien')).toBe(true);
  });
});
