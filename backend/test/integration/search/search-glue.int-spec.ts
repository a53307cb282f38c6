import {
  EVERYONE,
  type MeDto,
  type ResourceDto,
  type SaveResourceRequest,
  type TaxonomyListDto,
} from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json, search, titles } from './search-support';

jest.setTimeout(120_000);

const LOGINS: DemoLogin[] = [
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
  let topicId: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    offenbachId = (await json<MeDto>(await as['fachkraft.offenbach'].get('/api/me'), 200)).organisation!.id;
    const taxonomies = await json<TaxonomyListDto>(
      await as['fachkraft.biberach'].get('/api/taxonomies'),
      200,
    );
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
