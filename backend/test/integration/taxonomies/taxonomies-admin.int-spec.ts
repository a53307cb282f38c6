import type { AuditListDto, CampaignTagListDto, TaxonomyListDto, TaxonomyTermDto } from '@portal/contracts';
import { AuditAction } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

describe('taxonomies in one place: sections, deactivation, merge with audit, per role', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(
      testApp.baseUrl,
      [
        'admin',
        'koordination.dlt',
        'leitung.biberach',
        'redaktion.biberach',
        'fachkraft.biberach',
      ] as DemoLogin[],
      as,
    );
  });
  afterAll(() => testApp.close());

  async function list(client: HttpClient, query = ''): Promise<TaxonomyListDto> {
    const response = await client.get(`/api/taxonomies${query}`);
    expect(response.status).toBe(200);
    return (await response.json()) as TaxonomyListDto;
  }

  async function term(label: string, key = 'zielgruppen'): Promise<TaxonomyTermDto> {
    const response = await as.admin.post(`/api/taxonomies/${key}/terms`, { label });
    expect(response.status).toBe(201);
    return (await response.json()) as TaxonomyTermDto;
  }

  it('names the section of every taxonomy', async () => {
    const taxonomies = await list(as['fachkraft.biberach']);
    expect(taxonomies.items.map((taxonomy) => [taxonomy.key, taxonomy.section]).sort()).toEqual([
      ['handlungsfelder', 'Gute Praxis'],
      ['ressourcen-themen', 'Digitalisierung'],
      ['zielgruppen', 'Gute Praxis'],
    ]);
  });

  it('lets coordinators and admins manage terms; managers, editors and staff get 403', async () => {
    const created = await term('Alleinerziehende mit Kleinkindern');
    for (const login of ['leitung.biberach', 'redaktion.biberach', 'fachkraft.biberach'] as DemoLogin[]) {
      expect((await as[login].post('/api/taxonomies/zielgruppen/terms', { label: 'Nein' })).status).toBe(403);
      expect(
        (
          await as[login].request('PUT', `/api/taxonomies/terms/${created.id}`, {
            body: { label: 'X', active: false },
          })
        ).status,
      ).toBe(403);
      expect(
        (await as[login].post(`/api/taxonomies/terms/${created.id}/merge`, { sourceTermIds: [created.id] }))
          .status,
      ).toBe(403);
    }
    const byCoordinator = await as['koordination.dlt'].post('/api/taxonomies/zielgruppen/terms', {
      label: 'Pendelnde',
    });
    expect(byCoordinator.status).toBe(201);
  });

  it('deactivates a term: gone from forms, listed for managers with ?inactive=true, kept on content, reactivatable', async () => {
    const created = await term('Saisonkräfte');
    const deactivated = await as['koordination.dlt'].request('PUT', `/api/taxonomies/terms/${created.id}`, {
      body: { label: 'Saisonkräfte', active: false },
    });
    expect(deactivated.status).toBe(200);
    expect(((await deactivated.json()) as TaxonomyTermDto).active).toBe(false);

    const ids = (taxonomies: TaxonomyListDto) =>
      taxonomies.items.flatMap((t) => t.terms.map((item) => item.id));
    expect(ids(await list(as['fachkraft.biberach']))).not.toContain(created.id);
    // Staff asking for inactive terms get the active ones only.
    expect(ids(await list(as['fachkraft.biberach'], '?inactive=true'))).not.toContain(created.id);
    expect(ids(await list(as['koordination.dlt'], '?inactive=true'))).toContain(created.id);

    const back = await as.admin.request('PUT', `/api/taxonomies/terms/${created.id}`, {
      body: { label: 'Saisonkräfte', active: true },
    });
    expect(((await back.json()) as TaxonomyTermDto).active).toBe(true);
    expect(ids(await list(as['fachkraft.biberach']))).toContain(created.id);
  });

  it('merges in one transaction: references move, no orphans, and the merge is in the audit log', async () => {
    const target = await term('Geflüchtete');
    const source = await term('Geflüchtete Menschen');
    const practiceIds: { id: string }[] = await testApp.dataSource.query('SELECT id FROM practices LIMIT 2');
    expect(practiceIds).toHaveLength(2);
    for (const practice of practiceIds) {
      await testApp.dataSource.query(
        `INSERT INTO taxonomy_assignments (target_type, target_id, term_id) VALUES ('practice', $1, $2)`,
        [practice.id, source.id],
      );
    }
    if (practiceIds[0]) {
      await testApp.dataSource.query(
        `INSERT INTO taxonomy_assignments (target_type, target_id, term_id) VALUES ('practice', $1, $2)`,
        [practiceIds[0].id, target.id],
      );
    }
    const merged = await as['koordination.dlt'].post(`/api/taxonomies/terms/${target.id}/merge`, {
      sourceTermIds: [source.id],
    });
    expect(merged.status).toBe(200);
    expect(((await merged.json()) as { movedReferences: number }).movedReferences).toBe(practiceIds.length);
    const [counts] = await testApp.dataSource.query(
      `SELECT (SELECT count(*) FROM taxonomy_assignments WHERE term_id = $1)::int AS source,
              (SELECT count(*) FROM taxonomy_assignments WHERE term_id = $2)::int AS target,
              (SELECT count(*) FROM taxonomy_terms WHERE id = $1)::int AS source_term`,
      [source.id, target.id],
    );
    expect(counts).toEqual({ source: 0, target: practiceIds.length, source_term: 0 });

    const audit = (await (
      await as.admin.get(`/api/admin/audit?limit=10&action=${AuditAction.TaxonomyTermsMerged}`)
    ).json()) as AuditListDto;
    expect(audit.items[0]).toMatchObject({
      targetId: target.id,
      summary: 'Geflüchtete Menschen → Geflüchtete',
    });
  });

  it('keeps the free tags of campaign material: rename and merge on every asset, coordinators and admins only', async () => {
    for (const login of ['leitung.biberach', 'redaktion.biberach', 'fachkraft.biberach'] as DemoLogin[]) {
      expect((await as[login].get('/api/campaign-asset-tags')).status).toBe(403);
      expect((await as[login].post('/api/campaign-asset-tags/rename', { from: 'Web', to: 'X' })).status).toBe(
        403,
      );
    }
    const tags = async () =>
      ((await (await as['koordination.dlt'].get('/api/campaign-asset-tags')).json()) as CampaignTagListDto)
        .items;
    const before = await tags();
    const web = before.find((item) => item.tag === 'Web');
    expect(web?.assets).toBeGreaterThan(0);
    const tagsOf = async (): Promise<string[][]> =>
      (await testApp.dataSource.query('SELECT tags FROM campaign_assets ORDER BY id')).map(
        (row: { tags: string[] }) => row.tags,
      );
    const rowsBefore = await tagsOf();

    const merged = await as['koordination.dlt'].post('/api/campaign-asset-tags/rename', {
      from: 'Web',
      to: 'Social Media',
    });
    expect(merged.status).toBe(200);
    expect(((await merged.json()) as { movedReferences: number }).movedReferences).toBe(web!.assets);
    const rowsAfter = await tagsOf();
    rowsBefore.forEach((row, index) => {
      const expected = [...new Set(row.map((tag) => (tag === 'Web' ? 'Social Media' : tag)))];
      expect(rowsAfter[index]).toEqual(expected);
    });
    expect((await tags()).map((item) => item.tag)).not.toContain('Web');

    expect((await as.admin.post('/api/campaign-asset-tags/rename', { from: 'Web', to: 'Netz' })).status).toBe(
      404,
    );
    expect(
      (await as.admin.post('/api/campaign-asset-tags/rename', { from: 'Druck', to: 'Druck' })).status,
    ).toBe(400);
    expect(
      (await as.admin.post('/api/campaign-asset-tags/rename', { from: 'Druck', to: 'x'.repeat(41) })).status,
    ).toBe(400);
    const audit = (await (
      await as.admin.get(`/api/admin/audit?limit=10&action=${AuditAction.CampaignTagRenamed}`)
    ).json()) as AuditListDto;
    expect(audit.items[0]).toMatchObject({ summary: 'Web → Social Media' });
  });

  it('refuses hostile input with German problems', async () => {
    const created = await term('Prüfbegriff');
    const bad: [string, string, unknown][] = [
      ['PUT', `/api/taxonomies/terms/${created.id}`, { label: 'X', active: 'nein' }],
      ['PUT', `/api/taxonomies/terms/${created.id}`, { label: '' }],
      ['PUT', `/api/taxonomies/terms/${created.id}`, { label: 'x'.repeat(81) }],
      ['POST', `/api/taxonomies/terms/${created.id}/merge`, { sourceTermIds: ['nicht-uuid'] }],
      ['POST', `/api/taxonomies/terms/${created.id}/merge`, { sourceTermIds: [] }],
    ];
    for (const [method, path, body] of bad) {
      const response = await as.admin.request(method, path, { body });
      expect(response.status).toBe(400);
      expect(response.headers.get('content-type')).toContain('application/problem+json');
    }
    expect((await as.admin.post('/api/taxonomies/gibtsnicht/terms', { label: 'X' })).status).toBe(404);
    expect(
      (await as.admin.request('PUT', '/api/taxonomies/terms/nope', { body: { label: 'X' } })).status,
    ).toBe(404);
  });
});
