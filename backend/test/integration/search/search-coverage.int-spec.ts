import {
  EVERYONE,
  type AudienceDto,
  type CreatePracticeRequest,
  type EventDto,
  type MeDto,
  type NewsAttachmentDto,
  type NewsDto,
  type PracticeDto,
  type PracticeFilesViewDto,
  type ResourceCollectionDto,
  type ResourceDto,
  type ResourceFileDto,
  type SaveResourceRequest,
  type TaxonomyListDto,
} from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import {
  EXTRACT_FILE_JOB,
  SearchExtractionService,
} from '../../../src/modules/search/extraction/search-extraction.service';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { fileForm, imageOnlyPdf, json, search, suggest, textDocx, titles } from './search-support';

// Uploads and text extraction take a while on a busy machine.
jest.setTimeout(120_000);

const LOGINS: DemoLogin[] = [
  'koordination.dlt',
  'redaktion.biberach',
  'fachkraft.biberach',
  'fachkraft.offenbach',
  'redaktion.offenbach',
];

/**
 * Issue 6, what the other search suites left open: resource collections as a type, the
 * resources' publication date, file text of resources and practices (and the editors' note on
 * scanned PDFs), facets and suggestions per type, the organisation and period filters, and
 * freshness of events and resources after each kind of change.
 */
