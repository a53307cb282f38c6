import { SEARCH_BOOKKEEPING_COLUMNS } from '../../../src/core/database/migrations/1796630000000-search-touch-once';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * Bookkeeping writes (sign-ins, notification sweeps, ratings, link checks, counters) touch
 * columns no search view reads: they must not re-index, while a real change still does — once.
 */
describe('search index: bookkeeping updates do not re-index', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  const indexedAt = async (type: string, id: string): Promise<string> => {
    const rows = (await testApp.dataSource.query(
      `SELECT indexed_at::text AS at FROM search_documents WHERE type = $1 AND source_id = $2`,
      [type, id],
    )) as { at: string }[];
    if (!rows[0]) throw new Error(`no ${type} document ${id}`);
    return rows[0].at;
  };
  const one = async (sql: string): Promise<string> =>
    ((await testApp.dataSource.query(sql)) as { id: string }[])[0]!.id;

  it('no search view reads a column the triggers ignore', async () => {
    const views = (await testApp.dataSource.query(
      `SELECT c.relname AS name, pg_get_viewdef(c.oid) AS definition
         FROM pg_class c WHERE c.relkind = 'v' AND c.relname LIKE 'search_source_%'`,
    )) as { name: string; definition: string }[];
    expect(views.length).toBeGreaterThanOrEqual(7);
    for (const [table, columns] of Object.entries(SEARCH_BOOKKEEPING_COLUMNS))
      for (const column of columns)
        for (const view of views)
          expect(
            `${view.name} ${table}.${column}: ${new RegExp(`\\b${column}\\b`).test(view.definition)}`,
          ).toBe(`${view.name} ${table}.${column}: false`);
  });

  it('a sign-in, a notification sweep, a rating and a counter leave the index alone; real edits re-index', async () => {
    await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    // The only person signed in so far.
    const person = await one(`SELECT id FROM users WHERE last_login_at IS NOT NULL LIMIT 1`);
    const news = await one(`SELECT id FROM news WHERE status = 'published' LIMIT 1`);
    const resource = await one(`SELECT id FROM resources WHERE status = 'published' LIMIT 1`);
    const practice = await one(`SELECT id FROM practices WHERE status = 'published' LIMIT 1`);
    const before = {
      person: await indexedAt('person', person),
      news: await indexedAt('news', news),
      resource: await indexedAt('resource', resource),
      practice: await indexedAt('practice', practice),
    };
    await new Promise((resolve) => setTimeout(resolve, 20));

    await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    await testApp.dataSource.query(
      `UPDATE users SET last_login_at = now(), updated_at = now() WHERE id = $1`,
      [person],
    );
    await testApp.dataSource.query(`UPDATE news SET notified_at = now(), updated_at = now() WHERE id = $1`, [
      news,
    ]);
    await testApp.dataSource.query(
      `UPDATE resources SET rating_sum = rating_sum + 4, rating_count = rating_count + 1,
              link_checked_at = now() WHERE id = $1`,
      [resource],
    );
    await testApp.dataSource.query(
      `UPDATE practices SET helpful_count = helpful_count + 1, adoption_count = adoption_count + 1 WHERE id = $1`,
      [practice],
    );
    expect({
      person: await indexedAt('person', person),
      news: await indexedAt('news', news),
      resource: await indexedAt('resource', resource),
      practice: await indexedAt('practice', practice),
    }).toEqual(before);

    // A real change in the same statement as bookkeeping still re-indexes, with the new text.
    await testApp.dataSource.query(
      `UPDATE news SET title = 'Kiebitz im Jobcenter', notified_at = now() WHERE id = $1`,
      [news],
    );
    expect(await indexedAt('news', news)).not.toBe(before.news);
    const [document] = (await testApp.dataSource.query(
      `SELECT title FROM search_documents WHERE type = 'news' AND source_id = $1`,
      [news],
    )) as { title: string }[];
    expect(document!.title).toBe('Kiebitz im Jobcenter');
    await testApp.dataSource.query(`UPDATE users SET display_name = 'Kiebitz Neu' WHERE id = $1`, [person]);
    expect(await indexedAt('person', person)).not.toBe(before.person);
  });
});
