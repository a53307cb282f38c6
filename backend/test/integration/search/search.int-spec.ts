import {
  EVERYONE,
  type AssetDto,
  type AudienceDto,
  type CreatePracticeRequest,
  type EventDto,
  type MeDto,
  type NewsDto,
  type PracticeDto,
  type ProblemDto,
  type SearchAnalyticsDto,
  type TaxonomyListDto,
} from '@portal/contracts';
import { DEMO_CAMPAIGN_ID } from '../../../src/modules/campaigns/campaigns-demo';
import { SearchExtractionService } from '../../../src/modules/search/extraction/search-extraction.service';
import { checkSearchIndex } from '../../../src/modules/search/search-consistency';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { fileForm, imageOnlyPdf, json, search, suggest, textDocx, textPdf, titles } from './search-support';

// Uploads, PDF rendering and text extraction take a while on a busy machine.
jest.setTimeout(120_000);

const LOGINS: DemoLogin[] = [
  'koordination.dlt',
  'redaktion.biberach',
  'leitung.biberach',
  'fachkraft.biberach',
  'fachkraft.offenbach',
  'redaktion.offenbach',
  'ohne.rolle',
];

describe('search: one index, German full text, files, permissions, freshness', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;
  let offenbachId: string;
  let biberachId: string;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(testApp.baseUrl, LOGINS, as);
    anonymous = new HttpClient(testApp.baseUrl);
    const me = async (login: DemoLogin) => json<MeDto>(await as[login].get('/api/me'), 200);
    offenbachId = (await me('fachkraft.offenbach')).organisation!.id;
    biberachId = (await me('fachkraft.biberach')).organisation!.id;
  }, 120_000);
  afterAll(() => testApp.close());

  const coordinator = () => as['koordination.dlt'];

  async function news(
    title: string,
    options: { body?: string; teaser?: string; audience?: AudienceDto; publish?: boolean | string } = {},
  ): Promise<NewsDto> {
    const item = await json<NewsDto>(
      await coordinator().post('/api/news', {
        title,
        teaser: options.teaser ?? `Kurz gesagt: ${title}`,
        body: options.body ?? `Ausführlicher Text zu ${title}.`,
        category: 'netzwerk',
        audience: options.audience ?? EVERYONE,
      }),
      201,
    );
    if (options.publish === false) return item;
    const publishAt = typeof options.publish === 'string' ? { publishAt: options.publish } : {};
    return json<NewsDto>(
      await coordinator().post(`/api/news/${item.id}/publish`, { version: item.version, ...publishAt }),
      200,
    );
  }

  async function extractFiles(): Promise<void> {
    await testApp.app.get(SearchExtractionService).run();
  }

  describe('German full text', () => {
    beforeAll(async () => {
      await news('Ostseejobcenter stärken die Zusammenarbeit', {
        body: 'Die Ostseejobcenter treffen sich zum Tag der Fahrradwerkstatt in Rostock.',
      });
      await news('Kleiderkammer eröffnet', { body: 'Eine Kleiderkammer für Familien im Landkreis.' });
      await news('Fahrradwerkstatt als Beschäftigungsprojekt', {
        body: 'Tag der offenen Tür: die Fahrradwerkstatt zeigt ihre Arbeit.',
      });
    });

    it('stems German words: „Ostseejobcentern“ finds „Ostseejobcenter“', async () => {
      const result = await search(as['fachkraft.biberach'], 'Ostseejobcentern');
      expect(titles(result)).toEqual(['Ostseejobcenter stärken die Zusammenarbeit']);
      expect(result.total).toBe(1);
      expect(result.results[0]).toMatchObject({
        type: 'news',
        path: expect.stringMatching(/^\/neuigkeiten\//),
      });
    });

    it('highlights matches with markers (never HTML)', async () => {
      const result = await search(as['fachkraft.biberach'], 'Rostock');
      expect(result.results[0]?.snippet).toContain('\u0002Rostock\u0003');
      expect(result.results[0]?.snippet).not.toContain('<b>');
    });

    it('shows snippets of Markdown texts as plain text', async () => {
      await news('Wattwanderung im Herbst', {
        teaser: 'Ein Ausflug für Familien.',
        body: '## Ablauf\n\nDie **Wattwanderung** führt zum [Leuchtturm](https://example.org/leuchtturm).',
      });
      const snippet = (await search(as['fachkraft.biberach'], 'Wattwanderung')).results[0]?.snippet;
      expect(snippet).toContain('Die \u0002Wattwanderung\u0003 führt zum Leuchtturm.');
      expect(snippet).not.toMatch(/\*\*|##|\]\(/);
    });

    it('matches phrases, excludes with -word and combines with OR', async () => {
      expect(titles(await search(as['fachkraft.biberach'], '"Tag der Fahrradwerkstatt"'))).toEqual([
        'Ostseejobcenter stärken die Zusammenarbeit',
      ]);
      expect(titles(await search(as['fachkraft.biberach'], 'Fahrradwerkstatt -Ostseejobcenter'))).toEqual([
        'Fahrradwerkstatt als Beschäftigungsprojekt',
      ]);
      expect(
        titles(await search(as['fachkraft.biberach'], 'Kleiderkammer or Ostseejobcenter')).sort(),
      ).toEqual(['Kleiderkammer eröffnet', 'Ostseejobcenter stärken die Zusammenarbeit']);
    });

    it('ranks title matches above body matches and sorts by date on request', async () => {
      const byRelevance = await search(as['fachkraft.biberach'], 'Fahrradwerkstatt');
      expect(titles(byRelevance)[0]).toBe('Fahrradwerkstatt als Beschäftigungsprojekt');
      const byDate = await search(as['fachkraft.biberach'], 'Fahrradwerkstatt', '&sort=date');
      expect(byDate.total).toBe(2);
    });

    it('matches the last word as a prefix („Ostseejob“) and suggests titles while typing', async () => {
      expect(titles(await search(as['fachkraft.biberach'], 'Ostseejob'))).toEqual([
        'Ostseejobcenter stärken die Zusammenarbeit',
      ]);
      const suggestions = await suggest(as['fachkraft.biberach'], 'Kleiderka');
      expect(suggestions.suggestions.map((s) => s.title)).toEqual(['Kleiderkammer eröffnet']);
    });

    it('offers „Meinten Sie …?“ for a typo', async () => {
      const result = await search(as['fachkraft.biberach'], 'Kleiderkamer');
      expect(result.total).toBe(0);
      expect(result.didYouMean).toBe('kleiderkammer');
    });

    it('finds Jobcenter and persons by name, organisation and role', async () => {
      const jobcenter = await search(as['fachkraft.biberach'], 'Biberach', '&type=organisation');
      expect(jobcenter.results.map((r) => r.path)).toContain(`/jobcenter/${biberachId}`);
      const people = await search(as['fachkraft.biberach'], 'Redaktion Offenbach', '&type=person');
      expect(people.total).toBeGreaterThan(0);
      expect(people.results.every((r) => r.type === 'person')).toBe(true);
    });
  });

  describe('text inside files', () => {
    let report: NewsDto;

    beforeAll(async () => {
      report = await news('Jahresbericht Eingliederung');
      const upload = (name: string, content: Buffer) =>
        coordinator().request('POST', `/api/news/${report.id}/attachments`, {
          body: fileForm(name, content),
        });
      expect(
        (
          await upload(
            'Wirkungsbericht.pdf',
            await textPdf(['Integrationsquote gestiegen', 'Haushaltsmittel']),
          )
        ).status,
      ).toBe(201);
      expect((await upload('Protokoll.docx', textDocx(['Niederschrift der Trägerversammlung']))).status).toBe(
        201,
      );
      expect((await upload('Scan.pdf', await imageOnlyPdf())).status).toBe(201);
      await extractFiles();
    });

    it('finds words inside a PDF and a DOCX and names the file that matched', async () => {
      const fromPdf = await search(as['fachkraft.offenbach'], 'Integrationsquote');
      expect(fromPdf.results.map((r) => [r.title, r.matchedFile])).toEqual([
        ['Jahresbericht Eingliederung', 'Wirkungsbericht.pdf'],
      ]);
      expect(fromPdf.results[0]?.snippet).toContain('\u0002Integrationsquote\u0003');
      const fromDocx = await search(as['fachkraft.offenbach'], 'Trägerversammlungen');
      expect(fromDocx.results.map((r) => r.matchedFile)).toEqual(['Protokoll.docx']);
    });

    it('marks a PDF without a text layer instead of failing, and still finds its file name', async () => {
      const rows: { status: string; detail: string }[] = await testApp.dataSource.query(
        `SELECT t.status, t.detail FROM search_file_texts t JOIN stored_files f ON f.id = t.file_id
          WHERE f.original_name = 'Scan.pdf'`,
      );
      expect(rows).toEqual([{ status: 'no-text', detail: 'PDF ohne Textebene (gescannt?)' }]);
      expect(titles(await search(as['fachkraft.offenbach'], 'Scan.pdf'))).toContain(
        'Jahresbericht Eingliederung',
      );
    });

    it('drops a removed attachment from the index at once', async () => {
      const files: { id: string; original_name: string }[] = await testApp.dataSource.query(
        `SELECT f.id, f.original_name FROM news_files n JOIN stored_files f ON f.id = n.file_id WHERE n.news_id = $1`,
        [report.id],
      );
      const pdf = files.find((file) => file.original_name === 'Wirkungsbericht.pdf')!;
      expect(
        (await coordinator().request('DELETE', `/api/news/${report.id}/attachments/${pdf.id}`)).status,
      ).toBe(204);
      expect((await search(as['fachkraft.offenbach'], 'Integrationsquote')).total).toBe(0);
    });
  });

  describe('permissions: nothing shows that the person may not see', () => {
    it('news: audience decides results, counts, facets and suggestions', async () => {
      await news('Dienstberatung Hafenbezirk', {
        audience: { states: [], organisationIds: [offenbachId], roles: [] },
      });
      const outsider = await search(as['fachkraft.biberach'], 'Hafenbezirk');
      expect(outsider).toMatchObject({ total: 0, results: [], facets: { types: [], states: [], terms: [] } });
      expect((await suggest(as['fachkraft.biberach'], 'Hafenbez')).suggestions).toEqual([]);
      // The word is known to the index, but the correction leads to nothing this person may see.
      expect((await search(as['fachkraft.biberach'], 'Hafenbezirc')).didYouMean).toBeNull();

      const insider = await search(as['fachkraft.offenbach'], 'Hafenbezirk');
      expect(insider.total).toBe(1);
      expect(insider.facets.types).toEqual([{ key: 'news', label: 'Neuigkeit', count: 1 }]);
      expect((await suggest(as['fachkraft.offenbach'], 'Hafenbez')).suggestions).toHaveLength(1);
      expect((await search(as['fachkraft.offenbach'], 'Hafenbezirc')).didYouMean).toBe('hafenbezirk');

      await news('Leitungsrunde Hafenbezirk', {
        audience: { states: [], organisationIds: [], roles: ['manager'] },
      });
      expect((await search(as['fachkraft.offenbach'], 'Hafenbezirk')).total).toBe(1);
      expect((await search(as['leitung.offenbach'] ?? as['leitung.biberach'], 'Leitungsrunde')).total).toBe(
        1,
      );
      await news('Hessenrunde Hafenbezirk', {
        audience: { states: ['Hessen'], organisationIds: [], roles: [] },
      });
      expect(titles(await search(as['fachkraft.biberach'], 'Hessenrunde'))).toEqual([]);
      expect(titles(await search(as['fachkraft.offenbach'], 'Hessenrunde'))).toEqual([
        'Hessenrunde Hafenbezirk',
      ]);
    });

    it('news: drafts are never found, scheduled items appear when due — without a job', async () => {
      await news('Entwurf Deichschutzprogramm', { publish: false });
      expect((await search(coordinator(), 'Deichschutzprogramm')).total).toBe(0);
      await news('Geplant Deichschutzprogramm', { publish: '2026-03-05T08:00:00.000Z' });
      expect((await search(as['fachkraft.biberach'], 'Deichschutzprogramm')).total).toBe(0);
      clock.set(new Date('2026-03-05T08:00:00.000Z'));
      expect(titles(await search(as['fachkraft.biberach'], 'Deichschutzprogramm'))).toEqual([
        'Geplant Deichschutzprogramm',
      ]);
    });

    it('practices: only published (and archived) entries, never drafts or entries in review', async () => {
      const taxonomies = await json<TaxonomyListDto>(
        await as['fachkraft.biberach'].get('/api/taxonomies'),
        200,
      );
      const term = (label: string) =>
        taxonomies.items.flatMap((t) => t.terms).find((candidate) => candidate.label === label)!.id;
      const body = (title: string): CreatePracticeRequest => ({
        title,
        summary: `Kurz: ${title}`,
        situation: 'Viele Menschen erreichen wir nicht.',
        approach: 'Wir gehen in die Stadtteile.',
        results: 'Mehr Kontakte.',
        duration: 'seit 2024',
        costs: 'Eigenmittel',
        partners: 'Stadtteilzentrum',
        transferability: 'Zwei Fachkräfte.',
        keyFigures: [],
        targetGroupIds: [term('Langzeitarbeitslose')],
        fieldIds: [term('Netzwerkarbeit')],
      });
      const author = as['fachkraft.biberach'];
      const step = async (client: HttpClient, practice: PracticeDto, action: string) =>
        json<PracticeDto>(
          await client.post(`/api/practices/${practice.id}/${action}`, { version: practice.version }),
          200,
        );
      const draft = await json<PracticeDto>(
        await author.post('/api/practices', body('Streuobstwiese Entwurf')),
        201,
      );
      expect((await search(author, 'Streuobstwiese')).total).toBe(0);
      const inReview = await step(author, draft, 'submit');
      expect((await search(as['redaktion.biberach'], 'Streuobstwiese')).total).toBe(0);
      const published = await step(as['redaktion.biberach'], inReview, 'publish');
      const found = await search(as['fachkraft.offenbach'], 'Streuobstwiese');
      expect(found.results.map((r) => r.path)).toEqual([`/gute-praxis/${published.id}`]);
      expect(found.facets.terms.map((t) => t.label).sort()).toEqual([
        'Langzeitarbeitslose',
        'Netzwerkarbeit',
      ]);
      expect(found.facets.states).toEqual([
        { key: 'Baden-Württemberg', label: 'Baden-Württemberg', count: 1 },
      ]);
      const filtered = await search(
        as['fachkraft.offenbach'],
        'Streuobstwiese',
        `&term=${term('Netzwerkarbeit')}`,
      );
      expect(filtered.total).toBe(1);
      const otherTerm = await search(
        as['fachkraft.offenbach'],
        'Streuobstwiese',
        `&term=${term('Langzeitarbeitslose')}&state=Hessen`,
      );
      expect(otherTerm.total).toBe(0);
      // Taxonomy change through the real write path: facets follow at once.
      const updated = await json<PracticeDto>(
        await as['redaktion.biberach'].request('PUT', `/api/practices/${published.id}`, {
          body: {
            ...body('Streuobstwiese Entwurf'),
            fieldIds: [],
            targetGroupIds: [term('Langzeitarbeitslose')],
            version: published.version,
          },
        }),
        200,
      );
      expect(updated.id).toBe(published.id);
      const after = await search(as['fachkraft.offenbach'], 'Streuobstwiese');
      expect(after.facets.terms.map((t) => t.label)).toEqual(['Langzeitarbeitslose']);
    });

    it('campaign assets: role restriction, embargo, expiry and campaign in preparation', async () => {
      const create = async (title: string, change: object) => {
        const asset = await json<AssetDto>(
          await coordinator().post('/api/campaign-assets', {
            campaignId: DEMO_CAMPAIGN_ID,
            title,
            description: `Beschreibung ${title}`,
            type: 'flyer',
            tags: ['Leuchtturm'],
            altText: `Plakat ${title}`,
            availableFrom: null,
            expiresAt: null,
            roles: [],
            replacementId: null,
            ...change,
          }),
          201,
        );
        const response = await coordinator().request('POST', `/api/campaign-assets/${asset.id}/versions`, {
          body: fileForm(`${title}.pdf`, await textPdf([title])),
        });
        expect(response.status).toBe(201);
        return asset;
      };
      const withoutFile = await json<AssetDto>(
        await coordinator().post('/api/campaign-assets', {
          campaignId: DEMO_CAMPAIGN_ID,
          title: 'Leuchtturmflyer ohne Datei',
          description: 'x',
          type: 'flyer',
          tags: [],
          altText: 'Flyer',
          availableFrom: null,
          expiresAt: null,
          roles: [],
          replacementId: null,
        }),
        201,
      );
      expect(withoutFile.id).toBeDefined();
      await create('Leuchtturmplakat Leitung', { roles: ['manager'] });
      await create('Leuchtturmplakat Sperrfrist', { availableFrom: '2026-04-01T00:00:00.000Z' });
      const expiring = await create('Leuchtturmplakat Ablauf', { expiresAt: '2026-03-10T00:00:00.000Z' });
      expect(expiring.id).toBeDefined();

      const staff = await search(as['fachkraft.biberach'], 'Leuchtturmplakat');
      expect(titles(staff)).toEqual(['Leuchtturmplakat Ablauf']);
      expect(staff.facets.types).toEqual([{ key: 'campaign-asset', label: 'Kampagnenmaterial', count: 1 }]);
      expect(titles(await search(as['leitung.biberach'], 'Leuchtturmplakat')).sort()).toEqual([
        'Leuchtturmplakat Ablauf',
        'Leuchtturmplakat Leitung',
      ]);
      expect((await search(as['fachkraft.biberach'], 'Leuchtturmflyer')).total).toBe(0);
      expect(
        (await suggest(as['fachkraft.biberach'], 'Leuchtturmplakat')).suggestions.map((s) => s.title),
      ).toEqual(['Leuchtturmplakat Ablauf']);

      clock.set(new Date('2026-03-10T00:00:00.000Z'));
      expect(titles(await search(as['fachkraft.biberach'], 'Leuchtturmplakat'))).toEqual([]);
      clock.set(new Date('2026-04-01T00:00:00.000Z'));
      expect(titles(await search(as['fachkraft.biberach'], 'Leuchtturmplakat'))).toEqual([
        'Leuchtturmplakat Sperrfrist',
      ]);

      await testApp.dataSource.query(`UPDATE campaigns SET status = 'preparation' WHERE id = $1`, [
        DEMO_CAMPAIGN_ID,
      ]);
      expect((await search(as['fachkraft.biberach'], 'Leuchtturmplakat')).total).toBe(0);
      await testApp.dataSource.query(`UPDATE campaigns SET status = 'active' WHERE id = $1`, [
        DEMO_CAMPAIGN_ID,
      ]);
      expect((await search(as['fachkraft.biberach'], 'Leuchtturmplakat')).total).toBe(1);
    });

    it('refuses anonymous and role-less users; analytics only for coordination', async () => {
      expect((await anonymous.get('/api/search?q=Jobcenter')).status).toBe(401);
      expect((await as['ohne.rolle'].get('/api/search?q=Jobcenter')).status).toBe(401);
      expect((await as['fachkraft.biberach'].get('/api/search/analytics')).status).toBe(403);
      expect((await as['redaktion.biberach'].get('/api/search/analytics')).status).toBe(403);
    });
  });

  describe('freshness: every kind of change shows at once', () => {
    it('news: update, audience change, archive, delete', async () => {
      const item = await news('Moorlandschaft erkunden');
      expect((await search(as['fachkraft.biberach'], 'Moorlandschaft')).total).toBe(1);
      const put = (change: object, version: number) =>
        coordinator().request('PUT', `/api/news/${item.id}`, {
          body: {
            title: 'Heidelandschaft erkunden',
            teaser: 'Kurz',
            body: 'Text',
            category: 'netzwerk',
            audience: EVERYONE,
            version,
            ...change,
          },
        });
      const renamed = await json<NewsDto>(await put({}, item.version), 200);
      expect((await search(as['fachkraft.biberach'], 'Moorlandschaft')).total).toBe(0);
      expect((await search(as['fachkraft.biberach'], 'Heidelandschaft')).total).toBe(1);
      const narrowed = await json<NewsDto>(
        await put({ audience: { states: [], organisationIds: [offenbachId], roles: [] } }, renamed.version),
        200,
      );
      expect((await search(as['fachkraft.biberach'], 'Heidelandschaft')).total).toBe(0);
      expect((await search(as['fachkraft.offenbach'], 'Heidelandschaft')).total).toBe(1);
      await json<NewsDto>(
        await coordinator().post(`/api/news/${item.id}/archive`, { version: narrowed.version }),
        200,
      );
      // Archived news stay readable by their link, so they stay findable.
      expect((await search(as['fachkraft.offenbach'], 'Heidelandschaft')).total).toBe(1);
      await testApp.dataSource.query(`DELETE FROM news WHERE id = $1`, [item.id]);
      expect((await search(as['fachkraft.offenbach'], 'Heidelandschaft')).total).toBe(0);
    });

    it('events: create, update and audience change', async () => {
      const event = await json<EventDto>(
        await coordinator().post('/api/events', {
          title: 'Fachtag Wattenmeer',
          description: 'Austausch über Quartiersarbeit',
          startsAt: '2026-06-01T08:00:00.000Z',
          endsAt: '2026-06-01T15:00:00.000Z',
          allDay: false,
          place: 'Husum',
          audience: EVERYONE,
        }),
        201,
      );
      expect(titles(await search(as['fachkraft.biberach'], 'Husum', '&type=event'))).toEqual([
        'Fachtag Wattenmeer',
      ]);
      await json<EventDto>(
        await coordinator().request('PUT', `/api/events/${event.id}`, {
          body: {
            title: 'Fachtag Wattenmeer',
            description: 'Austausch',
            startsAt: '2026-06-01T08:00:00.000Z',
            endsAt: '2026-06-01T15:00:00.000Z',
            allDay: false,
            place: 'Husum',
            audience: { states: ['Hessen'], organisationIds: [], roles: [] },
            version: event.version,
          },
        }),
        200,
      );
      expect((await search(as['fachkraft.biberach'], 'Wattenmeer')).total).toBe(0);
      expect((await search(as['fachkraft.offenbach'], 'Wattenmeer')).total).toBe(1);
    });

    it('organisations and persons: a renamed Jobcenter is found under its new name, also via its people', async () => {
      await testApp.dataSource.query(`UPDATE organisations SET name = 'Jobcenter Auenland' WHERE id = $1`, [
        offenbachId,
      ]);
      const found = await search(as['fachkraft.biberach'], 'Auenland');
      expect(found.facets.types.map((t) => t.key).sort()).toEqual(['organisation', 'person']);
      await testApp.dataSource.query(`UPDATE users SET active = false WHERE organisation_id = $1`, [
        offenbachId,
      ]);
      expect((await search(as['fachkraft.biberach'], 'Auenland', '&type=person')).total).toBe(0);
      await testApp.dataSource.query(`UPDATE users SET active = true WHERE organisation_id = $1`, [
        offenbachId,
      ]);
    });

    it('suggestions merge directory entries and content, newest first, within the audience', async () => {
      await news('Auenlandtreffen der Jobcenter');
      await news('Auenlandrunde nur für Offenbach', {
        audience: { states: [], organisationIds: [offenbachId], roles: [] },
      });
      const suggested = (await suggest(as['fachkraft.biberach'], 'Auenl')).suggestions;
      expect(suggested.map((s) => [s.type, s.title]).sort()).toEqual([
        ['news', 'Auenlandtreffen der Jobcenter'],
        ['organisation', 'Jobcenter Auenland'],
      ]);
      // The same order as the results sorted by date.
      const byDate = (await search(as['fachkraft.biberach'], 'Auenl', '&sort=date')).results
        .filter((r) => suggested.some((s) => s.id === r.id))
        .map((r) => r.id);
      expect(suggested.map((s) => s.id)).toEqual(byDate);
      expect(
        (await suggest(as['fachkraft.offenbach'], 'Auenl')).suggestions.map((s) => s.title).sort(),
      ).toEqual(['Auenlandrunde nur für Offenbach', 'Auenlandtreffen der Jobcenter', 'Jobcenter Auenland']);
    });

    it('the consistency check finds nothing to repair, and repairs a tampered index', async () => {
      // Land and name of an organisation feed its news, events and resources: changed behind the
      // application's back, the index still follows (the coordination's organisation has news here).
      const networkId = (await json<MeDto>(await coordinator().get('/api/me'), 200)).organisation!.id;
      const [network]: { state: string; name: string }[] = await testApp.dataSource.query(
        `SELECT state, name FROM organisations WHERE id = $1`,
        [networkId],
      );
      const rename = (state: string, name: string) =>
        testApp.dataSource.query(`UPDATE organisations SET state = $2, name = $3 WHERE id = $1`, [
          networkId,
          state,
          name,
        ]);
      await rename('Bremen', 'Netzwerk Umbenannt');
      const clean = await checkSearchIndex(testApp.dataSource, false);
      await rename(network!.state, network!.name);
      expect(clean.filter((row) => row.missing + row.orphaned + row.stale > 0)).toEqual([]);
      await testApp.dataSource.query(`UPDATE search_documents SET title = 'manipuliert' WHERE type = 'news'`);
      await testApp.dataSource.query(`DELETE FROM search_documents WHERE type = 'organisation'`);
      const broken = await checkSearchIndex(testApp.dataSource, true);
      expect(broken.find((row) => row.type === 'news')?.stale).toBeGreaterThan(0);
      expect(broken.find((row) => row.type === 'organisation')?.missing).toBeGreaterThan(0);
      const repaired = await checkSearchIndex(testApp.dataSource, false);
      expect(repaired.filter((row) => row.missing + row.orphaned + row.stale > 0)).toEqual([]);
    });
  });

  describe('hostile and odd input', () => {
    it('answers 400 for an empty or too long query', async () => {
      for (const q of ['', '   ', '\u0000\u202E', 'a'.repeat(201), 'Jobcenter '.repeat(200)]) {
        const response = await as['fachkraft.biberach'].get(`/api/search?q=${encodeURIComponent(q)}`);
        expect(response.status).toBe(400);
        const problem = (await response.json()) as ProblemDto;
        expect(problem.title).toBeTruthy();
      }
      expect((await as['fachkraft.biberach'].get('/api/search')).status).toBe(400);
      expect((await as['fachkraft.biberach'].get('/api/search?q=x&type=unknown')).status).toBe(400);
      expect((await as['fachkraft.biberach'].get('/api/search?q=x&offset=5000')).status).toBe(400);
    });

    it('never fails on tsquery or SQL syntax, unicode oddities or emoji', async () => {
      const inputs = [
        "'",
        "Jobcenter' OR 1=1 --",
        '&',
        '|',
        '!',
        ':*',
        'Job:*',
        'a & b | !c',
        '"unbalanced',
        '"',
        '""',
        '-',
        '--Jobcenter',
        'or',
        'Jobcenter or',
        '\\',
        '\\\\x00',
        '(Jobcenter',
        '<->',
        'Ju\u0308lich',
        '🎉🎉 Jobcenter',
        'שלום עולם',
        'مرحبا',
        '\u202Eretnecboj',
        'Ostseejobcenter\u0301',
        '%_',
        '$1',
      ];
      for (const q of inputs) {
        for (const path of ['/api/search?q=', '/api/search/suggest?q=']) {
          const response = await as['fachkraft.biberach'].get(`${path}${encodeURIComponent(q)}`);
          if (response.status !== 200)
            throw new Error(`${path}${q} → ${response.status}: ${await response.text()}`);
        }
      }
      // Combining umlauts are composed: „Ostseejobcenter stärken“ typed with U+0308.
      expect((await search(as['fachkraft.biberach'], 'sta\u0308rken Ostseejobcenter')).total).toBe(1);
    });
  });

  describe('analytics', () => {
    it('counts queries per day without persons, including those without results', async () => {
      await search(as['fachkraft.biberach'], 'Zebrastreifen');
      await search(as['fachkraft.offenbach'], 'zebrastreifen');
      for (let i = 0; i < 10; i++)
        await search(as['fachkraft.offenbach'], i % 2 ? 'Kleiderkammer' : 'KLEIDERKAMMER');
      const report = await json<SearchAnalyticsDto>(
        await coordinator().get('/api/search/analytics?days=365'),
        200,
      );
      expect(report.queriesWithoutResults).toContainEqual({
        query: 'zebrastreifen',
        searches: 2,
        withoutResults: 2,
      });
      expect(report.topQueries[0]).toEqual({ query: 'kleiderkammer', searches: 10, withoutResults: 0 });
      const columns: { column_name: string }[] = await testApp.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'search_query_stats'`,
      );
      expect(columns.map((c) => c.column_name).sort()).toEqual([
        'day',
        'query',
        'searches',
        'without_results',
      ]);
    });
  });
});
