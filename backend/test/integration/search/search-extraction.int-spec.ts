import { EVERYONE, type NewsAttachmentDto, type NewsDto } from '@portal/contracts';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { SCAN_JOB } from '../../../src/core/storage/processing/file-processing.service';
import {
  EXTRACT_FILE_JOB,
  SearchExtractionService,
} from '../../../src/modules/search/extraction/search-extraction.service';
import { EICAR, startClamd, TestClamd } from '../../support/clamd';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { fileForm, json, search, textDocx, textPdf, titles } from './search-support';

// Two apps, clamd, uploads and extraction: slow on a busy machine.
jest.setTimeout(120_000);

const LOGINS: DemoLogin[] = ['koordination.dlt', 'fachkraft.offenbach'];

/** Text extraction is queued per file the moment the file may be read, not by the minute sweep. */
describe('search: file text is extracted right after the scan', () => {
  async function publishedNews(client: HttpClient, title: string, publish = true): Promise<NewsDto> {
    const item = await json<NewsDto>(
      await client.post('/api/news', {
        title,
        teaser: `Kurz: ${title}`,
        body: `Text zu ${title}.`,
        category: 'netzwerk',
        audience: EVERYONE,
      }),
      201,
    );
    if (!publish) return item;
    return json<NewsDto>(await client.post(`/api/news/${item.id}/publish`, { version: item.version }), 200);
  }

  async function attach(
    client: HttpClient,
    newsId: string,
    name: string,
    content: Buffer,
  ): Promise<NewsAttachmentDto> {
    return json<NewsAttachmentDto>(
      await client.request('POST', `/api/news/${newsId}/attachments`, { body: fileForm(name, content) }),
      201,
    );
  }

  /** pg-boss keeps finished jobs: the per-file job for this file ran to completion. */
  async function extractionJobStates(testApp: TestApp, fileId: string): Promise<string[]> {
    const rows: { state: string }[] = await testApp.dataSource.query(
      `SELECT state::text AS state FROM pgboss.job WHERE name = $1 AND data->>'fileId' = $2`,
      [EXTRACT_FILE_JOB, fileId],
    );
    return rows.map((row) => row.state);
  }

  async function textStatus(testApp: TestApp, fileId: string): Promise<string | undefined> {
    const [row]: { status: string }[] = await testApp.dataSource.query(
      `SELECT status FROM search_file_texts WHERE file_id = $1`,
      [fileId],
    );
    return row?.status;
  }

  describe('with a malware scanner (clamd)', () => {
    let clamd: TestClamd;
    let testApp: TestApp;
    let dataDir: string;
    let jobs: JobQueue;
    const as = {} as Record<DemoLogin, HttpClient>;

    beforeAll(async () => {
      clamd = await startClamd();
      dataDir = await mkdtemp(join(tmpdir(), 'portal-extract-'));
      testApp = await createTestApp({ DATA_DIR: dataDir, CLAMAV_URL: clamd.socketUrl, CLAMAV_RETRIES: '1' });
      jobs = testApp.app.get(JobQueue);
      await signInAll(testApp.baseUrl, LOGINS, as);
    }, 120_000);
    afterAll(async () => {
      await testApp?.close();
      await clamd?.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('makes a PDF and a DOCX attachment findable once the scan passes them, without the sweep', async () => {
      const coordinator = as['koordination.dlt'];
      const item = await publishedNews(coordinator, 'Jahresbericht Arbeitsmarktintegration');
      const pdf = await attach(
        coordinator,
        item.id,
        'Wirkungsanalyse.pdf',
        await textPdf(['Langzeitleistungsbezug halbiert', 'Quartalsauswertung']),
      );
      const docx = await attach(
        coordinator,
        item.id,
        'Sitzungsprotokoll.docx',
        textDocx(['Beschluss der Trägerversammlung zur Netzwerkpflege']),
      );
      expect(pdf.scan.status).toBe('pending');

      // The scan job queues the extraction of each file itself; nothing here calls the sweep.
      await jobs.drained([SCAN_JOB, EXTRACT_FILE_JOB], 60_000);
      expect(await extractionJobStates(testApp, pdf.id)).toEqual(['completed']);
      expect(await extractionJobStates(testApp, docx.id)).toEqual(['completed']);
      expect(await textStatus(testApp, pdf.id)).toBe('done');

      const fromPdf = await search(as['fachkraft.offenbach'], 'Langzeitleistungsbezug');
      expect(fromPdf.results.map((result) => [result.title, result.matchedFile])).toEqual([
        ['Jahresbericht Arbeitsmarktintegration', 'Wirkungsanalyse.pdf'],
      ]);
      const fromDocx = await search(as['fachkraft.offenbach'], 'Netzwerkpflege');
      expect(fromDocx.results.map((result) => result.matchedFile)).toEqual(['Sitzungsprotokoll.docx']);
    });

    it('settles a blocked file at once as skipped, without reading it', async () => {
      const coordinator = as['koordination.dlt'];
      const item = await publishedNews(coordinator, 'Notizen mit Anhang');
      const infected = await attach(coordinator, item.id, 'notiz.txt', EICAR);
      await jobs.drained([SCAN_JOB, EXTRACT_FILE_JOB], 60_000);
      expect(await extractionJobStates(testApp, infected.id)).toEqual(['completed']);
      expect(await textStatus(testApp, infected.id)).toBe('skipped');
    });

    it('leaves files of a draft to the sweep, which indexes them after publishing', async () => {
      const coordinator = as['koordination.dlt'];
      const draft = await publishedNews(coordinator, 'Entwurf mit Dokument', false);
      const file = await attach(coordinator, draft.id, 'Konzept.docx', textDocx(['Sozialraumkonferenz']));
      await jobs.drained([SCAN_JOB, EXTRACT_FILE_JOB], 60_000);
      // Not searchable content yet: the per-file job had nothing to extract.
      expect(await extractionJobStates(testApp, file.id)).toEqual(['completed']);
      expect(await textStatus(testApp, file.id)).toBeUndefined();

      const current = await json<NewsDto>(await coordinator.get(`/api/news/${draft.id}`), 200);
      await json<NewsDto>(
        await coordinator.post(`/api/news/${draft.id}/publish`, { version: current.version }),
        200,
      );
      expect(await textStatus(testApp, file.id)).toBe('pending');
      await testApp.app.get(SearchExtractionService).run();
      expect(titles(await search(as['fachkraft.offenbach'], 'Sozialraumkonferenz'))).toEqual([
        'Entwurf mit Dokument',
      ]);
    });
  });

  describe('without a malware scanner', () => {
    let testApp: TestApp;
    let dataDir: string;
    const as = {} as Record<DemoLogin, HttpClient>;

    beforeAll(async () => {
      dataDir = await mkdtemp(join(tmpdir(), 'portal-extract-'));
      testApp = await createTestApp({ DATA_DIR: dataDir });
      await signInAll(testApp.baseUrl, LOGINS, as);
    }, 120_000);
    afterAll(async () => {
      await testApp?.close();
      await rm(dataDir, { recursive: true, force: true });
    });

    it('queues the extraction with the upload itself', async () => {
      const coordinator = as['koordination.dlt'];
      const item = await publishedNews(coordinator, 'Handreichung Videoberatung');
      const pdf = await attach(
        coordinator,
        item.id,
        'Handreichung.pdf',
        await textPdf(['Bildschirmfreigabe datenschutzgerecht']),
      );
      expect(pdf.scan.status).toBe('disabled');
      await testApp.app.get(JobQueue).drained([EXTRACT_FILE_JOB], 60_000);
      expect(await extractionJobStates(testApp, pdf.id)).toEqual(['completed']);
      expect(titles(await search(as['fachkraft.offenbach'], 'Bildschirmfreigabe'))).toEqual([
        'Handreichung Videoberatung',
      ]);
    });
  });
});
