import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {
  CampaignDto,
  CampaignRolloutDto,
  CampaignStatisticsDto,
  KitBulkRunDto,
  KitDataDto,
  KitOutputDto,
  KitProfileDto,
  KitTemplateDto,
  KitTemplatePageDto,
  KitZoneDto,
  ProblemDto,
} from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { DEMO_CAMPAIGN_ID } from '../../../src/modules/campaigns/campaigns-demo';
import { DEMO_TEMPLATE_TITLE, demoPosterTemplate } from '../../../src/modules/campaign-kit/kit-demo';
import { FIXTURES, PNG } from '../../support/file-fixtures';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const API = '/api/campaign-kit';
const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
  'fachkraft.offenbach',
];

/** Text of a PDF as poppler's pdftotext reads it. */
function pdfText(bytes: Uint8Array): string {
  const file = join(mkdtempSync(join(tmpdir(), 'kit-int-')), 'file.pdf');
  writeFileSync(file, bytes);
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' });
}

/** Entry names from a ZIP's central directory. */
function zipEntryNames(zip: Buffer): string[] {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = zip.readUInt16LE(end + 10);
  let offset = zip.readUInt32LE(end + 16);
  const names: string[] = [];
  for (let index = 0; index < count; index++) {
    const nameLength = zip.readUInt16LE(offset + 28);
    const extra = zip.readUInt16LE(offset + 30);
    const comment = zip.readUInt16LE(offset + 32);
    names.push(zip.subarray(offset + 46, offset + 46 + nameLength).toString('utf8'));
    offset += 46 + nameLength + extra + comment;
  }
  return names;
}

function form(name: string, content: Buffer | Uint8Array, fields: Record<string, string> = {}): FormData {
  const body = new FormData();
  body.append('file', new Blob([new Uint8Array(content)]), name);
  for (const [key, value] of Object.entries(fields)) body.append(key, value);
  return body;
}

const SVG_TEMPLATE = Buffer.from(
  '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 1080 1080" width="1080" height="1080">' +
    '<rect width="1080" height="1080" fill="#B01E2D"/><text x="60" y="200" font-size="120" fill="#fff">Stark. Sozial. Vor Ort.</text></svg>',
);

