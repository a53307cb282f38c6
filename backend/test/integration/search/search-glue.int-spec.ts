import {
  EVERYONE,
  RESOURCE_KIND_LABELS,
  type EventDto,
  type MeDto,
  type NewsDto,
  type OrganisationProfileDto,
  type ResourceDto,
  type SaveResourceRequest,
  type TaxonomyListDto,
} from '@portal/contracts';
import { SearchDependentChanges1796610000010 } from '../../../src/core/database/migrations/1796610000010-search-dependent-changes';
import { checkSearchIndex } from '../../../src/modules/search/search-consistency';
import { eventually } from '../../support/eventually';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json, search, titles } from './search-support';

jest.setTimeout(120_000);

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'fachkraft.biberach',
  'fachkraft.offenbach',
  'redaktion.offenbach',
];

/** Types added to the index after the search itself: resources, and the directory opt-out of persons. */
describe('search: resources and the directory opt-out', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  let offenbachId: string;
  let networkId: string;
  let networkName: string;
  let network: MeDto['organisation'] & object;
  let topicId: string;
  let taxonomies: TaxonomyListDto;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    offenbachId = (await json<MeDto>(await as['fachkraft.offenbach'].get('/api/me'), 200)).organisation!.id;
    network = (await json<MeDto>(await as['koordination.dlt'].get('/api/me'), 200)).organisation!;
    networkId = network.id;
    networkName = network.name;
    taxonomies = await json<TaxonomyListDto>(await as['fachkraft.biberach'].get('/api/taxonomies'), 200);
    topicId = taxonomies.items.find((item) => item.key === 'ressourcen-themen')!.terms[0]!.id;
  }, 120_000);
  afterAll(() => testApp.close());

  function resource(title: string, overrides: Partial<SaveResourceRequest> = {}): SaveResourceRequest {
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

  describe('resources', () => {
    it('finds a published resource, with its label and library path', async () => {
      const created = await json<ResourceDto>(
        await as['koordination.dlt'].post('/api/resources', resource('Leitfaden Zaunkönigverfahren')),
        201,
      );
      const result = await search(as['fachkraft.biberach'], 'Zaunkönigverfahren');
      expect(result.results.map((r) => [r.type, r.title, r.path])).toEqual([
        ['resource', 'Leitfaden Zaunkönigverfahren', `/digitalisierung/${created.id}`],
      ]);
      expect(result.facets.types).toEqual([{ key: 'resource', label: 'Ressource', count: 1 }]);
      const filtered = await search(as['fachkraft.biberach'], 'Zaunkönigverfahren', '&type=resource');
      expect(filtered.total).toBe(1);
    });

    it('never finds a suggestion waiting for review, not even for the coordination', async () => {
      await json<ResourceDto>(
        await as['fachkraft.biberach'].post('/api/resources/suggestions', {
          kind: 'tool',
          title: 'Vorschlag Eisvogelportal',
          description: 'Noch nicht geprüft.',
          providerName: 'Jobcenter Landkreis Biberach',
          topicIds: [topicId],
        }),
        201,
      );
      expect((await search(as['koordination.dlt'], 'Eisvogelportal')).total).toBe(0);
      expect((await search(as['fachkraft.biberach'], 'Eisvogelportal')).total).toBe(0);
    });

    it('respects the audience of a resource', async () => {
      await json<ResourceDto>(
        await as['koordination.dlt'].post(
          '/api/resources',
          resource('Handreichung Kranichschulung', {
            audience: { states: [], organisationIds: [offenbachId], roles: [] },
          }),
        ),
        201,
      );
      expect(titles(await search(as['fachkraft.biberach'], 'Kranichschulung'))).toEqual([]);
      expect(titles(await search(as['fachkraft.offenbach'], 'Kranichschulung'))).toEqual([
        'Handreichung Kranichschulung',
      ]);
    });
  });

  describe('resource text beyond title and description', () => {
    const term = (label: string) =>
      taxonomies.items
        .find((item) => item.key === 'ressourcen-themen')!
        .terms.find((candidate) => candidate.label === label)!.id;
    let created: ResourceDto;

    beforeAll(async () => {
      created = await json<ResourceDto>(
        await as['koordination.dlt'].post(
          '/api/resources',
          resource('Handbuch Seidenreiher', {
            kind: 'template',
            providerName: '',
            providerOrganisationId: networkId,
            topicIds: [term('Videoberatung')],
          }),
        ),
        201,
      );
    });

    it('finds a resource by the name of its provider organisation (provider_name is empty then)', async () => {
      // The last word of the name (e.g. „Landkreistag“), as someone would type it.
      const word = networkName.split(' ').at(-1)!;
      expect(titles(await search(as['fachkraft.biberach'], `${word} Seidenreiher`))).toEqual([
        'Handbuch Seidenreiher',
      ]);
    });

    it('finds a resource by its kind label and its topic label, below a title match', async () => {
      expect(titles(await search(as['fachkraft.biberach'], 'Vorlage Seidenreiher'))).toEqual([
        'Handbuch Seidenreiher',
      ]);
      expect(titles(await search(as['fachkraft.biberach'], 'Videoberatung Seidenreiher'))).toEqual([
        'Handbuch Seidenreiher',
      ]);
      const [weights]: { title: string; body: string }[] = await testApp.dataSource.query(
        `SELECT ts_filter(search_vector, '{a}')::text AS title, ts_filter(search_vector, '{c}')::text AS body
           FROM search_documents WHERE type = 'resource' AND source_id = $1`,
        [created.id],
      );
      expect(weights?.title).not.toContain('vorlag');
      expect(weights?.body).toContain('vorlag');
      expect(weights?.body).toContain('videoberat');
    });

    it('finds the demo E-Akte guide by „Landkreistag“, the provider its card shows', async () => {
      expect(titles(await search(as['fachkraft.biberach'], 'Landkreistag', '&type=resource'))).toContain(
        'E-Akte im Jobcenter einführen: Leitfaden für die ersten 100 Tage',
      );
    });

    it('uses the contract label of every kind (the view spells them out)', async () => {
      for (const [kind, label] of Object.entries(RESOURCE_KIND_LABELS)) {
        await testApp.dataSource.query(`UPDATE resources SET kind = $2 WHERE id = $1`, [created.id, kind]);
        const [row]: { body: string }[] = await testApp.dataSource.query(
          `SELECT body FROM search_documents WHERE type = 'resource' AND source_id = $1`,
          [created.id],
        );
        expect(row?.body.split('\n')[0]).toBe(label);
      }
      await testApp.dataSource.query(`UPDATE resources SET kind = 'template' WHERE id = $1`, [created.id]);
    });

    it('finds it by the new name of a renamed topic at once, no longer by the old one', async () => {
      const rename = (label: string) =>
        as['koordination.dlt'].request('PUT', `/api/taxonomies/terms/${term('Videoberatung')}`, {
          body: { label },
        });
      expect((await rename('Bildtelefonie')).status).toBe(200);
      try {
        expect(titles(await search(as['fachkraft.biberach'], 'Bildtelefonie Seidenreiher'))).toEqual([
          'Handbuch Seidenreiher',
        ]);
        expect((await search(as['fachkraft.biberach'], 'Videoberatung Seidenreiher')).total).toBe(0);
      } finally {
        expect((await rename('Videoberatung')).status).toBe(200);
      }
    });
  });

  describe('organisation changes', () => {
    it("a changed Land (and name) moves the organisation's news, events and resources at once", async () => {
      const news = await json<NewsDto>(
        await as['redaktion.offenbach'].post('/api/news', {
          title: 'Neuigkeit Löffelente',
          teaser: 'Kurz',
          body: 'Text',
          category: 'netzwerk',
          // Editors publish for their own Jobcenter only.
          audience: { states: [], organisationIds: [offenbachId], roles: [] },
        }),
        201,
      );
      await json<NewsDto>(
        await as['redaktion.offenbach'].post(`/api/news/${news.id}/publish`, { version: news.version }),
        200,
      );
      await json<EventDto>(
        await as['koordination.dlt'].post('/api/events', {
          title: 'Termin Löffelente',
          description: 'Austausch',
          startsAt: '2026-06-01T08:00:00.000Z',
          endsAt: '2026-06-01T15:00:00.000Z',
          allDay: false,
          place: 'Dietzenbach',
          organisationId: offenbachId,
          audience: EVERYONE,
        }),
        201,
      );
      await json<ResourceDto>(
        await as['koordination.dlt'].post(
          '/api/resources',
          resource('Arbeitshilfe Löffelente', { providerName: '', providerOrganisationId: offenbachId }),
        ),
        201,
      );
      const types = async (extra: string) =>
        (await search(as['fachkraft.offenbach'], 'Löffelente', extra)).results.map((r) => r.type).sort();
      const ALL = ['event', 'news', 'resource'];
      expect(await types('&state=Hessen')).toEqual(ALL);

      const profile = async () =>
        json<OrganisationProfileDto>(await as['admin'].get(`/api/organisations/${offenbachId}`), 200);
      const before = await profile();
      const change = async (body: object) =>
        json<OrganisationProfileDto>(
          await as['admin'].request('PATCH', `/api/organisations/${offenbachId}`, {
            body: { version: (await profile()).version, ...body },
          }),
          200,
        );
      await change({ state: 'Bayern', name: 'Jobcenter Kreis Offenbach Trauerschnäpper' });
      try {
        expect(await types('&state=Bayern')).toEqual(ALL);
        expect(await types('&state=Hessen')).toEqual([]);
        expect(
          titles(await search(as['fachkraft.offenbach'], 'Trauerschnäpper Löffelente', '&type=resource')),
        ).toEqual(['Arbeitshilfe Löffelente']);
        // A profile edit that leaves Land and name alone re-indexes none of them.
        const indexed = async () =>
          (
            await testApp.dataSource.query(
              `SELECT max(indexed_at) AS at FROM search_documents WHERE type IN ('news', 'event', 'resource')
                 AND organisation_id = $1`,
              [offenbachId],
            )
          )[0].at as Date;
        // The news notifier marks the item notified in the background; that update re-indexes it.
        await expect(
          eventually(
            async () =>
              (await testApp.dataSource.query('SELECT notified_at FROM news WHERE id = $1', [news.id]))[0]
                .notified_at !== null,
            15_000,
          ),
        ).resolves.toBe(true);
        const lastIndexed = await indexed();
        await change({ description: 'Neue Beschreibung' });
        expect(await indexed()).toEqual(lastIndexed);
      } finally {
        await change({ state: before.state, name: before.name, description: before.description });
      }
      expect(await types('&state=Hessen')).toEqual(ALL);
      expect(await types('&state=Bayern')).toEqual([]);
    });
    it('a merged organisation is no longer found, only the one it went into', async () => {
      const create = async (name: string) =>
        json<OrganisationProfileDto>(
          await as['admin'].post('/api/admin/organisations', {
            name,
            kind: 'jobcenter',
            state: 'Sachsen',
            category: 'Landkreis',
          }),
          201,
        );
      const source = await create('Jobcenter Rohrdommelkreis');
      const target = await create('Jobcenter Zwergtaucherkreis');
      const found = async (q: string) =>
        titles(await search(as['fachkraft.biberach'], q, '&type=organisation'));
      expect(await found('Rohrdommelkreis')).toEqual(['Jobcenter Rohrdommelkreis']);
      expect(
        (await as['admin'].post(`/api/admin/organisations/${source.id}/merge`, { targetId: target.id }))
          .status,
      ).toBe(200);
      expect(await found('Rohrdommelkreis')).toEqual([]);
      expect(await found('Zwergtaucherkreis')).toEqual(['Jobcenter Zwergtaucherkreis']);
    });

    it('the migration re-indexes what went stale before it, and can be undone', async () => {
      const migration = new SearchDependentChanges1796610000010();
      const runner = testApp.dataSource.createQueryRunner();
      const stale = async () =>
        (await checkSearchIndex(testApp.dataSource, false)).filter(
          (row) => row.missing + row.orphaned + row.stale > 0,
        );
      try {
        await migration.down(runner);
        // Without the watches a changed Land leaves the coordination's news and events behind.
        await runner.query(`UPDATE organisations SET state = 'Bremen' WHERE id = $1`, [networkId]);
        expect((await stale()).map((row) => row.type)).toEqual(expect.arrayContaining(['news', 'event']));
        await migration.up(runner);
        expect(await stale()).toEqual([]);
      } finally {
        await runner.query(`UPDATE organisations SET state = $2 WHERE id = $1`, [networkId, network.state]);
        await runner.release();
      }
      expect(await stale()).toEqual([]);
    });
  });

  describe('persons', () => {
    it('does not find a person who opted out of the directory, and finds them again after opting in', async () => {
      const me = await json<MeDto>(await as['redaktion.offenbach'].get('/api/me'), 200);
      const name = me.displayName;
      const found = async () =>
        (await search(as['fachkraft.biberach'], name, '&type=person')).results.map((r) => r.title);
      expect(await found()).toContain(name);
      const profile = (directoryOptOut: boolean) =>
        as['redaktion.offenbach'].request('PUT', '/api/me/directory-profile', {
          body: { directoryOptOut, jobTitle: null, phone: null, topics: [] },
        });
      expect((await profile(true)).status).toBe(200);
      expect(await found()).not.toContain(name);
      expect((await profile(false)).status).toBe(200);
      expect(await found()).toContain(name);
    });
  });
});
