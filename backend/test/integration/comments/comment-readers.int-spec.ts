import { EVERYONE, type MeDto, type MentionSuggestionDto, type ResourceDto } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const LOGINS: DemoLogin[] = ['koordination.dlt', 'fachkraft.offenbach', 'fachkraft.biberach'];

/**
 * Mentions under Gute Praxis and Digitalisierung suggest only people who may read the item
 * (CommentTarget.audienceAllows through the shared `readersAmong`).
 */
describe('comments: who may be mentioned under practices and resources', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  const name = {} as Record<DemoLogin, string>;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    for (const login of LOGINS)
      name[login] = (await json<MeDto>(await as[login].get('/api/me'), 200)).displayName;
  }, 120_000);
  afterAll(() => testApp.close());

  async function suggested(client: HttpClient, type: string, id: string, person: string): Promise<boolean> {
    const query = encodeURIComponent(person.slice(0, 4));
    const people = await json<MentionSuggestionDto[]>(
      await client.get(`/api/users/mention-suggestions?q=${query}&targetType=${type}&targetId=${id}`),
      200,
    );
    return people.some((entry) => entry.displayName === person);
  }

  it('resources: only people in the audience (here: Hessen)', async () => {
    const resource = await json<ResourceDto>(
      await as['koordination.dlt'].post('/api/resources', {
        kind: 'guide',
        title: 'Leitfaden nur für Hessen',
        description: 'Beschreibung',
        url: null,
        providerName: 'Testanbieter',
        publishedOn: '2024-05-01',
        topicIds: [],
        audience: { ...EVERYONE, states: ['Hessen'] },
      }),
      201,
    );
    const coordinator = as['koordination.dlt'];
    expect(await suggested(coordinator, 'resource', resource.id, name['fachkraft.offenbach'])).toBe(true);
    expect(await suggested(coordinator, 'resource', resource.id, name['fachkraft.biberach'])).toBe(false);
  });

  it('practices: everyone for a published entry, only its readers for a draft', async () => {
    const biberach = as['fachkraft.biberach'];
    const [published, draft] = await Promise.all(
      ['published', 'draft'].map(async (status) => {
        const [row] = (await testApp.dataSource.query(
          `INSERT INTO practices (title, summary, author_id, organisation_id, status, published_at)
           SELECT $2, 'Kurz', id, organisation_id, $3, CASE WHEN $3 = 'published' THEN now() END
             FROM users WHERE display_name = $1 RETURNING id`,
          [name['fachkraft.biberach'], `Praxis ${status}`, status],
        )) as { id: string }[];
        return row!.id;
      }),
    );
    expect(await suggested(biberach, 'practice', published!, name['fachkraft.offenbach'])).toBe(true);
    expect(await suggested(biberach, 'practice', draft!, name['fachkraft.offenbach'])).toBe(false);
  });
});
