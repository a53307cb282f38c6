import { EVERYONE, type NewsDto } from '@portal/contracts';
import { Client } from 'pg';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { fileForm, json, textPdf } from './search-support';

jest.setTimeout(120_000);

const LOGINS: DemoLogin[] = ['koordination.dlt'];

/**
 * The index is written inside the writers' transactions (triggers). A re-index must not wait on
 * another transaction while it holds index rows: that is how a campaign update and the text
 * extraction of one of its files deadlocked (40P01) in CI.
 */
/** Resolves once `blocked`'s backend waits for a lock (polled through `observer`). */
async function waitUntilBlocked(observer: Client, blocked: Client): Promise<void> {
  const pid = (blocked as unknown as { processID: number }).processID;
  for (let attempt = 0; attempt < 200; attempt++) {
    const { rows } = await observer.query(`SELECT wait_event_type FROM pg_stat_activity WHERE pid = $1`, [
      pid,
    ]);
    if (rows[0]?.wait_event_type === 'Lock') return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error('the concurrent statement never waited for a lock');
}

describe('search index: re-indexing does not wait on concurrent writers', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  let news: NewsDto;
  let fileId: string;
  let extraction: Client;
  let writer: Client;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    const coordinator = as['koordination.dlt'];
    news = await json<NewsDto>(
      await coordinator.post('/api/news', {
        title: 'Sperrreihenfolge im Suchindex',
        teaser: 'Kurzfassung',
        body: 'Text.',
        category: 'netzwerk',
        audience: EVERYONE,
      }),
      201,
    );
    await json(
      await coordinator.request('POST', `/api/news/${news.id}/attachments`, {
        body: fileForm('bericht.pdf', await textPdf(['Bericht'])),
      }),
      201,
    );
    news = await json<NewsDto>(
      await coordinator.post(`/api/news/${news.id}/publish`, { version: news.version }),
      200,
    );
    const [row]: { file_id: string }[] = await testApp.dataSource.query(
      `SELECT t.file_id FROM search_documents d JOIN search_file_texts t ON t.file_id = ANY (d.file_ids)
        WHERE d.type = 'news' AND d.source_id = $1`,
      [news.id],
    );
    fileId = row!.file_id;
    extraction = new Client({ connectionString: testApp.config.databaseUrl });
    writer = new Client({ connectionString: testApp.config.databaseUrl });
    await extraction.connect();
    await writer.connect();
  }, 120_000);

  afterAll(async () => {
    await extraction?.end();
    await writer?.end();
    await testApp?.close();
  });

  it('re-indexes a document while the text row of its file is being updated elsewhere', async () => {
    // The extraction job's transaction: the file's text row is updated and not yet committed.
    await extraction.query('BEGIN');
    await extraction.query(`UPDATE search_file_texts SET status = status WHERE file_id = $1`, [fileId]);
    try {
      // Another writer re-indexes the document that carries the file. It used to wait here for the
      // extraction (INSERT … ON CONFLICT on the same row) while holding the document's row.
      await writer.query(`SET lock_timeout = '3s'`);
      await writer.query(`UPDATE news SET title = 'Sperrreihenfolge im Suchindex (neu)' WHERE id = $1`, [
        news.id,
      ]);
      const [document]: { title: string }[] = (
        await writer.query(`SELECT title FROM search_documents WHERE type = 'news' AND source_id = $1`, [
          news.id,
        ])
      ).rows;
      expect(document!.title).toBe('Sperrreihenfolge im Suchindex (neu)');
    } finally {
      await extraction.query('ROLLBACK');
    }
  });

  it('a re-index that waited for a concurrent writer builds the document from its committed state', async () => {
    // The writer takes the item out of the index (unpublishes it) and has not committed yet.
    await writer.query('BEGIN');
    await writer.query(`UPDATE news SET status = 'draft' WHERE id = $1`, [news.id]);
    // Meanwhile the extraction job stores the file's text, which re-indexes the same item. It must
    // wait for the writer and then see the item unpublished — not write back the document it saw
    // before (that left a draft in the index after a campaign was set to „in Vorbereitung“).
    const stored = extraction.query(
      `UPDATE search_file_texts SET status = 'done', text = text || ' Nachtrag' WHERE file_id = $1`,
      [fileId],
    );
    try {
      await waitUntilBlocked(writer, extraction);
    } finally {
      await writer.query('COMMIT');
    }
    await stored;
    const documents = await writer.query(
      `SELECT 1 FROM search_documents WHERE type = 'news' AND source_id = $1`,
      [news.id],
    );
    expect(documents.rowCount).toBe(0);
    await writer.query(`UPDATE news SET status = 'published' WHERE id = $1`, [news.id]);
    const republished = await writer.query(
      `SELECT attachment_text FROM search_documents WHERE type = 'news' AND source_id = $1`,
      [news.id],
    );
    expect(republished.rows[0]?.attachment_text).toContain('Nachtrag');
  });

  it('still registers new words and new files in the same transaction', async () => {
    await writer.query(`UPDATE news SET teaser = 'Quellenverzeichnis Zwischenbericht' WHERE id = $1`, [
      news.id,
    ]);
    const words = (
      await writer.query(
        `SELECT word FROM search_words WHERE word IN ('quellenverzeichnis', 'zwischenbericht')`,
      )
    ).rows.map((row: { word: string }) => row.word);
    expect(words.sort()).toEqual(['quellenverzeichnis', 'zwischenbericht']);
    const texts = await writer.query(`SELECT status FROM search_file_texts WHERE file_id = $1`, [fileId]);
    expect(texts.rowCount).toBe(1);
  });
});