describe('search: collections, resource dates, files, filters, hidden facets, freshness', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  let offenbachId: string;
  let taxonomies: TaxonomyListDto;
  let topicId: string;
  const onlyOffenbach = (): AudienceDto => ({ states: [], organisationIds: [offenbachId], roles: [] });
  const coordinator = () => as['koordination.dlt'];

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    offenbachId = (await json<MeDto>(await as['fachkraft.offenbach'].get('/api/me'), 200)).organisation!.id;
    taxonomies = await json<TaxonomyListDto>(await as['fachkraft.biberach'].get('/api/taxonomies'), 200);
    topicId = taxonomies.items.find((item) => item.key === 'ressourcen-themen')!.terms[0]!.id;
  }, 120_000);
  afterAll(() => testApp.close());

  function resourceBody(title: string, overrides: Partial<SaveResourceRequest> = {}): SaveResourceRequest {
    return {
      kind: 'guide',
      title,
      description: `Beschreibung zu ${title}`,
      url: null,
      providerName: 'Testanbieter',
      publishedOn: '2024-05-01',
      topicIds: [topicId],
      audience: EVERYONE,
      ...overrides,
    };
  }
  const createResource = async (title: string, overrides: Partial<SaveResourceRequest> = {}) =>
    json<ResourceDto>(await coordinator().post('/api/resources', resourceBody(title, overrides)), 201);
  const updateResource = async (
    resource: ResourceDto,
    title: string,
    overrides: Partial<SaveResourceRequest>,
  ) =>
    json<ResourceDto>(
      await coordinator().request('PUT', `/api/resources/${resource.id}`, {
        body: { ...resourceBody(title, overrides), version: resource.version },
      }),
      200,
    );

  function eventBody(title: string, audience: AudienceDto, place = 'Kassel') {
    return {
      title,
      description: `Programm: ${title}`,
      startsAt: '2026-09-01T08:00:00.000Z',
      endsAt: '2026-09-01T15:00:00.000Z',
      allDay: false,
      place,
      audience,
    };
  }

  describe('resource collections („Sammlung“)', () => {
    it('are found by title and intro, with their path, type facet and type filter', async () => {
      const collection = await json<ResourceCollectionDto>(
        await coordinator().post('/api/resource-collections', {
          title: 'Einstieg Brachvogelakte',
          intro: 'Alles für den Start mit der Kiebitzablage.',
        }),
        201,
      );
      const byTitle = await search(as['fachkraft.biberach'], 'Brachvogelakte');
      expect(byTitle.results.map((r) => [r.type, r.title, r.path])).toEqual([
        ['resource-collection', 'Einstieg Brachvogelakte', `/digitalisierung/sammlungen/${collection.id}`],
      ]);
      expect(byTitle.facets.types).toEqual([{ key: 'resource-collection', label: 'Sammlung', count: 1 }]);
      expect(titles(await search(as['fachkraft.offenbach'], 'Kiebitzablage'))).toEqual([
        'Einstieg Brachvogelakte',
      ]);
      expect(
        (await search(as['fachkraft.biberach'], 'Kiebitzablage', '&type=resource-collection')).total,
      ).toBe(1);
      expect((await search(as['fachkraft.biberach'], 'Kiebitzablage', '&type=resource')).total).toBe(0);
      expect((await suggest(as['fachkraft.biberach'], 'Brachvog')).suggestions.map((s) => s.title)).toEqual([
        'Einstieg Brachvogelakte',
      ]);
    });

    it('follow an edit and a deletion at once', async () => {
      const collection = await json<ResourceCollectionDto>(
        await coordinator().post('/api/resource-collections', { title: 'Sammlung Rohrdommel', intro: '' }),
        201,
      );
      expect((await search(as['fachkraft.biberach'], 'Rohrdommel')).total).toBe(1);
      await json<ResourceCollectionDto>(
        await coordinator().request('PUT', `/api/resource-collections/${collection.id}`, {
          body: { title: 'Sammlung Wiedehopf', intro: 'Für Einsteigerinnen im Schwarzspecht-Verfahren.' },
        }),
        200,
      );
      expect((await search(as['fachkraft.biberach'], 'Rohrdommel')).total).toBe(0);
      expect(titles(await search(as['fachkraft.biberach'], 'Schwarzspecht'))).toEqual(['Sammlung Wiedehopf']);
      expect(
        (await coordinator().request('DELETE', `/api/resource-collections/${collection.id}`)).status,
      ).toBe(204);
      expect((await search(as['fachkraft.biberach'], 'Wiedehopf')).total).toBe(0);
    });
  });

  describe('resources are dated by their publication date', () => {
    it('sorts, shows and filters by published_on (Berlin days), falling back to creation', async () => {
      const older = await createResource('Handreichung Goldammer alt', { publishedOn: '2017-06-01' });
      const newer = await createResource('Handreichung Goldammer neu', { publishedOn: '2019-03-04' });
      const undated = await createResource('Handreichung Goldammer ohne Datum', { publishedOn: null });
      // Added to the portal in the opposite order of their publication.
      const byDate = await search(as['fachkraft.biberach'], 'Goldammer', '&sort=date');
      expect(byDate.results.map((r) => [r.title, r.date])).toEqual([
        ['Handreichung Goldammer ohne Datum', undated.createdAt],
        ['Handreichung Goldammer neu', '2019-03-03T23:00:00.000Z'],
        ['Handreichung Goldammer alt', '2017-05-31T22:00:00.000Z'],
      ]);
      const period = (from: string, to: string) =>
        search(as['fachkraft.biberach'], 'Goldammer', `&from=${from}&to=${to}`).then(titles);
      expect(await period('2019-03-04', '2019-03-04')).toEqual([newer.title]);
      // Midnight in Berlin is still the day before in UTC: the filter counts Berlin days.
      expect(await period('2019-03-03', '2019-03-03')).toEqual([]);
      expect(await period('2017-01-01', '2017-12-31')).toEqual([older.title]);
    });
  });

  describe('text inside files', () => {
    it('finds a word inside a resource file and tells the coordination which file has no text', async () => {
      const resource = await createResource('Material Zilpzalp');
      const upload = async (name: string, content: Buffer) =>
        json<ResourceFileDto>(
          await coordinator().request('POST', `/api/resources/${resource.id}/files`, {
            body: fileForm(name, content),
          }),
          201,
        );
      await upload('Leitfaden.docx', textDocx(['Aktenvernichtungsprotokoll nach Aufbewahrungsfrist']));
      const scan = await upload('Scan.pdf', await imageOnlyPdf());
      expect(scan.textMissing).toBe(false);
      await testApp.app.get(JobQueue).drained([EXTRACT_FILE_JOB], 60_000);
      await testApp.app.get(SearchExtractionService).run();

      const found = await search(as['fachkraft.offenbach'], 'Aktenvernichtungsprotokoll');
      expect(found.results.map((r) => [r.type, r.title, r.matchedFile])).toEqual([
        ['resource', 'Material Zilpzalp', 'Leitfaden.docx'],
      ]);
      const forCoordination = await json<ResourceDto>(
        await coordinator().get(`/api/resources/${resource.id}`),
        200,
      );
      expect(forCoordination.files.map((file) => [file.name, file.textMissing])).toEqual([
        ['Leitfaden.docx', false],
        ['Scan.pdf', true],
      ]);
      // Readers cannot edit the resource: nothing to act on, so nothing is told.
      const forReader = await json<ResourceDto>(
        await as['fachkraft.biberach'].get(`/api/resources/${resource.id}`),
        200,
      );
      expect(forReader.files.map((file) => file.textMissing)).toEqual([null, null]);
    });

    it('finds a word inside a practice attachment once the practice is published', async () => {
      const term = (label: string) =>
        taxonomies.items.flatMap((t) => t.terms).find((candidate) => candidate.label === label)!.id;
      const body: CreatePracticeRequest = {
        title: 'Lotsendienst Uferschwalbe',
        summary: 'Kurz: Lotsendienst',
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
      };
      const author = as['fachkraft.biberach'];
      const step = async (client: HttpClient, practice: PracticeDto, action: string) =>
        json<PracticeDto>(
          await client.post(`/api/practices/${practice.id}/${action}`, { version: practice.version }),
          200,
        );
      const draft = await json<PracticeDto>(await author.post('/api/practices', body), 201);
      const attach = async (name: string, content: Buffer) =>
        json<PracticeFilesViewDto>(
          await author.request('POST', `/api/practices/${draft.id}/attachments`, {
            body: fileForm(name, content),
          }),
          201,
        );
      await attach('Konzept.docx', textDocx(['Quartiersbegehungsplan mit Ehrenamtlichen']));
      const attached = await attach('Scan.pdf', await imageOnlyPdf());
      // The author edits the draft: told, but the search has not read the files yet.
      expect(attached.attachments.map((file) => file.textMissing)).toEqual([false, false]);
      const current = await json<PracticeDto>(await author.get(`/api/practices/${draft.id}`), 200);
      await step(as['redaktion.biberach'], await step(author, current, 'submit'), 'publish');
      await testApp.app.get(SearchExtractionService).run();
      const found = await search(as['fachkraft.offenbach'], 'Quartiersbegehungsplan');
      expect(found.results.map((r) => [r.type, r.title, r.matchedFile])).toEqual([
        ['practice', 'Lotsendienst Uferschwalbe', 'Konzept.docx'],
      ]);

      // The editorial office may edit the published entry: it is told which file has no text.
      const attachmentsFor = async (client: HttpClient) =>
        (await json<PracticeDto>(await client.get(`/api/practices/${draft.id}`), 200)).attachments.map(
          (file) => [file.name, file.textMissing],
        );
      expect(await attachmentsFor(as['redaktion.biberach'])).toEqual([
        ['Konzept.docx', false],
        ['Scan.pdf', true],
      ]);
      // Readers cannot edit the entry: nothing to act on, so nothing is told.
      expect(await attachmentsFor(as['fachkraft.offenbach'])).toEqual([
        ['Konzept.docx', null],
        ['Scan.pdf', null],
      ]);
    });

    it('tells the editors of a news item which attachment has no text, and nobody else', async () => {
      const editor = as['redaktion.biberach'];
      const biberachId = (await json<MeDto>(await editor.get('/api/me'), 200)).organisation!.id;
      const item = await json<NewsDto>(
        await editor.post('/api/news', {
          title: 'Neuigkeit Bergfink',
          teaser: 'Kurz',
          body: 'Text',
          category: 'netzwerk',
          // Editors publish for their own Jobcenter only.
          audience: { states: [], organisationIds: [biberachId], roles: [] },
        }),
        201,
      );
      const attach = async (name: string, content: Buffer) =>
        json<NewsAttachmentDto>(
          await editor.request('POST', `/api/news/${item.id}/attachments`, {
            body: fileForm(name, content),
          }),
          201,
        );
      await attach('Protokoll.docx', textDocx(['Streuobstwiesenpflegeplan im Frühjahr']));
      expect((await attach('Scan.pdf', await imageOnlyPdf())).textMissing).toBe(false);
      await json<NewsDto>(await editor.post(`/api/news/${item.id}/publish`, { version: item.version }), 200);
      await testApp.app.get(JobQueue).drained([EXTRACT_FILE_JOB], 60_000);
      await testApp.app.get(SearchExtractionService).run();
      expect((await search(as['fachkraft.biberach'], 'Streuobstwiesenpflegeplan')).total).toBe(1);

      const attachmentsFor = async (client: HttpClient) =>
        (await json<NewsDto>(await client.get(`/api/news/${item.id}`), 200)).attachments.map((file) => [
          file.name,
          file.textMissing,
        ]);
      const told = [
        ['Protokoll.docx', false],
        ['Scan.pdf', true],
      ];
      // The item's author and the coordination may edit it.
      expect(await attachmentsFor(editor)).toEqual(told);
      expect(await attachmentsFor(coordinator())).toEqual(told);
      // Readers cannot edit it: nothing to act on, so nothing is told.
      expect(await attachmentsFor(as['fachkraft.biberach'])).toEqual([
        ['Protokoll.docx', null],
        ['Scan.pdf', null],
      ]);
    });
  });

  describe('nothing outside the audience leaks through facets, suggestions or „Meinten Sie“', () => {
    beforeAll(async () => {
      await json<EventDto>(
        await coordinator().post('/api/events', eventBody('Fachtag Pirolwald', onlyOffenbach())),
        201,
      );
      await createResource('Leitfaden Pirolwald', { audience: onlyOffenbach() });
    });

    it('events and resources of another audience: no total, facet, suggestion or correction', async () => {
      const hidden = await search(as['fachkraft.biberach'], 'Pirolwald');
      expect(hidden.total).toBe(0);
      expect(hidden.facets).toEqual({ types: [], states: [], terms: [] });
      expect((await suggest(as['fachkraft.biberach'], 'Pirolw')).suggestions).toEqual([]);
      expect((await search(as['fachkraft.biberach'], 'Pirolwalt')).didYouMean).toBeNull();

      const visible = await search(as['fachkraft.offenbach'], 'Pirolwald');
      expect(visible.facets.types.map((t) => [t.key, t.count]).sort()).toEqual([
        ['event', 1],
        ['resource', 1],
      ]);
      expect((await suggest(as['fachkraft.offenbach'], 'Pirolw')).suggestions).toHaveLength(2);
    });

    it('a person who opted out of the directory is neither suggested nor counted', async () => {
      const me = await json<MeDto>(await as['redaktion.offenbach'].get('/api/me'), 200);
      const profile = (directoryOptOut: boolean) =>
        as['redaktion.offenbach'].request('PUT', '/api/me/directory-profile', {
          body: { directoryOptOut, jobTitle: null, phone: null, topics: [] },
        });
      const personCount = async () =>
        (await search(as['fachkraft.biberach'], me.displayName, '&type=person')).facets.types.find(
          (t) => t.key === 'person',
        )?.count ?? 0;
      const suggested = async () =>
        (await suggest(as['fachkraft.biberach'], me.displayName)).suggestions.map((s) => s.id);
      const before = await personCount();
      expect(await suggested()).toContain(me.id);
      expect((await profile(true)).status).toBe(200);
      try {
        expect(await suggested()).not.toContain(me.id);
        expect(await personCount()).toBe(before - 1);
      } finally {
        expect((await profile(false)).status).toBe(200);
      }
    });
  });

  describe('filters', () => {
    it('filters by organisation', async () => {
      const offenbachNews = await json<NewsDto>(
        await as['redaktion.offenbach'].post('/api/news', {
          title: 'Lerchenwiese in Offenbach',
          teaser: 'Kurz',
          body: 'Text',
          category: 'netzwerk',
          // Editors publish for their own Jobcenter only.
          audience: onlyOffenbach(),
        }),
        201,
      );
      await json<NewsDto>(
        await as['redaktion.offenbach'].post(`/api/news/${offenbachNews.id}/publish`, {
          version: offenbachNews.version,
        }),
        200,
      );
      await createResource('Lerchenwiese im Netzwerk');
      await createResource('Lerchenwiese aus Offenbach', {
        providerName: '',
        providerOrganisationId: offenbachId,
      });
      expect((await search(as['fachkraft.offenbach'], 'Lerchenwiese')).total).toBe(3);
      const filtered = await search(
        as['fachkraft.offenbach'],
        'Lerchenwiese',
        `&organisationId=${offenbachId}`,
      );
      expect(titles(filtered).sort()).toEqual(['Lerchenwiese aus Offenbach', 'Lerchenwiese in Offenbach']);
    });
  });

  describe('freshness after every kind of change', () => {
    it('events: edit, audience change, delete', async () => {
      const event = await json<EventDto>(
        await coordinator().post('/api/events', eventBody('Werkstatt Neuntöter', EVERYONE)),
        201,
      );
      expect((await search(as['fachkraft.biberach'], 'Neuntöter')).total).toBe(1);
      const put = async (version: number, title: string, audience: AudienceDto) =>
        json<EventDto>(
          await coordinator().request('PUT', `/api/events/${event.id}`, {
            body: { ...eventBody(title, audience), version },
          }),
          200,
        );
      const renamed = await put(event.version, 'Werkstatt Bachstelze', EVERYONE);
      expect((await search(as['fachkraft.biberach'], 'Neuntöter')).total).toBe(0);
      expect((await search(as['fachkraft.biberach'], 'Bachstelze')).total).toBe(1);
      await put(renamed.version, 'Werkstatt Bachstelze', onlyOffenbach());
      expect((await search(as['fachkraft.biberach'], 'Bachstelze')).total).toBe(0);
      expect((await search(as['fachkraft.offenbach'], 'Bachstelze')).total).toBe(1);
      // Events have no delete route; a deletion (e.g. by an operator) still leaves the index at once.
      await testApp.dataSource.query(`DELETE FROM events WHERE id = $1`, [event.id]);
      expect((await search(as['fachkraft.offenbach'], 'Bachstelze')).total).toBe(0);
    });

    it('resources: edit, topic change, audience change, delete', async () => {
      const topics = taxonomies.items.find((item) => item.key === 'ressourcen-themen')!.terms;
      const created = await createResource('Checkliste Schafstelze', { topicIds: [topics[0]!.id] });
      expect((await search(as['fachkraft.biberach'], 'Schafstelze')).total).toBe(1);
      const renamed = await updateResource(created, 'Checkliste Wasseramsel', { topicIds: [topics[1]!.id] });
      expect((await search(as['fachkraft.biberach'], 'Schafstelze')).total).toBe(0);
      const found = await search(as['fachkraft.biberach'], 'Wasseramsel');
      expect(found.facets.terms.map((t) => t.label)).toEqual([topics[1]!.label]);
      await updateResource(renamed, 'Checkliste Wasseramsel', {
        topicIds: [topics[1]!.id],
        audience: onlyOffenbach(),
      });
      expect((await search(as['fachkraft.biberach'], 'Wasseramsel')).total).toBe(0);
      expect((await search(as['fachkraft.offenbach'], 'Wasseramsel')).total).toBe(1);
      expect((await coordinator().request('DELETE', `/api/resources/${created.id}`)).status).toBe(204);
      expect((await search(as['fachkraft.offenbach'], 'Wasseramsel')).total).toBe(0);
    });
  });
});
