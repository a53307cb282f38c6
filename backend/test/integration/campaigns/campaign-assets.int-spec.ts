import type {
  AssetDto,
  AssetListDto,
  AssetVersionDto,
  CampaignDto,
  CampaignListDto,
  CampaignRolloutDto,
  CampaignStatisticsDto,
  ProblemDto,
  SaveAssetRequest,
} from '@portal/contracts';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { readZipEntryNames } from '../../../src/core/storage/zip-entries';
import { gallerySql } from '../../../src/modules/campaigns/campaign-gallery.sql';
import { CampaignRecall } from '../../../src/modules/campaigns/campaign-recall';
import { DEMO_CAMPAIGN_ID } from '../../../src/modules/campaigns/campaigns-demo';
import { FIXTURES } from '../../support/file-fixtures';
import { HttpClient } from '../../support/http-client';
import { demoEmail, waitForMails } from '../../support/mail-inbox';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
  'fachkraft.offenbach',
];

describe('campaigns and assets: visibility, terms, versions, downloads, recall, statistics', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-03-02T09:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;
  let campaign: CampaignDto;
  let tilePng: Buffer;

  beforeAll(async () => {
    testApp = await createTestApp({}, { clock });
    await signInAll(testApp.baseUrl, LOGINS, as);
    anonymous = new HttpClient(testApp.baseUrl);
    tilePng = await sharp({ create: { width: 64, height: 64, channels: 3, background: '#B01E2D' } })
      .png()
      .toBuffer();
    campaign = (await (
      await as['leitung.biberach'].get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`)
    ).json()) as CampaignDto;
  });
  afterAll(() => testApp.close());

  const coordinator = () => as['koordination.dlt'];

  function assetRequest(title: string, change: Partial<SaveAssetRequest> = {}): SaveAssetRequest {
    return {
      campaignId: DEMO_CAMPAIGN_ID,
      title,
      description: `Beschreibung von ${title}`,
      type: 'flyer',
      tags: ['Test'],
      altText: `Flyer „${title}“`,
      availableFrom: null,
      expiresAt: null,
      roles: [],
      replacementId: null,
      ...change,
    };
  }

  async function createAsset(title: string, change: Partial<SaveAssetRequest> = {}): Promise<AssetDto> {
    const response = await coordinator().post('/api/campaign-assets', assetRequest(title, change));
    expect(response.status).toBe(201);
    return (await response.json()) as AssetDto;
  }

  function form(name: string, content: Buffer, fields: Record<string, string> = {}): FormData {
    const body = new FormData();
    for (const [key, value] of Object.entries(fields)) body.append(key, value);
    body.append('file', new Blob([new Uint8Array(content)]), name);
    return body;
  }

  async function uploadVersion(assetId: string, name: string, content: Buffer): Promise<AssetVersionDto> {
    const response = await coordinator().request('POST', `/api/campaign-assets/${assetId}/versions`, {
      body: form(name, content, { note: 'Neue Fassung' }),
    });
    expect(response.status).toBe(201);
    return (await response.json()) as AssetVersionDto;
  }

  async function publishedAsset(title: string, change: Partial<SaveAssetRequest> = {}, content = pdf(title)) {
    const asset = await createAsset(title, change);
    const version = await uploadVersion(asset.id, `${title}.pdf`, content);
    return { asset, version, file: version.files[0]!, content };
  }

  function pdf(marker: string): Buffer {
    return Buffer.concat([Buffer.from(`%PDF-1.7\n% ${marker}\n`), randomBytes(2048)]);
  }

  async function titles(client: HttpClient, query = ''): Promise<string[]> {
    const response = await client.get(`/api/campaign-assets?limit=50${query}`);
    expect(response.status).toBe(200);
    return ((await response.json()) as AssetListDto).items.map((item) => item.title);
  }

  async function accept(client: HttpClient, termsVersion = campaign.termsVersion): Promise<Response> {
    return client.post(`/api/campaigns/${DEMO_CAMPAIGN_ID}/terms-acceptance`, { termsVersion });
  }

  async function currentTermsVersion(): Promise<number> {
    return ((await (await coordinator().get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`)).json()) as CampaignDto)
      .termsVersion;
  }

  describe('demo content', () => {
    it('has the 2018 campaign with its generated material; the print original only for managers', async () => {
      const list = (await (await as['fachkraft.offenbach'].get('/api/campaigns')).json()) as CampaignListDto;
      expect(list.items.map((item) => item.name)).toContain('Kommunale Jobcenter – Stark. Sozial. Vor Ort.');
      const forManager = await titles(as['leitung.biberach'], `&campaignId=${DEMO_CAMPAIGN_ID}`);
      expect(forManager).toEqual(
        expect.arrayContaining([
          'Plakat „Stark. Sozial. Vor Ort.“ (DIN A4)',
          'Kampagnenlogo „Kommunale Jobcenter“',
          'Social-Media-Kachel „Stark. Sozial. Vor Ort.“',
          'Druckvorlage Großplakat DIN A1 (mit Beschnitt)',
        ]),
      );
      const forStaff = await titles(as['fachkraft.offenbach'], `&campaignId=${DEMO_CAMPAIGN_ID}`);
      expect(forStaff).not.toContain('Druckvorlage Großplakat DIN A1 (mit Beschnitt)');
      expect(forStaff).toHaveLength(forManager.length - 1);
      const page = (await (
        await as['leitung.biberach'].get('/api/campaign-assets?limit=50')
      ).json()) as AssetListDto;
      const logo = page.items.find((item) => item.type === 'logo')!;
      expect(logo.formats.sort()).toEqual(['png', 'svg']);
      expect(logo.altText).toContain('Logo');
      const print = page.items.find((item) => item.title.startsWith('Druckvorlage'))!;
      expect((await as['fachkraft.offenbach'].get(`/api/campaign-assets/${print.id}`)).status).toBe(404);
      expect((await as['redaktion.biberach'].get(`/api/campaign-assets/${print.id}`)).status).toBe(404);
      expect((await as['leitung.biberach'].get(`/api/campaign-assets/${print.id}`)).status).toBe(200);
    });
  });

  describe('every endpoint × role', () => {
    let asset: AssetDto;
    let fileId: string;

    beforeAll(async () => {
      const published = await publishedAsset('Rechte-Matrix');
      asset = (await (
        await coordinator().get(`/api/campaign-assets/${published.asset.id}`)
      ).json()) as AssetDto;
      fileId = published.file.id;
    });

    const managers: DemoLogin[] = ['koordination.dlt', 'admin'];
    const others: DemoLogin[] = [
      'leitung.biberach',
      'redaktion.biberach',
      'fachkraft.biberach',
      'fachkraft.offenbach',
    ];

    type Call = [string, (client: HttpClient) => Promise<Response>];
    const manageCalls = (): Call[] => [
      ['POST /campaigns', (c) => c.post('/api/campaigns', { name: 'x' })],
      ['PUT /campaigns/:id', (c) => c.request('PUT', `/api/campaigns/${DEMO_CAMPAIGN_ID}`, { body: {} })],
      ['GET /campaigns/statistics', (c) => c.get('/api/campaigns/statistics')],
      ['GET /campaigns/:id/rollout', (c) => c.get(`/api/campaigns/${DEMO_CAMPAIGN_ID}/rollout`)],
      ['POST /campaign-assets', (c) => c.post('/api/campaign-assets', {})],
      ['PUT /campaign-assets/:id', (c) => c.request('PUT', `/api/campaign-assets/${asset.id}`, { body: {} })],
      ['DELETE /campaign-assets/:id', (c) => c.request('DELETE', `/api/campaign-assets/${asset.id}`)],
      [
        'POST /campaign-assets/:id/versions',
        (c) =>
          c.request('POST', `/api/campaign-assets/${asset.id}/versions`, {
            body: form('a.pdf', FIXTURES.pdf),
          }),
      ],
      [
        'POST /campaign-assets/:id/versions/:n/files',
        (c) =>
          c.request('POST', `/api/campaign-assets/${asset.id}/versions/1/files`, {
            body: form('a.png', FIXTURES.png),
          }),
      ],
      [
        'DELETE /campaign-assets/:id/files/:fileId',
        (c) => c.request('DELETE', `/api/campaign-assets/${asset.id}/files/${fileId}`),
      ],
    ];

    it('refuses every coordinator endpoint to managers, editors and staff (403) and anonymous (401)', async () => {
      for (const [name, call] of manageCalls()) {
        for (const login of others)
          expect([name, login, (await call(as[login])).status]).toEqual([name, login, 403]);
        expect([name, 'anonymous', (await call(anonymous)).status]).toEqual([name, 'anonymous', 401]);
      }
      // Nothing changed.
      const after = (await (await coordinator().get(`/api/campaign-assets/${asset.id}`)).json()) as AssetDto;
      expect(after.version).toBe(asset.version);
      expect(after.versions).toHaveLength(1);
    });

    it('lets coordinators and admins reach them (validation answers, not 403)', async () => {
      for (const login of managers) {
        expect((await as[login].get('/api/campaigns/statistics')).status).toBe(200);
        expect((await as[login].get(`/api/campaigns/${DEMO_CAMPAIGN_ID}/rollout`)).status).toBe(200);
        expect((await as[login].post('/api/campaign-assets', {})).status).toBe(400);
        expect((await as[login].post('/api/campaigns', { name: 'x' })).status).toBe(400);
      }
    });

    it('lets every role read campaigns and assets, and refuses anonymous', async () => {
      for (const login of [...managers, ...others]) {
        expect((await as[login].get('/api/campaigns')).status).toBe(200);
        expect((await as[login].get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`)).status).toBe(200);
        expect((await as[login].get('/api/campaign-assets')).status).toBe(200);
        expect((await as[login].get(`/api/campaign-assets/${asset.id}`)).status).toBe(200);
      }
      for (const path of [
        '/api/campaigns',
        `/api/campaigns/${DEMO_CAMPAIGN_ID}`,
        '/api/campaign-assets',
        `/api/campaign-assets/${asset.id}`,
        `/api/campaign-assets/${asset.id}/files/${fileId}`,
        `/api/campaign-assets/${asset.id}/preview/thumb`,
        `/api/campaign-assets/zip?ids=${asset.id}`,
        `/api/campaigns/${DEMO_CAMPAIGN_ID}/zip`,
      ])
        expect([path, (await anonymous.get(path)).status]).toEqual([path, 401]);
      expect(
        (await anonymous.post(`/api/campaigns/${DEMO_CAMPAIGN_ID}/terms-acceptance`, { termsVersion: 1 }))
          .status,
      ).toBe(401);
    });

    it('answers unknown and malformed ids with 404', async () => {
      expect((await as['fachkraft.biberach'].get('/api/campaign-assets/nicht-da')).status).toBe(404);
      expect(
        (await as['fachkraft.biberach'].get('/api/campaigns/00000000-0000-4000-8000-000000000000')).status,
      ).toBe(404);
      expect(
        (await as['fachkraft.biberach'].get(`/api/campaign-assets/${asset.id}/files/${asset.id}`)).status,
      ).toBe(404);
    });
  });

  describe('campaigns', () => {
    it('lets coordinators create a campaign in preparation that nobody else sees, and edit it with optimistic locking', async () => {
      const body = {
        name: 'Kampagne 2027',
        status: 'preparation',
        startsOn: '2027-01-01',
        endsOn: null,
        description: 'Noch **geheim**.',
        keyMessages: ['Eins', ' '],
        guidelines: {
          colours: [{ name: 'Blau', hex: '#003366', usage: null }],
          fonts: [{ name: 'Source Sans 3', usage: null }],
          dos: ['Gut'],
          donts: ['Schlecht'],
          text: '',
        },
        usageTerms: 'Alte Bedingungen',
      };
      const created = await coordinator().post('/api/campaigns', body);
      expect(created.status).toBe(201);
      const dto = (await created.json()) as CampaignDto;
      expect(dto.keyMessages).toEqual(['Eins']);
      expect(dto.descriptionHtml).toContain('<strong>geheim</strong>');
      expect((await as['leitung.biberach'].get(`/api/campaigns/${dto.id}`)).status).toBe(404);
      const list = (await (await as['leitung.biberach'].get('/api/campaigns')).json()) as CampaignListDto;
      expect(list.items.map((item) => item.id)).not.toContain(dto.id);

      const sameTerms = await coordinator().request('PUT', `/api/campaigns/${dto.id}`, {
        body: { ...body, name: 'Kampagne 2027 (neu)', status: 'active', version: dto.version },
      });
      expect(sameTerms.status).toBe(200);
      const renamed = (await sameTerms.json()) as CampaignDto;
      expect(renamed.termsVersion).toBe(1);
      expect((await as['leitung.biberach'].get(`/api/campaigns/${dto.id}`)).status).toBe(200);

      const newTerms = await coordinator().request('PUT', `/api/campaigns/${dto.id}`, {
        body: { ...body, status: 'active', usageTerms: 'Neue Bedingungen', version: renamed.version },
      });
      expect(((await newTerms.json()) as CampaignDto).termsVersion).toBe(2);
      const stale = await as['admin'].request('PUT', `/api/campaigns/${dto.id}`, {
        body: { ...body, version: renamed.version },
      });
      expect(stale.status).toBe(409);
    });

    it.each([
      ['a missing name', { name: '' }, 'name'],
      ['an unknown status', { status: 'geplant' }, 'status'],
      [
        'a colour that is no hex value',
        {
          guidelines: {
            colours: [{ name: 'Rot', hex: 'rot', usage: null }],
            fonts: [],
            dos: [],
            donts: [],
            text: '',
          },
        },
        'guidelines.colours.0.hex',
      ],
      ['an end before the start', { startsOn: '2027-02-01', endsOn: '2027-01-01' }, 'endsOn'],
    ])('refuses %s with a German 400', async (_case, change, field) => {
      const response = await coordinator().post('/api/campaigns', {
        name: 'Fehlerhaft',
        status: 'active',
        startsOn: '2027-01-01',
        endsOn: null,
        description: '',
        keyMessages: [],
        guidelines: { colours: [], fonts: [], dos: [], donts: [], text: '' },
        usageTerms: '',
        ...change,
      });
      expect(response.status).toBe(400);
      expect(Object.keys((await response.json()) as ProblemDto)).toContain('errors');
      const problem = (await (
        await coordinator().post('/api/campaigns', { name: 'x', ...change })
      ).json()) as ProblemDto;
      expect(problem.status).toBe(400);
      if (field !== 'endsOn') expect(Object.keys(problem.errors ?? {})).toContain(field);
    });
  });

  describe('terms of use', () => {
    it('refuses the first download with 409 and a code until the terms are accepted, and records the acceptance', async () => {
      const { asset, file, content } = await publishedAsset('Bedingungen zuerst');
      const client = as['fachkraft.biberach'];
      const refused = await client.get(file.url);
      expect(refused.status).toBe(409);
      const problem = (await refused.json()) as ProblemDto;
      expect(problem.code).toBe('campaign-terms-required');
      expect(problem.detail).toContain('Nutzungsbedingungen');
      const detail = (await (await client.get(`/api/campaign-assets/${asset.id}`)).json()) as AssetDto;
      expect(detail.termsAccepted).toBe(false);

      const before = (await (await client.get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`)).json()) as CampaignDto;
      expect(before.termsAccepted).toBe(false);
      expect((await accept(client, campaign.termsVersion + 7)).status).toBe(409);
      const accepted = await accept(client);
      expect(accepted.status).toBe(200);
      expect((await accept(client)).status).toBe(200); // idempotent
      const after = (await (await client.get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`)).json()) as CampaignDto;
      expect(after.termsAccepted).toBe(true);
      const rows = await testApp.dataSource.query(
        `SELECT u.email, a.terms_version, a.accepted_at FROM campaign_terms_acceptances a JOIN users u ON u.id = a.user_id
         WHERE a.campaign_id = $1 AND u.email LIKE 'fachkraft.biberach@%'`,
        [DEMO_CAMPAIGN_ID],
      );
      expect(rows).toHaveLength(1);
      expect(new Date(rows[0].accepted_at).toISOString()).toBe(clock.now().toISOString());

      const download = await client.get(file.url);
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer()).equals(content)).toBe(true);
      expect(
        ((await (await client.get(`/api/campaign-assets/${asset.id}`)).json()) as AssetDto).termsAccepted,
      ).toBe(true);
    });

    it('asks again after the coordinators changed the terms', async () => {
      const { file } = await publishedAsset('Neue Bedingungen');
      const client = as['fachkraft.offenbach'];
      expect((await accept(client, await currentTermsVersion())).status).toBe(200);
      expect((await client.get(file.url)).status).toBe(200);
      const current = (await (
        await coordinator().get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`)
      ).json()) as CampaignDto;
      const changed = await coordinator().request('PUT', `/api/campaigns/${DEMO_CAMPAIGN_ID}`, {
        body: {
          name: current.name,
          status: current.status,
          startsOn: current.startsOn,
          endsOn: current.endsOn,
          description: current.description,
          keyMessages: current.keyMessages,
          guidelines: current.guidelines,
          usageTerms: `${current.usageTerms}\n\nErgänzung: Nur mit Quellenangabe.`,
          version: current.version,
        },
      });
      expect(changed.status).toBe(200);
      const termsVersion = ((await changed.json()) as CampaignDto).termsVersion;
      expect(termsVersion).toBe(current.termsVersion + 1);
      expect((await client.get(file.url)).status).toBe(409);
      expect((await accept(client, termsVersion)).status).toBe(200);
      expect((await client.get(file.url)).status).toBe(200);
      campaign = { ...campaign, termsVersion };
    });
  });

  describe('embargo, expiry and roles', () => {
    beforeAll(async () => {
      const version = await currentTermsVersion();
      for (const login of LOGINS) await accept(as[login], version);
    });

    it('hides an embargoed asset until its time, to the millisecond, in list, detail, download and thumbnail', async () => {
      const from = new Date(clock.now().getTime() + 3_600_000);
      const asset = await createAsset('Unter Sperrfrist', { availableFrom: from.toISOString() });
      const version = await uploadVersion(asset.id, 'sperrfrist.png', FIXTURES.png);
      const file = version.files[0]!;
      const staff = as['fachkraft.offenbach'];
      const hidden = async () => {
        expect(await titles(staff)).not.toContain('Unter Sperrfrist');
        expect((await staff.get(`/api/campaign-assets/${asset.id}`)).status).toBe(404);
        expect((await staff.get(file.url)).status).toBe(404);
        expect((await staff.get(`/api/campaign-assets/${asset.id}/preview/thumb`)).status).toBe(404);
      };
      await hidden();
      const forCoordinator = (await (
        await coordinator().get(`/api/campaign-assets/${asset.id}`)
      ).json()) as AssetDto;
      expect(forCoordinator.state).toBe('embargoed');
      clock.set(new Date(from.getTime() - 1));
      await hidden();
      clock.set(from);
      expect(await titles(staff)).toContain('Unter Sperrfrist');
      expect((await staff.get(file.url)).status).toBe(200);
    });

    it('hides an expired asset from its expiry on, but coordinators still see it labelled', async () => {
      const until = new Date(clock.now().getTime() + 60_000);
      const { asset, file } = await publishedAsset('Läuft ab', { expiresAt: until.toISOString() });
      const staff = as['fachkraft.biberach'];
      expect((await staff.get(file.url)).status).toBe(200);
      clock.set(until);
      expect(await titles(staff)).not.toContain('Läuft ab');
      expect((await staff.get(`/api/campaign-assets/${asset.id}`)).status).toBe(404);
      expect((await staff.get(file.url)).status).toBe(404);
      const labelled = (await (
        await coordinator().get('/api/campaign-assets?limit=50')
      ).json()) as AssetListDto;
      expect(labelled.items.find((item) => item.id === asset.id)?.state).toBe('expired');
      expect((await coordinator().get(file.url)).status).toBe(200);
    });

    it('shows role-restricted assets to those roles only, everywhere', async () => {
      const { asset, file } = await publishedAsset('Nur Leitungen', { roles: ['manager', 'coordinator'] });
      for (const login of [
        'fachkraft.offenbach',
        'fachkraft.biberach',
        'redaktion.biberach',
      ] as DemoLogin[]) {
        expect(await titles(as[login])).not.toContain('Nur Leitungen');
        expect((await as[login].get(`/api/campaign-assets/${asset.id}`)).status).toBe(404);
        expect((await as[login].get(file.url)).status).toBe(404);
      }
      expect(await titles(as['leitung.biberach'])).toContain('Nur Leitungen');
      expect((await as['leitung.biberach'].get(file.url)).status).toBe(200);
    });

    it('keeps assets without a file and campaigns in preparation to coordinators', async () => {
      const draft = await createAsset('Noch ohne Datei');
      expect(draft.state).toBe('draft');
      expect((await as['leitung.biberach'].get(`/api/campaign-assets/${draft.id}`)).status).toBe(404);
      expect(await titles(coordinator())).toContain('Noch ohne Datei');
    });
  });

  describe('versions and downloads', () => {
    it('keeps the history; downloads default to the latest; older versions only for coordinators', async () => {
      const { asset, file: first } = await publishedAsset('Versioniert');
      const second = await uploadVersion(asset.id, 'versioniert-v2.pdf', pdf('v2'));
      expect(second.number).toBe(2);
      const variant = await coordinator().request(
        'POST',
        `/api/campaign-assets/${asset.id}/versions/2/files`,
        {
          body: form('versioniert-v2.png', FIXTURES.png),
        },
      );
      expect(variant.status).toBe(201);
      expect(((await variant.json()) as AssetVersionDto).files.map((f) => f.mediaType)).toEqual([
        'application/pdf',
        'image/png',
      ]);

      const forStaff = (await (
        await as['fachkraft.biberach'].get(`/api/campaign-assets/${asset.id}`)
      ).json()) as AssetDto;
      expect(forStaff.versions.map((v) => v.number)).toEqual([2]);
      expect(forStaff.latestVersion).toBe(2);
      expect(forStaff.formats.sort()).toEqual(['pdf', 'png']);
      const forCoordinator = (await (
        await coordinator().get(`/api/campaign-assets/${asset.id}`)
      ).json()) as AssetDto;
      expect(forCoordinator.versions.map((v) => [v.number, v.downloadable])).toEqual([
        [2, true],
        [1, true],
      ]);
      expect((await as['fachkraft.biberach'].get(first.url)).status).toBe(404);
      expect((await coordinator().get(first.url)).status).toBe(200);
      expect((await as['fachkraft.biberach'].get(second.files[0]!.url)).status).toBe(200);
    });

    it('serves Range requests with the right bytes, HEAD without a body, and counts neither', async () => {
      const content = Buffer.concat([Buffer.from('%PDF-1.7\n'), randomBytes(100_000)]);
      const { asset, file } = await publishedAsset('Teilweise', {}, content);
      const client = as['leitung.biberach'];
      const part = await client.get(file.url, { range: 'bytes=1000-1999' });
      expect(part.status).toBe(206);
      expect(part.headers.get('content-range')).toBe(`bytes 1000-1999/${content.length}`);
      expect(Buffer.from(await part.arrayBuffer()).equals(content.subarray(1000, 2000))).toBe(true);
      const head = await client.request('HEAD', file.url);
      expect(head.status).toBe(200);
      expect(head.headers.get('content-length')).toBe(String(content.length));
      const rows = await testApp.dataSource.query(`SELECT * FROM campaign_downloads WHERE asset_id = $1`, [
        asset.id,
      ]);
      expect(rows).toEqual([]);
      // A download cut off midway is resumed from where it stopped.
      const resumed = await client.get(file.url, { range: `bytes=50000-` });
      expect(Buffer.from(await resumed.arrayBuffer()).equals(content.subarray(50_000))).toBe(true);
    });

    it('counts downloads per asset, organisation and Berlin day — not per person', async () => {
      const { asset, file } = await publishedAsset('Gezählt');
      clock.set('2026-03-10T23:30:00Z'); // already 11 March in Berlin (CET)
      await as['leitung.biberach'].get(file.url).then((r) => r.arrayBuffer());
      await as['fachkraft.biberach'].get(file.url).then((r) => r.arrayBuffer());
      await as['fachkraft.offenbach'].get(file.url).then((r) => r.arrayBuffer());
      const rows: { key: string; day: string; count: number }[] = await testApp.dataSource.query(
        `SELECT o.key, to_char(d.day, 'YYYY-MM-DD') AS day, d.count FROM campaign_downloads d
         JOIN organisations o ON o.id = d.organisation_id WHERE d.asset_id = $1 ORDER BY o.key`,
        [asset.id],
      );
      expect(rows).toEqual([
        { key: 'kreis-offenbach', day: '2026-03-11', count: 1 },
        { key: 'landkreis-biberach', day: '2026-03-11', count: 2 },
      ]);
      const columns: { column_name: string }[] = await testApp.dataSource.query(
        `SELECT column_name FROM information_schema.columns WHERE table_name = 'campaign_downloads'`,
      );
      expect(columns.map((c) => c.column_name)).not.toContain('user_id');

      const stats = await coordinator().get(
        `/api/campaigns/statistics?campaignId=${DEMO_CAMPAIGN_ID}&from=2026-03-10&to=2026-03-12`,
      );
      expect(stats.status).toBe(200);
      const dto = (await stats.json()) as CampaignStatisticsDto;
      expect(dto.perDay).toEqual([
        { day: '2026-03-10', downloads: 0, kitDownloads: 0 },
        { day: '2026-03-11', downloads: 3, kitDownloads: 0 },
        { day: '2026-03-12', downloads: 0, kitDownloads: 0 },
      ]);
      // Without a campaign: the network's totals (this asset among them).
      const all = (await (
        await coordinator().get('/api/campaigns/statistics?from=2026-03-10&to=2026-03-12')
      ).json()) as CampaignStatisticsDto;
      expect(all.perDay[1]!.downloads).toBeGreaterThanOrEqual(3);
      expect(all.topAssets.map((row) => row.id)).toContain(asset.id);
      expect(dto.topAssets[0]).toEqual({
        id: asset.id,
        title: 'Gezählt',
        type: 'flyer',
        downloads: 3,
        organisations: 2,
      });
      expect(
        (await coordinator().get('/api/campaigns/statistics?from=2026-03-12&to=2026-03-01')).status,
      ).toBe(400);

      const rollout = (await (
        await coordinator().get(`/api/campaigns/${DEMO_CAMPAIGN_ID}/rollout`)
      ).json()) as CampaignRolloutDto;
      const bw = rollout.states.find((state) => state.state === 'Baden-Württemberg')!;
      const hessen = rollout.states.find((state) => state.state === 'Hessen')!;
      expect(bw.missing.map((jc) => jc.name)).not.toContain('Landkreis Biberach');
      expect(bw.reached).toBeGreaterThanOrEqual(1);
      expect(hessen.missing.map((jc) => jc.name)).not.toContain('Kreis Offenbach');
      expect(bw.missing.length).toBe(bw.jobcenters - bw.reached);
      expect(rollout.jobcenters).toBe(rollout.states.reduce((sum, state) => sum + state.jobcenters, 0));
      expect(rollout.states.some((state) => state.state === 'Bund')).toBe(false);
    });
  });

  describe('previews', () => {
    it('shows a preview of the latest version once the background job made it; a placeholder before', async () => {
      const asset = await createAsset('Mit Vorschau', { type: 'social-tile', altText: 'Rote Kachel' });
      await uploadVersion(asset.id, 'kachel.png', tilePng);
      const before = (await (
        await as['fachkraft.offenbach'].get(`/api/campaign-assets/${asset.id}`)
      ).json()) as AssetDto;
      await testApp.app.get(JobQueue).drained();
      const after = (await (
        await as['fachkraft.offenbach'].get(`/api/campaign-assets/${asset.id}`)
      ).json()) as AssetDto;
      expect(after.thumbnailUrl).toBe(`/api/campaign-assets/${asset.id}/preview/thumb?v=1`);
      expect(before.thumbnailUrl === null || before.thumbnailUrl === after.thumbnailUrl).toBe(true);
      const thumb = await as['fachkraft.offenbach'].get(after.thumbnailUrl!);
      expect(thumb.status).toBe(200);
      expect(thumb.headers.get('content-type')).toBe('image/webp');
      expect((await as['fachkraft.offenbach'].get(after.previewUrl!)).status).toBe(200);
      expect(after.versions[0]!.files[0]!.scan.available).toBe(true);
    });
  });

  describe('ZIP downloads', () => {
    let dir: string;
    beforeAll(async () => (dir = await mkdtemp(join(tmpdir(), 'campaign-zip-'))));
    afterAll(() => rm(dir, { recursive: true, force: true }));

    async function zipEntries(response: Response): Promise<string[]> {
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/zip');
      const buffer = Buffer.from(await response.arrayBuffer());
      const path = join(dir, `${randomBytes(4).toString('hex')}.zip`);
      await writeFile(path, buffer);
      return ((await readZipEntryNames(path, buffer.length)) ?? []).sort();
    }

    it('puts exactly the permitted files of a selection into the ZIP', async () => {
      const open = await publishedAsset('ZIP offen');
      const managersOnly = await publishedAsset('ZIP Leitungen', { roles: ['manager', 'coordinator'] });
      const embargoed = await publishedAsset('ZIP Sperrfrist', {
        availableFrom: new Date(clock.now().getTime() + 86_400_000).toISOString(),
      });
      const ids = [open.asset.id, managersOnly.asset.id, embargoed.asset.id].join(',');
      expect(
        await zipEntries(await as['fachkraft.offenbach'].get(`/api/campaign-assets/zip?ids=${ids}`)),
      ).toEqual(['ZIP offen/ZIP offen.pdf']);
      expect(
        await zipEntries(await as['leitung.biberach'].get(`/api/campaign-assets/zip?ids=${ids}`)),
      ).toEqual(['ZIP Leitungen/ZIP Leitungen.pdf', 'ZIP offen/ZIP offen.pdf']);
      expect(
        (await as['fachkraft.offenbach'].get(`/api/campaign-assets/zip?ids=${embargoed.asset.id}`)).status,
      ).toBe(404);
      expect((await as['fachkraft.offenbach'].get('/api/campaign-assets/zip?ids=kaputt')).status).toBe(400);
    });

    it('zips a whole campaign with what the user may download, terms first', async () => {
      const staff = await zipEntries(
        await as['fachkraft.offenbach'].get(`/api/campaigns/${DEMO_CAMPAIGN_ID}/zip`),
      );
      const manager = await zipEntries(
        await as['leitung.biberach'].get(`/api/campaigns/${DEMO_CAMPAIGN_ID}/zip`),
      );
      expect(staff).toContain('Kampagnenlogo „Kommunale Jobcenter“/logo-kommunale-jobcenter.svg');
      expect(staff.some((name) => name.includes('druckvorlage'))).toBe(false);
      expect(manager).toContain(
        'Druckvorlage Großplakat DIN A1 (mit Beschnitt)/druckvorlage-grossplakat-a1.pdf',
      );
      // Expired by now (the embargoed one of earlier tests is past its embargo and included).
      expect(staff.some((name) => name.startsWith('Läuft ab/'))).toBe(false);
      expect(staff.some((name) => name.startsWith('Unter Sperrfrist/'))).toBe(true);

      const other = await coordinator().post('/api/campaigns', {
        name: 'Andere Kampagne',
        status: 'active',
        startsOn: '2026-01-01',
        endsOn: null,
        description: '',
        keyMessages: [],
        guidelines: { colours: [], fonts: [], dos: [], donts: [], text: '' },
        usageTerms: 'Bedingungen der anderen Kampagne',
      });
      const otherCampaign = (await other.json()) as CampaignDto;
      const asset = await publishedAsset('Andere', { campaignId: otherCampaign.id });
      const refused = await as['fachkraft.offenbach'].get(`/api/campaigns/${otherCampaign.id}/zip`);
      expect(refused.status).toBe(409);
      expect(((await refused.json()) as ProblemDto).code).toBe('campaign-terms-required');
      const mixed = await as['fachkraft.offenbach'].get(`/api/campaign-assets/zip?ids=${asset.asset.id}`);
      expect(mixed.status).toBe(409);
    });
  });

  describe('recall', () => {
    async function recallsFor(assetId: string): Promise<{ email: string; link: string; title: string }[]> {
      return testApp.dataSource.query(
        `SELECT u.email, n.link, n.title FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE n.kind = 'campaign-recall' AND n.source_id LIKE $1 || '%' ORDER BY u.email`,
        [assetId],
      );
    }

    it('tells exactly the managers and editors of the Jobcenter that downloaded a replaced asset', async () => {
      const { asset, file } = await publishedAsset('Wird ersetzt');
      await as['fachkraft.biberach'].get(file.url).then((r) => r.arrayBuffer()); // counts for Biberach
      await uploadVersion(asset.id, 'ersetzt.pdf', pdf('ersetzt'));
      await testApp.app.get(JobQueue).drained();
      const recalls = await recallsFor(asset.id);
      expect(recalls.map((r) => r.email.split('@')[0])).toEqual(['leitung.biberach', 'redaktion.biberach']);
      expect(recalls[0]!.link).toBe(`/kampagnen/material/${asset.id}`);
      expect(recalls[0]!.title).toContain('Neue Fassung');
      // Per the mail settings (default for recalls: immediately).
      const [mail] = await waitForMails({
        to: demoEmail('leitung.biberach'),
        subject: 'Rückruf von Kampagnenmaterial: Neue Fassung: Wird ersetzt',
      });
      expect(mail!.text).toContain(`/kampagnen/material/${asset.id}`);
      // Nobody of Offenbach downloaded it, staff never get recalls, and a retried job notifies nobody twice.
      await testApp.app
        .get(CampaignRecall)
        ['recall']({ assetId: asset.id, reason: 'replaced', versionNumber: 2 });
      expect(await recallsFor(asset.id)).toHaveLength(2);
    });

    it('recalls a downloaded asset once when a replacement is named, and links the replacement on its page', async () => {
      const replacement = await publishedAsset('Neue Broschüre');
      const managersOnly = await publishedAsset('Broschüre nur Leitungen', {
        roles: ['manager', 'coordinator'],
      });
      const { asset, file } = await publishedAsset('Alte Broschüre');
      await accept(as['fachkraft.biberach'], await currentTermsVersion());
      const download = await as['fachkraft.biberach'].get(file.url); // counts for Biberach
      expect(download.status).toBe(200);
      await download.arrayBuffer();
      const { campaignId: _campaignId, ...fields } = assetRequest('Alte Broschüre');
      const save = async (change: Partial<SaveAssetRequest>, id = asset.id) => {
        const current = (await (await coordinator().get(`/api/campaign-assets/${id}`)).json()) as AssetDto;
        return coordinator().request('PUT', `/api/campaign-assets/${id}`, {
          body: { ...fields, title: current.title, ...change, version: current.version },
        });
      };

      // Not itself, not an unknown asset, not one it already replaces (400, German, per field).
      for (const [replacementId, text] of [
        [asset.id, 'nicht selbst ersetzen'],
        ['00000000-0000-4000-8000-000000000000', 'gibt es nicht'],
      ] as const) {
        const refused = await save({ replacementId });
        expect(refused.status).toBe(400);
        expect(((await refused.json()) as ProblemDto).errors?.['replacementId']?.[0]).toContain(text);
      }
      await testApp.app.get(JobQueue).drained();
      expect(await recallsFor(asset.id)).toEqual([]);

      expect((await save({ replacementId: replacement.asset.id })).status).toBe(200);
      await testApp.app.get(JobQueue).drained();
      const recalls = await recallsFor(asset.id);
      // Only Biberach downloaded it; staff are never recalled.
      expect(recalls.map((r) => r.email.split('@')[0])).toEqual(['leitung.biberach', 'redaktion.biberach']);
      expect(recalls[0]!.link).toBe(`/kampagnen/material/${replacement.asset.id}`);
      expect(recalls[0]!.title).toBe('Ersetzt: Alte Broschüre');
      const cycle = await save({ title: 'Neue Broschüre', replacementId: asset.id }, replacement.asset.id);
      expect(cycle.status).toBe(400);

      // Saving again with the same replacement, or a retried job, notifies nobody twice.
      expect((await save({ description: 'Geändert', replacementId: replacement.asset.id })).status).toBe(200);
      await testApp.app
        .get(CampaignRecall)
        ['recall']({ assetId: asset.id, reason: 'superseded', replacementId: replacement.asset.id });
      await testApp.app.get(JobQueue).drained();
      expect(await recallsFor(asset.id)).toHaveLength(2);

      const detail = async (login: DemoLogin) =>
        ((await (await as[login].get(`/api/campaign-assets/${asset.id}`)).json()) as AssetDto).replacement;
      expect(await detail('fachkraft.offenbach')).toEqual({
        id: replacement.asset.id,
        title: 'Neue Broschüre',
      });
      // A replacement the user may not see is not shown to them.
      expect((await save({ replacementId: managersOnly.asset.id })).status).toBe(200);
      expect(await detail('fachkraft.offenbach')).toBeNull();
      expect(await detail('leitung.biberach')).toEqual({
        id: managersOnly.asset.id,
        title: 'Broschüre nur Leitungen',
      });
      await testApp.app.get(JobQueue).drained();
      expect(await recallsFor(asset.id)).toHaveLength(4);
      // The editor may not see the managers-only replacement: recalled without its link or title.
      const toManagersOnly = await recallsFor(`${asset.id}:${managersOnly.asset.id}`);
      expect(toManagersOnly.map((r) => [r.email.split('@')[0], r.link])).toEqual([
        ['leitung.biberach', `/kampagnen/material/${managersOnly.asset.id}`],
        ['redaktion.biberach', `/kampagnen/${DEMO_CAMPAIGN_ID}`],
      ]);
      const [editorText] = (await testApp.dataSource.query(
        `SELECT n.text AS body FROM notifications n JOIN users u ON u.id = n.user_id
         WHERE n.source_id = $1 AND u.email = $2`,
        [`${asset.id}:${managersOnly.asset.id}`, demoEmail('redaktion.biberach')],
      )) as { body: string }[];
      expect(editorText!.body).toContain('wurde ersetzt');
      expect(editorText!.body).not.toContain('Broschüre nur Leitungen');
    });

    it('recalls an expired asset once, pointing to its replacement', async () => {
      const replacement = await publishedAsset('Nachfolger');
      const until = new Date(clock.now().getTime() + 120_000);
      const { asset, file } = await publishedAsset('Alt und abgelaufen', {
        expiresAt: until.toISOString(),
        replacementId: replacement.asset.id,
        roles: ['manager', 'coordinator'],
      });
      await as['leitung.biberach'].get(file.url).then((r) => r.arrayBuffer());
      const recall = testApp.app.get(CampaignRecall);
      await recall.recallExpired(); // what earlier tests let expire
      expect(await recallsFor(asset.id)).toEqual([]);
      clock.set(until);
      expect(await recall.recallExpired()).toBeGreaterThanOrEqual(1);
      expect(await recall.recallExpired()).toBe(0);
      const recalls = await recallsFor(asset.id);
      // Editors of Biberach may not see a managers-only asset: only the manager is told.
      expect(recalls.map((r) => r.email.split('@')[0])).toEqual(['leitung.biberach']);
      expect(recalls[0]!.link).toBe(`/kampagnen/material/${replacement.asset.id}`);
      expect(recalls[0]!.title).toContain('Abgelaufen');
    });
  });

  describe('gallery', () => {
    it('pages with a cursor without gaps or repeats, in every sort order, and filters', async () => {
      for (const title of ['Galerie C', 'Galerie A', 'Galerie B']) {
        const asset = await createAsset(title, { tags: ['Galerie'], type: 'press-release', altText: null });
        await uploadVersion(asset.id, `${title}.docx`, FIXTURES.docx);
      }
      for (const sort of ['newest', 'oldest', 'title']) {
        const seen: string[] = [];
        let cursor: string | null = null;
        do {
          const response = await as['fachkraft.offenbach'].get(
            `/api/campaign-assets?limit=2&sort=${sort}&tag=Galerie${cursor ? `&cursor=${cursor}` : ''}`,
          );
          expect(response.status).toBe(200);
          const page = (await response.json()) as AssetListDto;
          seen.push(...page.items.map((item) => item.title));
          cursor = page.nextCursor;
        } while (cursor);
        expect(sort === 'title' ? seen : [...seen].sort()).toEqual(['Galerie A', 'Galerie B', 'Galerie C']);
        if (sort === 'newest') expect(seen).toEqual(['Galerie B', 'Galerie A', 'Galerie C']);
      }
      expect(await titles(as['fachkraft.offenbach'], '&type=press-release&format=docx')).toEqual(
        expect.arrayContaining(['Galerie A', 'Galerie B', 'Galerie C']),
      );
      expect(await titles(as['fachkraft.offenbach'], '&tag=Galerie&format=pdf')).toEqual([]);
      const wrongCursor = await as['fachkraft.offenbach'].get('/api/campaign-assets?sort=title&cursor=abc');
      expect(wrongCursor.status).toBe(400);
      expect((await as['fachkraft.offenbach'].get('/api/campaign-assets?type=gemaelde')).status).toBe(400);
    });

    it('filters tags regardless of case („plakat“ finds „Plakat“), through the folded tag index', async () => {
      await publishedAsset('Großes Plakat', { tags: ['Plakat', 'Außenwerbung'] });
      for (const tag of ['plakat', 'PLAKAT', 'Plakat', ' außenwerbung']) {
        expect(await titles(as['fachkraft.offenbach'], `&tag=${encodeURIComponent(tag.trim())}`)).toContain(
          'Großes Plakat',
        );
      }
      expect(await titles(as['fachkraft.offenbach'], '&tag=plaka')).not.toContain('Großes Plakat');
      // The gallery's own statement can use the index (the planner is told to avoid a scan of the
      // table, which on a few rows it would prefer).
      const { text, values } = gallerySql(
        { all: false, roles: ['staff'], now: clock.now() },
        { tag: 'plakat' },
        undefined,
        'newest',
        25,
      );
      const plan = await testApp.dataSource.transaction(async (manager) => {
        await manager.query('SET LOCAL enable_seqscan = off');
        const rows: { 'QUERY PLAN': string }[] = await manager.query(`EXPLAIN ${text}`, values);
        return rows.map((row) => row['QUERY PLAN']).join('\n');
      });
      expect(plan).toContain('campaign_assets_tags_folded_idx');
    });

    it('shows on each card what the detail shows (campaign, state, formats, preview), for every role', async () => {
      const restricted = await createAsset('Galerie nur Leitung', { roles: ['manager', 'coordinator'] });
      await uploadVersion(restricted.id, 'leitung.png', tilePng);
      await createAsset('Galerie ohne Datei');
      await testApp.app.get(JobQueue).drained();
      for (const login of ['fachkraft.offenbach', 'leitung.biberach', 'koordination.dlt'] as const) {
        const page = (await (await as[login].get('/api/campaign-assets?limit=50')).json()) as AssetListDto;
        expect(page.items.length).toBeGreaterThan(0);
        const ids = page.items.map((item) => item.id);
        expect(ids.includes(restricted.id)).toBe(login !== 'fachkraft.offenbach');
        for (const item of page.items) {
          const detail = (await (await as[login].get(`/api/campaign-assets/${item.id}`)).json()) as AssetDto;
          expect(item).toEqual(
            Object.fromEntries(Object.keys(item).map((key) => [key, detail[key as keyof AssetDto]])),
          );
        }
      }
    });
  });

  describe('asset editing', () => {
    it('requires an alt text for image assets and refuses a stale edit with 409', async () => {
      const missingAlt = await coordinator().post(
        '/api/campaign-assets',
        assetRequest('Ohne Alt', { type: 'poster', altText: ' ' }),
      );
      expect(missingAlt.status).toBe(400);
      expect(((await missingAlt.json()) as ProblemDto).errors?.['altText']?.[0]).toContain('Alternativtext');
      const asset = await createAsset('Bearbeiten');
      const { campaignId: _campaignId, ...rest } = assetRequest('Bearbeitet');
      const edited = await coordinator().request('PUT', `/api/campaign-assets/${asset.id}`, {
        body: { ...rest, version: asset.version },
      });
      expect(edited.status).toBe(200);
      const stale = await as['admin'].request('PUT', `/api/campaign-assets/${asset.id}`, {
        body: { ...rest, title: 'Veraltet', version: asset.version },
      });
      expect(stale.status).toBe(409);
      const deleted = await coordinator().request('DELETE', `/api/campaign-assets/${asset.id}`);
      expect(deleted.status).toBe(204);
      expect((await coordinator().get(`/api/campaign-assets/${asset.id}`)).status).toBe(404);
    });
  });
});
