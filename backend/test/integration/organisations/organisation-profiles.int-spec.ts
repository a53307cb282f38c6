import type {
  AuditListDto,
  OrganisationListDto,
  OrganisationMemberDto,
  OrganisationProfileDto,
  OrganisationStateCountDto,
  ProblemDto,
} from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
  'leitung.offenbach',
  'redaktion.offenbach',
];

/** A 1×1 PNG. */
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

describe('organisation profiles: who may maintain which profile', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  let biberach: string;
  let offenbach: string;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
    const find = async (q: string) =>
      (
        (await (
          await as.admin.get(`/api/organisations?q=${encodeURIComponent(q)}`)
        ).json()) as OrganisationListDto
      ).items[0]!.id;
    biberach = await find('Landkreis Biberach');
    offenbach = await find('Kreis Offenbach');
  }, 120_000);
  afterAll(() => testApp.close());

  async function profile(client: HttpClient, id: string): Promise<OrganisationProfileDto> {
    const response = await client.get(`/api/organisations/${id}`);
    expect(response.status).toBe(200);
    return (await response.json()) as OrganisationProfileDto;
  }

  function patch(client: HttpClient, id: string, body: unknown): Promise<Response> {
    return client.request('PATCH', `/api/organisations/${id}`, { body });
  }

  it.each<[DemoLogin, 'own' | 'foreign', number]>([
    ['leitung.biberach', 'own', 200],
    ['redaktion.biberach', 'own', 200],
    ['leitung.biberach', 'foreign', 403],
    ['redaktion.biberach', 'foreign', 403],
    ['fachkraft.biberach', 'own', 403],
    ['koordination.dlt', 'foreign', 200],
    ['admin', 'foreign', 200],
  ])('%s edits the %s profile: %i', async (login, which, status) => {
    const id = which === 'own' ? biberach : offenbach;
    const before = await profile(as[login], id);
    expect(before.mayEdit).toBe(status === 200);
    const response = await patch(as[login], id, {
      version: before.version,
      description: `Beschreibung von ${login}`,
      openingHours: 'Mo–Fr 8–12 Uhr\r\nDo 14–17 Uhr',
    });
    expect(response.status).toBe(status);
    const after = await profile(as.admin, id);
    if (status === 200) {
      expect(after.description).toBe(`Beschreibung von ${login}`);
      expect(after.openingHours).toBe('Mo–Fr 8–12 Uhr\nDo 14–17 Uhr');
      expect(after.version).toBe(before.version + 1);
    } else {
      expect(after.description).not.toBe(`Beschreibung von ${login}`);
      expect(after.version).toBe(before.version);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
  });

  it('refuses anonymous access', async () => {
    const anonymous = new HttpClient(testApp.baseUrl);
    expect((await anonymous.get(`/api/organisations/${biberach}`)).status).toBe(401);
    expect(
      (await anonymous.request('PATCH', `/api/organisations/${biberach}`, { body: { version: 1 } })).status,
    ).toBe(401);
  });

  it('answers a stale version with 409 and writes nothing', async () => {
    const current = await profile(as['leitung.offenbach'], offenbach);
    expect(
      (await patch(as['leitung.offenbach'], offenbach, { version: current.version, phone: '069 1234' }))
        .status,
    ).toBe(200);
    const stale = await patch(as['redaktion.offenbach'], offenbach, {
      version: current.version,
      phone: '069 9999',
    });
    expect(stale.status).toBe(409);
    expect(((await stale.json()) as ProblemDto).detail).toContain('inzwischen');
    expect((await profile(as.admin, offenbach)).phone).toBe('069 1234');
  });

  it.each([
    ['website', 'javascript:alert(1)'],
    ['website', 'ftp://example.org'],
    ['website', 'data:text/html,x'],
    ['email', 'keine-adresse'],
    ['phone', '=cmd|calc'],
    ['description', 'x'.repeat(2001)],
    ['contacts', [{ topic: 'unbekannt', userId: '6f1c2d3e-0000-4000-8000-000000000000' }]],
  ])('rejects %s = %j with a German field error', async (field, value) => {
    const { version } = await profile(as.admin, biberach);
    const response = await patch(as['leitung.biberach'], biberach, { version, [field]: value });
    expect(response.status).toBe(400);
    const problem = (await response.json()) as ProblemDto;
    expect(Object.keys(problem.errors ?? {}).join()).toContain(field);
  });

  it('accepts http and https websites', async () => {
    for (const website of ['https://www.biberach.de/jobcenter', 'http://jobcenter.example.de']) {
      const { version } = await profile(as.admin, biberach);
      expect((await patch(as['leitung.biberach'], biberach, { version, website })).status).toBe(200);
      expect((await profile(as.admin, biberach)).website).toBe(website);
    }
  });

  it('leaves name, kind, Land and category to the administration', async () => {
    const { version } = await profile(as.admin, biberach);
    for (const login of ['leitung.biberach', 'koordination.dlt'] as const) {
      const response = await patch(as[login], biberach, { version, state: 'Hessen' });
      expect(response.status).toBe(403);
    }
    expect((await profile(as.admin, biberach)).state).toBe('Baden-Württemberg');
    const renamed = await patch(as.admin, biberach, {
      version,
      category: 'Landkreis',
      name: 'Landkreis Biberach',
    });
    expect(renamed.status).toBe(200);
  });

  it('names contact persons by topic, only from the organisation’s own people', async () => {
    const members = (await (
      await as['leitung.biberach'].get(`/api/organisations/${biberach}/members`)
    ).json()) as OrganisationMemberDto[];
    const leitung = members.find((member) => member.displayName.length > 0)!;
    expect((await as['leitung.biberach'].get(`/api/organisations/${offenbach}/members`)).status).toBe(403);
    expect((await as['fachkraft.biberach'].get(`/api/organisations/${biberach}/members`)).status).toBe(403);

    const { version } = await profile(as.admin, biberach);
    const ok = await patch(as['redaktion.biberach'], biberach, {
      version,
      contacts: [
        { topic: 'digitalisierung', userId: leitung.id },
        { topic: 'oeffentlichkeitsarbeit', userId: leitung.id },
      ],
    });
    expect(ok.status).toBe(200);
    const contacts = (await profile(as['fachkraft.biberach'], biberach)).contacts;
    expect(contacts.map((contact) => contact.topic).sort()).toEqual([
      'digitalisierung',
      'oeffentlichkeitsarbeit',
    ]);

    const stranger = (await (
      await as['leitung.offenbach'].get(`/api/organisations/${offenbach}/members`)
    ).json()) as OrganisationMemberDto[];
    const refused = await patch(as['redaktion.biberach'], biberach, {
      version: version + 1,
      contacts: [{ topic: 'digitalisierung', userId: stranger[0]!.id }],
    });
    expect(refused.status).toBe(400);
    expect((await profile(as.admin, biberach)).contacts).toHaveLength(2);
  });

  it('stores a logo for the own organisation that everyone can see; foreign uploads are refused', async () => {
    const form = () => {
      const data = new FormData();
      data.append('file', new Blob([new Uint8Array(PNG)], { type: 'image/png' }), 'logo.png');
      return data;
    };
    expect(
      (await as['leitung.biberach'].request('PUT', `/api/organisations/${offenbach}/logo`, { body: form() }))
        .status,
    ).toBe(403);
    expect(
      (await as['fachkraft.biberach'].request('PUT', `/api/organisations/${biberach}/logo`, { body: form() }))
        .status,
    ).toBe(403);
    const exe = new FormData();
    exe.append('file', new Blob([new Uint8Array(Buffer.from('MZ\x90\x00'))]), 'logo.png');
    expect(
      (await as['leitung.biberach'].request('PUT', `/api/organisations/${biberach}/logo`, { body: exe }))
        .status,
    ).toBe(415);
    const stored = await as['leitung.biberach'].request('PUT', `/api/organisations/${biberach}/logo`, {
      body: form(),
    });
    expect(stored.status).toBe(204);
    expect((await profile(as.admin, biberach)).hasLogo).toBe(true);
    const logo = await as['fachkraft.biberach'].get(`/api/organisations/${biberach}/logo`);
    expect(logo.status).toBe(200);
    expect(Buffer.from(await logo.arrayBuffer()).equals(PNG)).toBe(true);
    // The campaign kit reads the same logo.
    const kit = await as['leitung.biberach'].get(`/api/campaign-kit/organisations/${biberach}/logo`);
    expect(kit.status).toBe(200);
  });

  it('counts kommunale Jobcenter per Land for the map: all 16, zero included', async () => {
    const response = await as['fachkraft.biberach'].get('/api/organisations/states');
    expect(response.status).toBe(200);
    const counts = (await response.json()) as OrganisationStateCountDto[];
    expect(counts).toHaveLength(16);
    const hessen = counts.find((count) => count.state === 'Hessen')!;
    const list = (await (
      await as.admin.get('/api/organisations?state=Hessen&kind=jobcenter&limit=100')
    ).json()) as OrganisationListDto;
    expect(hessen.jobcenterCount).toBe(list.total);
    expect(hessen.jobcenterCount).toBeGreaterThan(0);
    expect(counts.find((count) => count.state === 'Bremen')?.jobcenterCount).toBe(0);
  });

  it('writes an audit entry for each profile change', async () => {
    const log = (await (
      await as.admin.get('/api/admin/audit?action=organisations.updated&limit=50')
    ).json()) as AuditListDto;
    expect(log.items.length).toBeGreaterThanOrEqual(5);
    expect(log.items.some((entry) => entry.actorName && entry.targetId === offenbach)).toBe(true);
  });
});
