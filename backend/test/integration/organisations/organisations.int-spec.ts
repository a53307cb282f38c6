import type { OrganisationListDto, OrganisationProfileDto, ProblemDto } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

describe('organisations directory API', () => {
  let testApp: TestApp;
  let client: HttpClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    client = (await signIn(testApp.baseUrl, 'fachkraft.biberach')).client;
  });
  afterAll(() => testApp.close());

  async function list(query: string): Promise<OrganisationListDto> {
    const response = await client.get(`/api/organisations${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as OrganisationListDto;
  }

  it('lists the seeded network alphabetically, cursor-paginated without gaps or repeats', async () => {
    const first = await list('?limit=10');
    expect(first.total).toBe(55);
    expect(first.items).toHaveLength(10);
    const seen = first.items.map((organisation) => organisation.name);
    let cursor = first.nextCursor;
    while (cursor) {
      const next = await list(`?limit=10&cursor=${cursor}`);
      seen.push(...next.items.map((organisation) => organisation.name));
      cursor = next.nextCursor;
    }
    expect(seen).toHaveLength(55);
    expect(new Set(seen).size).toBe(55);
    const all = await list('?limit=100');
    expect(all.items.map((organisation) => organisation.name)).toEqual(seen);
    expect(all.nextCursor).toBeNull();
  });

  it('filters by category', async () => {
    const cities = await list('?category=Kreisfreie%20Stadt&limit=100');
    expect(cities.items.length).toBeGreaterThan(0);
    expect(cities.items.every((organisation) => organisation.category === 'Kreisfreie Stadt')).toBe(true);
    expect(cities.total).toBe(cities.items.length);
  });

  it('filters by Bundesland and kind and searches by name', async () => {
    const hessen = await list('?state=Hessen&limit=100');
    expect(hessen.items.every((organisation) => organisation.state === 'Hessen')).toBe(true);
    expect(hessen.items.map((organisation) => organisation.name)).toContain('Kreis Offenbach');
    const verbaende = await list('?kind=verband');
    expect(verbaende.items.map((organisation) => organisation.name).sort()).toEqual([
      'Deutscher Landkreistag',
      'Deutscher Städtetag',
    ]);
    const search = await list('?q=offenbach');
    expect(search.items.map((organisation) => organisation.name)).toEqual([
      'Kreis Offenbach',
      'Stadt Offenbach am Main',
    ]);
  });

  it('treats LIKE wildcards and SQL in the search literally', async () => {
    expect((await list('?q=%25')).total).toBe(0);
    expect((await list('?q=_')).total).toBe(0);
    expect((await list(`?q=${encodeURIComponent("' OR 1=1 --")}`)).total).toBe(0);
  });

  it('returns one organisation with its details, and 404 for unknown or malformed ids', async () => {
    const { items } = await list('?q=Biberach');
    const detail = await client.get(`/api/organisations/${items[0]!.id}`);
    expect(detail.status).toBe(200);
    const profile = (await detail.json()) as OrganisationProfileDto;
    expect(profile.category).toBe('Landkreis');
    expect(profile.mayEdit).toBe(false);
    expect(profile.activity).toEqual(expect.objectContaining({ practices: expect.any(Array) }));
    expect((await client.get('/api/organisations/6f1c2d3e-0000-4000-8000-000000000000')).status).toBe(404);
    const malformed = await client.get('/api/organisations/not-a-uuid');
    expect(malformed.status).toBe(404);
    expect(((await malformed.json()) as ProblemDto).title).toBe('Nicht gefunden.');
  });

  it.each([
    ['?state=Atlantis', 'state'],
    ['?kind=verein', 'kind'],
    ['?limit=1000', 'limit'],
    ['?limit=0', 'limit'],
    ['?limit=abc', 'limit'],
    ['?category=Dorf', 'category'],
    ['?cursor=%3Cscript%3E', 'cursor'],
    [`?cursor=${Buffer.from('kaputt|Name').toString('base64url')}`, 'cursor'],
    [`?q=${'x'.repeat(101)}`, 'q'],
    ['?unknown=1', 'unknown'],
  ])('rejects %s with a German field error', async (query, field) => {
    const response = await client.get(`/api/organisations${query}`);
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const problem = (await response.json()) as ProblemDto;
    expect(problem.title).toBe('Die Eingaben sind nicht gültig.');
    expect(Object.keys(problem.errors ?? {})).toContain(field);
    expect(JSON.stringify(problem)).not.toMatch(/must|should|Error:|at \w+ \(/);
  });

  it('ignores repeated query parameters instead of failing', async () => {
    const response = await client.get('/api/organisations?state=Hessen&state=Bayern');
    expect([200, 400]).toContain(response.status);
  });
});