describe('campaign kit: templates, zones, personalising and the bulk run', () => {
  let testApp: TestApp;
  let as: Record<DemoLogin, HttpClient>;
  let anonymous: HttpClient;
  let biberachId: string;
  let offenbachId: string;
  let demo: KitTemplateDto;
  let biberachData: KitDataDto;

  beforeAll(async () => {
    testApp = await createTestApp();
    as = await signInAll(testApp.baseUrl, LOGINS);
    anonymous = new HttpClient(testApp.baseUrl);
    const rows: { key: string; id: string }[] = await testApp.dataSource.query(
      `SELECT key, id FROM organisations WHERE key IN ('landkreis-biberach', 'kreis-offenbach')`,
    );
    biberachId = rows.find((row) => row.key === 'landkreis-biberach')!.id;
    offenbachId = rows.find((row) => row.key === 'kreis-offenbach')!.id;
    // Generating and downloading kit files needs the campaign's terms accepted, like any material.
    const { termsVersion } = (await (
      await as['koordination.dlt'].get(`/api/campaigns/${DEMO_CAMPAIGN_ID}`)
    ).json()) as CampaignDto;
    for (const login of ['admin', 'koordination.dlt', 'leitung.biberach', 'redaktion.biberach'] as const)
      expect((await acceptTerms(as[login], DEMO_CAMPAIGN_ID, termsVersion)).status).toBe(200);
  });
  afterAll(() => testApp.close());

  function acceptTerms(client: HttpClient, campaignId: string, termsVersion: number) {
    return client.post(`/api/campaigns/${campaignId}/terms-acceptance`, { termsVersion });
  }

  function generate(
    client: HttpClient,
    templateId: string,
    organisationId: string,
    data: KitDataDto,
    format = 'pdf',
  ) {
    return client.post(`${API}/templates/${templateId}/outputs`, { organisationId, data, format });
  }

  async function download(client: HttpClient, output: KitOutputDto): Promise<Buffer> {
    const response = await client.get(output.downloadUrl);
    expect(response.status).toBe(200);
    return Buffer.from(await response.arrayBuffer());
  }

  it('lists the seeded poster for managers, editors and coordinators; staff and anonymous are refused', async () => {
    for (const login of ['leitung.biberach', 'redaktion.biberach', 'koordination.dlt', 'admin'] as const) {
      const page = await json<KitTemplatePageDto>(await as[login].get(`${API}/templates`), 200);
      expect(page.items.map((item) => item.title)).toContain(DEMO_TEMPLATE_TITLE);
    }
    expect((await as['fachkraft.biberach'].get(`${API}/templates`)).status).toBe(403);
    expect((await anonymous.get(`${API}/templates`)).status).toBe(401);
    const listed = (await json<KitTemplatePageDto>(await as['leitung.biberach'].get(`${API}/templates`), 200))
      .items;
    demo = await json<KitTemplateDto>(
      await as['leitung.biberach'].get(
        `${API}/templates/${listed.find((item) => item.title === DEMO_TEMPLATE_TITLE)!.id}`,
      ),
      200,
    );
    expect(demo.campaign.id).toBe(DEMO_CAMPAIGN_ID);
    expect(demo.zones.map((zone) => zone.kind).sort()).toEqual(
      ['address', 'logo', 'name', 'openingHours', 'phone', 'qrCode', 'website'].sort(),
    );
    expect(
      (await as['leitung.biberach'].get(`${API}/templates/00000000-0000-4000-8000-000000000000`)).status,
    ).toBe(404);
  });

  it('fills the profile from the organisation: own Jobcenter yes, another one 403, coordinators any', async () => {
    const profile = await json<KitProfileDto>(
      await as['leitung.biberach'].get(`${API}/organisations/${biberachId}/profile`),
      200,
    );
    expect(profile.data.name).toBe('Jobcenter Landkreis Biberach');
    expect(profile.data.address).toContain('Biberach an der Riß');
    expect(profile.data.website).toMatch(/^https:\/\//);
    biberachData = profile.data;
    expect((await as['redaktion.biberach'].get(`${API}/organisations/${biberachId}/profile`)).status).toBe(
      200,
    );
    expect((await as['leitung.biberach'].get(`${API}/organisations/${offenbachId}/profile`)).status).toBe(
      403,
    );
    expect((await as['fachkraft.biberach'].get(`${API}/organisations/${biberachId}/profile`)).status).toBe(
      403,
    );
    expect((await as['koordination.dlt'].get(`${API}/organisations/${offenbachId}/profile`)).status).toBe(
      200,
    );
    expect((await as['admin'].get(`${API}/organisations/${offenbachId}/profile`)).status).toBe(200);
  });

  it('sets opening hours and the logo for the own Jobcenter only, with validated input', async () => {
    const hours = 'Mo–Fr 8:00–12:00 Uhr\nDo 14:00–18:00 Uhr';
    const updated = await json<KitProfileDto>(
      await as['redaktion.biberach'].request('PUT', `${API}/organisations/${biberachId}/profile`, {
        body: { openingHours: hours },
      }),
      200,
    );
    expect(updated.data.openingHours).toBe(hours);
    expect(
      (
        await as['leitung.biberach'].request('PUT', `${API}/organisations/${offenbachId}/profile`, {
          body: { openingHours: 'x' },
        })
      ).status,
    ).toBe(403);
    const tooManyLines = await as['leitung.biberach'].request(
      'PUT',
      `${API}/organisations/${biberachId}/profile`,
      {
        body: { openingHours: Array.from({ length: 12 }, (_, index) => `Zeile ${index}`).join('\n') },
      },
    );
    expect(tooManyLines.status).toBe(400);

    const logo = await json<KitProfileDto>(
      await as['leitung.biberach'].request('PUT', `${API}/organisations/${biberachId}/logo`, {
        body: form('logo.png', PNG),
      }),
      200,
    );
    expect(logo.hasLogo).toBe(true);
    const svgLogo = await as['leitung.biberach'].request('PUT', `${API}/organisations/${biberachId}/logo`, {
      body: form(
        'logo.svg',
        Buffer.from(
          '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#B01E2D"/></svg>',
        ),
      ),
    });
    expect(svgLogo.status).toBe(200);
    expect(
      (
        await as['leitung.biberach'].request('PUT', `${API}/organisations/${biberachId}/logo`, {
          body: form('logo.pdf', FIXTURES.pdf),
        })
      ).status,
    ).toBe(415);
    expect(
      (
        await as['leitung.biberach'].request('PUT', `${API}/organisations/${offenbachId}/logo`, {
          body: form('logo.png', PNG),
        })
      ).status,
    ).toBe(403);
    expect((await as['leitung.biberach'].get(`${API}/organisations/${biberachId}/logo`)).status).toBe(200);
    const rows: { n: number }[] = await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM stored_files WHERE id IN (SELECT logo_file_id FROM organisations WHERE id = $1)`,
      [biberachId],
    );
    expect(rows[0]!.n).toBe(1);
    expect((await as['leitung.biberach'].get(`${API}/organisations/${offenbachId}/logo`)).status).toBe(403);
    expect(
      (await as['fachkraft.biberach'].request('DELETE', `${API}/organisations/${biberachId}/logo`)).status,
    ).toBe(403);
    expect(
      (await as['leitung.biberach'].request('DELETE', `${API}/organisations/${offenbachId}/logo`)).status,
    ).toBe(403);
    expect(
      (await as['redaktion.biberach'].request('DELETE', `${API}/organisations/${biberachId}/logo`)).status,
    ).toBe(204);
    expect((await as['leitung.biberach'].get(`${API}/organisations/${biberachId}/logo`)).status).toBe(404);
    // The logo goes into the generated files: set it again for the tests below.
    await json<KitProfileDto>(
      await as['leitung.biberach'].request('PUT', `${API}/organisations/${biberachId}/logo`, {
        body: form('logo.png', PNG),
      }),
      200,
    );
    biberachData = (
      await json<KitProfileDto>(
        await as['leitung.biberach'].get(`${API}/organisations/${biberachId}/profile`),
        200,
      )
    ).data;
  });

  it('generates a print PDF with the Jobcenter’s name, reuses it from the cache, and a PNG for social media', async () => {
    const first = await json<KitOutputDto>(
      await generate(as['leitung.biberach'], demo.id, biberachId, biberachData),
      201,
    );
    expect(first.cached).toBe(false);
    expect(first.fileName).toMatch(/landkreis-biberach\.pdf$/);
    const pdf = await download(as['leitung.biberach'], first);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const range = await as['leitung.biberach'].get(first.downloadUrl, { range: 'bytes=0-4' });
    expect(range.status).toBe(206);
    expect(await range.text()).toBe('%PDF-');
    const text = pdfText(pdf);
    expect(text).toContain('Landkreis Biberach');
    expect(text).toContain('Biberach an der Riß');
    expect(text).toContain('Mo–Fr 8:00–12:00 Uhr');

    const second = await json<KitOutputDto>(
      await generate(as['redaktion.biberach'], demo.id, biberachId, biberachData),
      201,
    );
    expect(second).toMatchObject({ id: first.id, cached: true });
    const outputs: { n: number }[] = await testApp.dataSource.query(
      'SELECT count(*)::int AS n FROM campaign_kit_outputs WHERE organisation_id = $1',
      [biberachId],
    );
    expect(outputs[0]!.n).toBe(1);

    // Edits before generating are used but not saved to the profile.
    const edited = await json<KitOutputDto>(
      await generate(as['leitung.biberach'], demo.id, biberachId, {
        ...biberachData,
        phone: '07351 99-1234',
      }),
      201,
    );
    expect(edited.cached).toBe(false);
    expect(pdfText(await download(as['leitung.biberach'], edited))).toContain('07351 99-1234');
    const profile = await json<KitProfileDto>(
      await as['leitung.biberach'].get(`${API}/organisations/${biberachId}/profile`),
      200,
    );
    expect(profile.data.phone).not.toBe('07351 99-1234');

    const png = await json<KitOutputDto>(
      await generate(as['leitung.biberach'], demo.id, biberachId, biberachData, 'png'),
      201,
    );
    const pngBytes = await download(as['leitung.biberach'], png);
    expect(pngBytes.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(pngBytes.readUInt32BE(16)).toBe(1080);

    const preview = await as['leitung.biberach'].post(`${API}/templates/${demo.id}/preview`, {
      organisationId: biberachId,
      data: biberachData,
    });
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('image/png');

    // Another Jobcenter's output is not found, and staff are refused at the route.
    expect((await as['koordination.dlt'].get(first.downloadUrl)).status).toBe(200);
    expect((await as['fachkraft.biberach'].get(first.downloadUrl)).status).toBe(403);
  });

  it('refuses another Jobcenter (403), staff (403) and anonymous (401); coordinators may generate for any', async () => {
    expect((await generate(as['leitung.biberach'], demo.id, offenbachId, biberachData)).status).toBe(403);
    expect((await generate(as['redaktion.biberach'], demo.id, offenbachId, biberachData)).status).toBe(403);
    expect((await generate(as['fachkraft.biberach'], demo.id, biberachId, biberachData)).status).toBe(403);
    expect(
      (
        await as['leitung.biberach'].post(`${API}/templates/${demo.id}/preview`, {
          organisationId: offenbachId,
          data: biberachData,
        })
      ).status,
    ).toBe(403);
    expect((await anonymous.post(`${API}/templates/${demo.id}/outputs`, {})).status).toBe(401);
    const offenbach = await json<KitProfileDto>(
      await as['koordination.dlt'].get(`${API}/organisations/${offenbachId}/profile`),
      200,
    );
    const output = await json<KitOutputDto>(
      await generate(as['koordination.dlt'], demo.id, offenbachId, offenbach.data),
      201,
    );
    expect(pdfText(await download(as['koordination.dlt'], output))).toContain('Kreis Offenbach');
    // Biberach's manager does not get Offenbach's file either.
    expect((await as['leitung.biberach'].get(output.downloadUrl)).status).toBe(404);
  });

  it('rejects bad input in German: overlong texts, non-http addresses, unknown fields', async () => {
    const cases: Partial<KitDataDto>[] = [
      { name: 'x'.repeat(121) },
      { address: 'a'.repeat(301) },
      { openingHours: 'Mo\n'.repeat(9) },
      { website: 'javascript:alert(1)' },
      { website: 'ftp://example.org' },
      { name: 'Zeile\nZwei' },
    ];
    for (const change of cases) {
      const response = await generate(as['leitung.biberach'], demo.id, biberachId, {
        ...biberachData,
        ...change,
      });
      expect(response.status).toBe(400);
      expect(((await response.json()) as ProblemDto).title).toBe('Die Eingaben sind nicht gültig.');
    }
    const unknown = await generate(as['leitung.biberach'], demo.id, biberachId, {
      ...biberachData,
      script: 'x',
    } as KitDataDto);
    expect(unknown.status).toBe(400);
    expect((await generate(as['leitung.biberach'], demo.id, biberachId, biberachData, 'tiff')).status).toBe(
      400,
    );
  });

  describe('templates (coordinators)', () => {
    let template: KitTemplateDto;

    it('uploads a PDF template; managers may not; other types are 415, a broken PDF 400', async () => {
      const pdf = await demoPosterTemplate();
      template = await json<KitTemplateDto>(
        await as['koordination.dlt'].request('POST', `${API}/templates`, {
          body: form('plakat.pdf', pdf, { campaignId: DEMO_CAMPAIGN_ID, title: 'Plakat zum Testen' }),
        }),
        201,
      );
      expect(template).toMatchObject({ currentVersion: 1, format: 'pdf', zones: [] });
      expect(template.pages).toHaveLength(1);
      expect(template.pages[0]!.width).toBeCloseTo(612.28, 1);

      for (const login of ['leitung.biberach', 'redaktion.biberach', 'fachkraft.biberach'] as const) {
        const response = await as[login].request('POST', `${API}/templates`, {
          body: form('plakat.pdf', pdf, { campaignId: DEMO_CAMPAIGN_ID, title: 'Nein' }),
        });
        expect(response.status).toBe(403);
      }
      const upload = (name: string, content: Buffer, fields = { campaignId: DEMO_CAMPAIGN_ID, title: 'X' }) =>
        as['koordination.dlt'].request('POST', `${API}/templates`, { body: form(name, content, fields) });
      expect((await upload('bild.png', PNG)).status).toBe(415);
      expect((await upload('text.txt', Buffer.from('Stark. Sozial. Vor Ort.'))).status).toBe(415);
      expect((await upload('tarnung.pdf', PNG)).status).toBe(415);
      expect((await upload('kaputt.pdf', Buffer.from('%PDF-1.4\nnonsense'))).status).toBe(400);
      expect(
        (await upload('plakat.pdf', Buffer.from(pdf), { campaignId: DEMO_CAMPAIGN_ID, title: '' })).status,
      ).toBe(400);
      expect(
        (
          await upload('plakat.pdf', Buffer.from(pdf), {
            campaignId: '00000000-0000-4000-8000-000000000000',
            title: 'X',
          })
        ).status,
      ).toBe(400);
      expect(
        (await upload('plakat.pdf', Buffer.from(pdf), { campaignId: '-'.repeat(36), title: 'X' })).status,
      ).toBe(400);
      const leftovers: { n: number }[] = await testApp.dataSource.query(
        `SELECT count(*)::int AS n FROM campaign_kit_templates WHERE title IN ('X', 'Nein')`,
      );
      expect(leftovers[0]!.n).toBe(0);
    });

    it('saves zones with optimistic locking; a zone outside the page is 400, a stale version 409', async () => {
      const zones: KitZoneDto[] = [
        {
          kind: 'name',
          page: 1,
          x: 40,
          y: 600,
          width: 400,
          height: 50,
          fontSize: 26,
          align: 'center',
          colour: '#B01E2D',
        },
        {
          kind: 'qrCode',
          page: 1,
          x: 450,
          y: 650,
          width: 120,
          height: 120,
          fontSize: 12,
          align: 'left',
          colour: '#000000',
        },
      ];
      const put = (client: HttpClient, body: unknown) =>
        client.request('PUT', `${API}/templates/${template.id}/zones`, { body });
      expect((await put(as['leitung.biberach'], { version: template.version, zones })).status).toBe(403);
      const outside = await put(as['koordination.dlt'], {
        version: template.version,
        zones: [{ ...zones[0]!, x: 500, width: 200 }],
      });
      expect(outside.status).toBe(400);
      expect(JSON.stringify(await outside.json())).toContain('zones.0.width');
      expect(
        (await put(as['koordination.dlt'], { version: template.version, zones: [{ ...zones[0]!, page: 2 }] }))
          .status,
      ).toBe(400);
      expect(
        (
          await put(as['koordination.dlt'], {
            version: template.version,
            zones: [{ ...zones[0]!, colour: 'red' }],
          })
        ).status,
      ).toBe(400);
      expect(
        (
          await put(as['koordination.dlt'], {
            version: template.version,
            zones: [{ ...zones[0]!, kind: 'slogan' }],
          })
        ).status,
      ).toBe(400);
      const saved = await json<KitTemplateDto>(
        await put(as['koordination.dlt'], { version: template.version, zones }),
        200,
      );
      expect(saved.zones).toEqual(zones.map((zone) => ({ ...zone, colour: zone.colour.toUpperCase() })));
      expect(saved.version).toBeGreaterThan(template.version);
      expect((await put(as['admin'], { version: template.version, zones })).status).toBe(409);
      template = saved;

      const page = await as['redaktion.biberach'].get(`${API}/templates/${template.id}/pages/1`);
      expect(page.status).toBe(200);
      expect(page.headers.get('content-type')).toBe('image/png');
      expect((await as['redaktion.biberach'].get(`${API}/templates/${template.id}/pages/2`)).status).toBe(
        404,
      );
    });

    it('keeps versions: a new upload is version 2, zones carried over, the cache starts afresh', async () => {
      const first = await json<KitOutputDto>(
        await generate(as['leitung.biberach'], template.id, biberachId, biberachData),
        201,
      );
      expect(first.cached).toBe(false);
      expect(pdfText(await download(as['leitung.biberach'], first))).toContain(
        'Jobcenter Landkreis Biberach',
      );

      const stale = await as['koordination.dlt'].request('POST', `${API}/templates/${template.id}/versions`, {
        body: form('plakat-v2.pdf', await demoPosterTemplate(), { version: String(template.version - 1) }),
      });
      expect(stale.status).toBe(409);
      const second = await json<KitTemplateDto>(
        await as['koordination.dlt'].request('POST', `${API}/templates/${template.id}/versions`, {
          body: form('plakat-v2.pdf', await demoPosterTemplate(), { version: String(template.version) }),
        }),
        201,
      );
      expect(second.currentVersion).toBe(2);
      expect(second.zones).toEqual(template.zones);
      const again = await json<KitOutputDto>(
        await generate(as['leitung.biberach'], template.id, biberachId, biberachData),
        201,
      );
      expect(again.cached).toBe(false);
      expect(again.id).not.toBe(first.id);
      const versions: { n: number }[] = await testApp.dataSource.query(
        'SELECT count(*)::int AS n FROM campaign_kit_template_versions WHERE template_id = $1',
        [template.id],
      );
      expect(versions[0]!.n).toBe(2);
      template = second;
    });

    it('accepts an SVG template and fills it the same way', async () => {
      const svg = await json<KitTemplateDto>(
        await as['koordination.dlt'].request('POST', `${API}/templates`, {
          body: form('kachel.svg', SVG_TEMPLATE, { campaignId: DEMO_CAMPAIGN_ID, title: 'Kachel' }),
        }),
        201,
      );
      expect(svg).toMatchObject({ format: 'svg', pages: [{ width: 1080, height: 1080 }] });
      const zoned = await json<KitTemplateDto>(
        await as['koordination.dlt'].request('PUT', `${API}/templates/${svg.id}/zones`, {
          body: {
            version: svg.version,
            zones: [
              {
                kind: 'name',
                page: 1,
                x: 60,
                y: 800,
                width: 960,
                height: 120,
                fontSize: 64,
                align: 'left',
                colour: '#FFFFFF',
              },
            ],
          },
        }),
        200,
      );
      const output = await json<KitOutputDto>(
        await generate(as['leitung.biberach'], zoned.id, biberachId, {
          ...biberachData,
          name: 'Jobcenter <Biberach> & „Süd“',
        }),
        201,
      );
      expect(pdfText(await download(as['leitung.biberach'], output))).toContain(
        'Jobcenter <Biberach> & „Süd“',
      );
    });

    it('deletes a template with its versions and generated files (coordinators only)', async () => {
      expect((await as['leitung.biberach'].request('DELETE', `${API}/templates/${template.id}`)).status).toBe(
        403,
      );
      const before: { n: number }[] = await testApp.dataSource.query(
        'SELECT count(*)::int AS n FROM stored_files',
      );
      expect((await as['koordination.dlt'].request('DELETE', `${API}/templates/${template.id}`)).status).toBe(
        204,
      );
      expect((await as['koordination.dlt'].get(`${API}/templates/${template.id}`)).status).toBe(404);
      const after: { n: number }[] = await testApp.dataSource.query(
        'SELECT count(*)::int AS n FROM stored_files',
      );
      // Two versions and two generated PDFs.
      expect(before[0]!.n - after[0]!.n).toBe(4);
    });
  });

  it('generates the kit for every Jobcenter in the background and offers one ZIP (coordinators only)', async () => {
    expect((await as['leitung.biberach'].post(`${API}/templates/${demo.id}/bulk-runs`)).status).toBe(403);
    expect((await as['redaktion.biberach'].post(`${API}/templates/${demo.id}/bulk-runs`)).status).toBe(403);
    const started = await json<KitBulkRunDto>(
      await as['koordination.dlt'].post(`${API}/templates/${demo.id}/bulk-runs`),
      202,
    );
    const [{ n: jobcenters }] = (await testApp.dataSource.query(
      `SELECT count(*)::int AS n FROM organisations WHERE kind = 'jobcenter'`,
    )) as [{ n: number }];
    expect(started).toMatchObject({ total: jobcenters, zipUrl: null });
    expect((await as['leitung.biberach'].get(`${API}/bulk-runs/${started.id}`)).status).toBe(403);

    await testApp.app.get(JobQueue).drained(undefined, 120_000);
    const run = await json<KitBulkRunDto>(
      await as['koordination.dlt'].get(`${API}/bulk-runs/${started.id}`),
      200,
    );
    expect(run).toMatchObject({ status: 'done', done: jobcenters, failed: 0 });
    const files: { n: number }[] = await testApp.dataSource.query(
      'SELECT count(DISTINCT organisation_id)::int AS n FROM campaign_kit_bulk_files WHERE run_id = $1',
      [run.id],
    );
    expect(files[0]!.n).toBe(jobcenters);

    expect((await as['leitung.biberach'].get(run.zipUrl!)).status).toBe(403);
    const zip = await as['koordination.dlt'].get(run.zipUrl!);
    expect(zip.status).toBe(200);
    expect(zip.headers.get('content-type')).toBe('application/zip');
    const names = zipEntryNames(Buffer.from(await zip.arrayBuffer()));
    expect(names).toHaveLength(jobcenters);
    expect(names).toContain('landkreis-biberach.pdf');
    expect(names).toContain('kreis-offenbach.pdf');
  }, 180_000);

  describe('campaign rules for kit templates: preparation, terms, malware scan, roll-out', () => {
    const coordinator = () => as['koordination.dlt'];

    async function createCampaign(name: string, status: 'preparation' | 'active'): Promise<CampaignDto> {
      return json<CampaignDto>(
        await coordinator().post('/api/campaigns', {
          name,
          status,
          startsOn: '2026-01-01',
          endsOn: null,
          description: 'Test',
          keyMessages: [],
          guidelines: { colours: [], fonts: [], dos: [], donts: [], text: '' },
          usageTerms: `Bedingungen für ${name}`,
        }),
        201,
      );
    }

    async function uploadTemplate(campaignId: string, title: string): Promise<KitTemplateDto> {
      return json<KitTemplateDto>(
        await coordinator().request('POST', `${API}/templates`, {
          body: form('plakat.pdf', await demoPosterTemplate(), { campaignId, title }),
        }),
        201,
      );
    }

    async function problem(response: Response, status: number): Promise<ProblemDto> {
      const body = await response.text();
      if (response.status !== status) throw new Error(`expected ${status}, got ${response.status}: ${body}`);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
      return JSON.parse(body) as ProblemDto;
    }

    function preview(client: HttpClient, templateId: string) {
      return client.post(`${API}/templates/${templateId}/preview`, {
        organisationId: biberachId,
        data: biberachData,
      });
    }

    async function rollout(campaignId: string): Promise<CampaignRolloutDto> {
      return json<CampaignRolloutDto>(await coordinator().get(`/api/campaigns/${campaignId}/rollout`), 200);
    }

    it('keeps templates of a campaign in preparation to coordinators: list, detail, pages, preview, generate, download (404, German)', async () => {
      const secret = await createCampaign('Geheime Kampagne 2027', 'preparation');
      const template = await uploadTemplate(secret.id, 'Geheimes Plakat');
      expect((await acceptTerms(coordinator(), secret.id, secret.termsVersion)).status).toBe(200);
      const output = await json<KitOutputDto>(
        await generate(coordinator(), template.id, biberachId, biberachData),
        201,
      );
      for (const login of ['koordination.dlt', 'admin'] as const) {
        const page = await json<KitTemplatePageDto>(await as[login].get(`${API}/templates?limit=50`), 200);
        expect(page.items.map((item) => item.id)).toContain(template.id);
        expect((await as[login].get(`${API}/templates/${template.id}`)).status).toBe(200);
      }
      for (const login of ['leitung.biberach', 'redaktion.biberach'] as const) {
        const client = as[login];
        const all = await json<KitTemplatePageDto>(await client.get(`${API}/templates?limit=50`), 200);
        expect(all.items.map((item) => item.id)).not.toContain(template.id);
        const filtered = await json<KitTemplatePageDto>(
          await client.get(`${API}/templates?campaignId=${secret.id}`),
          200,
        );
        expect(filtered.items).toEqual([]);
        const detail = await problem(await client.get(`${API}/templates/${template.id}`), 404);
        expect(detail.detail).toBe('Diese Vorlage gibt es nicht (mehr).');
        await problem(await client.get(`${API}/templates/${template.id}/pages/1`), 404);
        await problem(await preview(client, template.id), 404);
        await problem(await generate(client, template.id, biberachId, biberachData), 404);
        await problem(await client.get(output.downloadUrl), 404);
      }
      // Staff stay refused at the route; the bulk run is the coordinators' anyway.
      expect((await as['fachkraft.biberach'].get(`${API}/templates/${template.id}`)).status).toBe(403);
      expect((await as['leitung.biberach'].post(`${API}/templates/${template.id}/bulk-runs`)).status).toBe(
        403,
      );

      // Once the campaign starts, the same template is there for everyone.
      await testApp.dataSource.query(`UPDATE campaigns SET status = 'active' WHERE id = $1`, [secret.id]);
      expect((await as['leitung.biberach'].get(`${API}/templates/${template.id}`)).status).toBe(200);
    });

    it('asks for the campaign’s terms before generating and downloading (409 with the asset download’s code)', async () => {
      const termsCampaign = await createCampaign('Kampagne mit Bedingungen', 'active');
      const termsTemplate = await uploadTemplate(termsCampaign.id, 'Plakat mit Bedingungen');
      const refused = await problem(
        await generate(as['leitung.biberach'], termsTemplate.id, biberachId, biberachData),
        409,
      );
      expect(refused.code).toBe('campaign-terms-required');
      expect(refused.detail).toBe(
        'Bitte lesen und akzeptieren Sie zuerst die Nutzungsbedingungen der Kampagne „Kampagne mit Bedingungen“.',
      );
      // Coordinators too, before a bulk run or their own file.
      expect(
        (await problem(await coordinator().post(`${API}/templates/${termsTemplate.id}/bulk-runs`), 409)).code,
      ).toBe('campaign-terms-required');
      expect(
        (await problem(await generate(coordinator(), termsTemplate.id, biberachId, biberachData), 409)).code,
      ).toBe('campaign-terms-required');
      expect((await acceptTerms(coordinator(), termsCampaign.id, termsCampaign.termsVersion)).status).toBe(
        200,
      );
      const made = await json<KitOutputDto>(
        await generate(coordinator(), termsTemplate.id, biberachId, biberachData),
        201,
      );
      // The file exists, but Biberach's manager has not accepted yet.
      expect((await problem(await as['leitung.biberach'].get(made.downloadUrl), 409)).code).toBe(
        'campaign-terms-required',
      );
      expect(
        (await acceptTerms(as['leitung.biberach'], termsCampaign.id, termsCampaign.termsVersion)).status,
      ).toBe(200);
      const termsOutput = await json<KitOutputDto>(
        await generate(as['leitung.biberach'], termsTemplate.id, biberachId, biberachData),
        201,
      );
      expect(termsOutput.id).toBe(made.id);
      expect((await as['leitung.biberach'].get(termsOutput.downloadUrl)).status).toBe(200);
      // The preview is no download: it works without the terms (the page shows it while typing).
      expect((await preview(as['redaktion.biberach'], termsTemplate.id)).status).toBe(200);
    });

    it('renders nothing from a template file that has not passed the malware scan (409 pending, 403 blocked)', async () => {
      const campaign = await createCampaign('Kampagne mit Virenprüfung', 'active');
      const template = await uploadTemplate(campaign.id, 'Plakat mit Virenprüfung');
      for (const login of ['leitung.biberach', 'koordination.dlt'] as const)
        expect((await acceptTerms(as[login], campaign.id, campaign.termsVersion)).status).toBe(200);
      const output = await json<KitOutputDto>(
        await generate(as['leitung.biberach'], template.id, biberachId, biberachData),
        201,
      );
      const [{ file_id: fileId }] = (await testApp.dataSource.query(
        `SELECT v.file_id FROM campaign_kit_template_versions v
           JOIN campaign_kit_templates t ON t.id = v.template_id AND v.number = t.current_version
          WHERE t.id = $1`,
        [template.id],
      )) as [{ file_id: string }];
      const setScan = (status: string) =>
        testApp.dataSource.query(`UPDATE stored_files SET scan_status = $2 WHERE id = $1`, [fileId, status]);
      const manager = as['leitung.biberach'];
      const refusals = () => [
        preview(manager, template.id),
        // The same inputs: the cached file must not slip through either.
        generate(manager, template.id, biberachId, biberachData),
        manager.get(`${API}/templates/${template.id}/pages/1`),
        manager.get(output.downloadUrl),
        coordinator().post(`${API}/templates/${template.id}/bulk-runs`),
      ];

      await setScan('pending');
      for (const response of await Promise.all(refusals()))
        expect((await problem(response, 409)).detail).toBe(
          'Die Datei wird noch auf Schadsoftware geprüft. Bitte versuchen Sie es in einigen Minuten noch einmal.',
        );
      for (const status of ['infected', 'not_scanned', 'failed']) {
        await setScan(status);
        for (const response of await Promise.all(refusals()))
          expect((await problem(response, 403)).detail).toMatch(/^Die Datei ist gesperrt: /);
      }
      await setScan('clean');
      expect((await preview(manager, template.id)).status).toBe(200);
      expect((await generate(manager, template.id, biberachId, biberachData)).status).toBe(201);
    });

    it('uses and serves the organisation’s logo only after the malware scan passed it (409 pending, 403 blocked)', async () => {
      const campaign = await createCampaign('Kampagne mit geprüftem Logo', 'active');
      const template = await uploadTemplate(campaign.id, 'Plakat mit Logo-Prüfung');
      for (const login of ['leitung.biberach', 'koordination.dlt'] as const)
        expect((await acceptTerms(as[login], campaign.id, campaign.termsVersion)).status).toBe(200);
      const [{ logo_file_id: logoId }] = (await testApp.dataSource.query(
        'SELECT logo_file_id FROM organisations WHERE id = $1',
        [biberachId],
      )) as [{ logo_file_id: string }];
      const setScan = (status: string) =>
        testApp.dataSource.query(`UPDATE stored_files SET scan_status = $2 WHERE id = $1`, [logoId, status]);
      const manager = as['leitung.biberach'];
      const uses = () => [
        manager.get(`${API}/organisations/${biberachId}/logo`),
        preview(manager, template.id),
        generate(manager, template.id, biberachId, biberachData),
      ];
      // The profile page tells why: the logo's scan state.
      const logoScan = async () =>
        (await json<KitProfileDto>(await manager.get(`${API}/organisations/${biberachId}/profile`), 200))
          .logoScan;
      try {
        await setScan('pending');
        for (const response of await Promise.all(uses()))
          expect((await problem(response, 409)).detail).toContain('noch auf Schadsoftware geprüft');
        expect(await logoScan()).toMatchObject({ status: 'pending', available: false, detail: null });
        for (const status of ['infected', 'not_scanned', 'failed']) {
          await setScan(status);
          for (const response of await Promise.all(uses()))
            expect((await problem(response, 403)).detail).toContain('gesperrt');
          expect(await logoScan()).toMatchObject({ status, available: false });
        }
      } finally {
        await setScan('clean');
      }
      expect(await logoScan()).toMatchObject({ status: 'clean', available: true });
      expect((await manager.get(`${API}/organisations/${biberachId}/logo`)).status).toBe(200);
      expect((await preview(manager, template.id)).status).toBe(200);
      expect((await generate(manager, template.id, biberachId, biberachData)).status).toBe(201);
    });

    it('counts a Jobcenter’s kit download per campaign and day, and the roll-out shows it as reached', async () => {
      const campaign = await createCampaign('Kampagne für den Roll-out', 'active');
      const template = await uploadTemplate(campaign.id, 'Plakat für den Roll-out');
      for (const login of ['leitung.biberach', 'koordination.dlt'] as const)
        expect((await acceptTerms(as[login], campaign.id, campaign.termsVersion)).status).toBe(200);
      const output = await json<KitOutputDto>(
        await generate(as['leitung.biberach'], template.id, biberachId, biberachData),
        201,
      );
      const missing = (dto: CampaignRolloutDto) =>
        dto.states.flatMap((state) => state.missing.map((jc) => jc.id));
      const before = await rollout(campaign.id);
      expect(before.reached).toBe(0);
      expect(missing(before)).toContain(biberachId);

      // Neither a resumed request nor a coordinator fetching Biberach's file counts.
      expect((await as['leitung.biberach'].get(output.downloadUrl, { range: 'bytes=5-9' })).status).toBe(206);
      expect((await coordinator().get(output.downloadUrl)).status).toBe(200);
      expect((await rollout(campaign.id)).reached).toBe(0);

      await download(as['leitung.biberach'], output);
      await download(as['leitung.biberach'], output);
      const rows = await testApp.dataSource.query(
        `SELECT organisation_id, count FROM campaign_kit_downloads WHERE campaign_id = $1`,
        [campaign.id],
      );
      expect(rows).toEqual([{ organisation_id: biberachId, count: 2 }]);
      const after = await rollout(campaign.id);
      expect(after.reached).toBe(1);
      expect(missing(after)).not.toContain(biberachId);
      const bw = after.states.find((state) => state.state === 'Baden-Württemberg')!;
      expect(bw.reached).toBe(1);

      // The statistics count them too, as the kit's own entry and per day — for the campaign and for all.
      const stats = await json<CampaignStatisticsDto>(
        await coordinator().get(`/api/campaigns/statistics?campaignId=${campaign.id}`),
        200,
      );
      expect(stats.kit).toEqual({ downloads: 2, organisations: 1 });
      expect(stats.topAssets).toEqual([]);
      expect(stats.total).toBe(2);
      expect(stats.perDay.at(-1)).toEqual({ day: stats.to, downloads: 0, kitDownloads: 2 });
      const all = await json<CampaignStatisticsDto>(
        await coordinator().get('/api/campaigns/statistics'),
        200,
      );
      expect(all.kit.downloads).toBeGreaterThanOrEqual(2);
      expect(all.perDay.at(-1)!.kitDownloads).toBeGreaterThanOrEqual(2);
    });

    it('counts only current Jobcenter in the roll-out, not merged-away ones', async () => {
      const [merged] = (await testApp.dataSource.query(
        `INSERT INTO organisations (key, name, kind, state, category, merged_into_id, merged_at)
         SELECT 'zusammengelegt-test', 'Jobcenter Zusammengelegt (Test)', kind, state, category, id, now()
           FROM organisations WHERE id = $1
         RETURNING id`,
        [biberachId],
      )) as [{ id: string }];
      try {
        const [{ n }] = (await testApp.dataSource.query(
          `SELECT count(*)::int AS n FROM organisations WHERE kind = 'jobcenter' AND merged_into_id IS NULL`,
        )) as [{ n: number }];
        const dto = await rollout(DEMO_CAMPAIGN_ID);
        expect(dto.jobcenters).toBe(n);
        expect(dto.states.flatMap((state) => state.missing.map((jc) => jc.id))).not.toContain(merged.id);
      } finally {
        await testApp.dataSource.query('DELETE FROM organisations WHERE id = $1', [merged.id]);
      }
    });
  });
});
