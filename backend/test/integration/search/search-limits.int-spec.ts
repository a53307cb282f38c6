import { EVERYONE, type AudienceDto, type NewsDto, type SearchResponseDto } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json, search, titles } from './search-support';

jest.setTimeout(120_000);

const LOGINS: DemoLogin[] = ['koordination.dlt', 'fachkraft.offenbach', 'leitung.biberach'];

/**
 * The bounded search (what keeps broad queries fast): counts and facets cover at most
 * SEARCH_MATCH_CAP matches, a broad query examines at most SEARCH_SCAN_CAP of the newest
 * documents, and SEARCH_INDEX_SCAN_MAX=0 sends every query down that path. Tiny limits make the
 * bounds visible with a handful of documents; the answer must say „mindestens“ honestly, paging
 * must still reach every match, and audiences apply as everywhere.
 */
describe('search: bounded counts for broad queries („mindestens“)', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    testApp = await createTestApp({
      SEARCH_MATCH_CAP: '3',
      SEARCH_SCAN_CAP: '4',
      SEARCH_INDEX_SCAN_MAX: '0',
    });
    await signInAll(testApp.baseUrl, LOGINS, as);
  }, 120_000);
  afterAll(() => testApp.close());

  async function news(title: string, body: string, audience: AudienceDto = EVERYONE): Promise<NewsDto> {
    const coordinator = as['koordination.dlt'];
    const item = await json<NewsDto>(
      await coordinator.post('/api/news', {
        title,
        teaser: 'Kurzfassung',
        body,
        category: 'netzwerk',
        audience,
      }),
      201,
    );
    return json<NewsDto>(
      await coordinator.post(`/api/news/${item.id}/publish`, { version: item.version }),
      200,
    );
  }

  /** Every page of a search, following nextOffset. */
  async function allPages(client: HttpClient, q: string, limit: number): Promise<SearchResponseDto[]> {
    const pages: SearchResponseDto[] = [];
    let offset: number | null = 0;
    while (offset !== null && pages.length < 20) {
      const page = await search(client, q, `&type=news&limit=${limit}&offset=${offset}`);
      pages.push(page);
      offset = page.nextOffset;
    }
    return pages;
  }

  it('keeps the search vector of an ordinary document in its row (a broad search checks thousands)', async () => {
    const words = Array.from({ length: 220 }, (_, i) => `Stichwort${i.toString(36)}x`).join(' ');
    const item = await news('Langer Text im Suchindex', words);
    const [row]: { inline: boolean; size: number }[] = await testApp.dataSource.query(
      `SELECT pg_column_toast_chunk_id(search_vector) IS NULL AS inline, pg_column_size(search_vector) AS size
         FROM search_documents WHERE type = 'news' AND source_id = $1`,
      [item.id],
    );
    // Wide enough that PostgreSQL moved it to the TOAST table before (the widest column goes first).
    expect(row!.size).toBeGreaterThan(2000);
    expect(row!.inline).toBe(true);
  });

  it('people who joined after the content do not push it out of a broad search, and are found too', async () => {
    await news('Kleingartenverein Zusammenarbeit', 'Kooperation mit dem Kleingartenverein vor Ort.');
    // Sixty people newer than the item (a directory import or first sign-ins): with a window of
    // four documents (forty at most), walking all types newest-first would only ever see people.
    await testApp.dataSource.query(
      `INSERT INTO users (issuer, subject, display_name, email, roles, active)
       SELECT 'urn:test', 'neu-' || i, 'Neue Person ' || i || CASE WHEN i = 7 THEN ' Kleingartenverein' ELSE '' END,
              'neu-' || i || '@example.org', '{staff}', true
         FROM generate_series(1, 60) i`,
    );
    const response = await search(as['fachkraft.offenbach'], 'Kleingartenverein');
    expect(titles(response).sort()).toEqual([
      'Kleingartenverein Zusammenarbeit',
      'Neue Person 7 Kleingartenverein',
    ]);
  });

  describe('a word in more documents than the cap', () => {
    beforeAll(async () => {
      // Oldest first. Searches below filter on news: future demo Termine would come first by date.
      // Filler news make the 10× window (40) end inside this test's own documents.
      const filler = (i: number) => news(`Rundschreiben Nr. ${i}`, 'Allgemeine Hinweise für alle.');
      for (let i = 1; i <= 3; i++) await filler(i);
      // The words side by side: 37th newest visible news, beyond the first window of 4.
      await news('Wiesenbank Uferpfad Rundgang', 'Ein Rundgang über die Wiesenbank am Uferpfad.');
      for (let i = 4; i <= 33; i++) await filler(i);
      // Six with the word, where the two words stand apart.
      for (let i = 1; i <= 6; i++)
        await news(
          `Zeltlagerplanung Teil ${i}`,
          `Die Wiesenbank steht am Rand, der Uferpfad führt ${i} km weiter.`,
        );
      await news('Zeltlagerplanung für Leitungen', 'Nur für Leitungen.', {
        states: [],
        organisationIds: [],
        roles: ['manager'],
      });
    });

    it('counts up to the cap and says „mindestens“; facets count the same matches', async () => {
      const first = await search(as['fachkraft.offenbach'], 'Zeltlagerplanung', '&type=news&limit=2');
      expect(first.total).toBe(3);
      expect(first.totalIsLowerBound).toBe(true);
      expect(first.searchedDocuments).toBeNull();
      expect(first.results).toHaveLength(2);
      expect(first.nextOffset).toBe(2);
      expect(first.facets.types).toEqual([{ key: 'news', label: 'Neuigkeit', count: 3 }]);
    });

    it('still reaches every visible match by paging, each once, and never the hidden one', async () => {
      const pages = await allPages(as['fachkraft.offenbach'], 'Zeltlagerplanung', 2);
      const found = pages.flatMap(titles);
      expect(found.sort()).toEqual([1, 2, 3, 4, 5, 6].map((i) => `Zeltlagerplanung Teil ${i}`));
      expect(pages.at(-1)?.nextOffset).toBeNull();
      // A manager sees the item for Leitungen as well.
      const managerPages = await allPages(as['leitung.biberach'], 'Zeltlagerplanung', 2);
      expect(managerPages.flatMap(titles)).toContain('Zeltlagerplanung für Leitungen');
    });

    it('sorted by date: the newest visible first, pages in order', async () => {
      const pages = await allPages(as['fachkraft.offenbach'], 'Zeltlagerplanung', 2);
      const byDate = await search(
        as['fachkraft.offenbach'],
        'Zeltlagerplanung',
        '&type=news&sort=date&limit=2',
      );
      expect(titles(byDate)).toEqual(['Zeltlagerplanung Teil 6', 'Zeltlagerplanung Teil 5']);
      expect(pages.flatMap(titles)).toHaveLength(6);
    });

    it('a phrase whose words stand together only in an older document: found further back, with the window named', async () => {
      const response = await search(as['fachkraft.offenbach'], '"Wiesenbank Uferpfad"', '&type=news');
      expect(titles(response)).toEqual(['Wiesenbank Uferpfad Rundgang']);
      expect(response.totalIsLowerBound).toBe(true);
      // The newest 4 documents had no match; the search looked ten times as far back.
      expect(response.searchedDocuments).toBe(40);
      expect(response.total).toBe(1);
      // The next page looks just as far back: nothing is skipped, then the end.
      expect(response.nextOffset).toBe(1);
      const next = await search(as['fachkraft.offenbach'], '"Wiesenbank Uferpfad"', '&type=news&offset=1');
      expect(next).toMatchObject({ results: [], nextOffset: null, searchedDocuments: 40 });
    });

    it('a phrase found nowhere in the window: no results, honestly a lower bound, no „Meinten Sie“', async () => {
      const response = await search(as['fachkraft.offenbach'], '"Uferpfad Wiesenbank"', '&type=news');
      expect(response).toMatchObject({
        results: [],
        total: 0,
        totalIsLowerBound: true,
        searchedDocuments: 40,
        didYouMean: null,
      });
    });
  });
});
