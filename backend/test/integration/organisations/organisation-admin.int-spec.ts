import type {
  AuditListDto,
  MergeOrganisationResultDto,
  OrganisationDto,
  OrganisationImportResultDto,
  OrganisationListDto,
  OrganisationProfileDto,
} from '@portal/contracts';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  DERIVED_ORGANISATION_COLUMNS,
  MERGED_COLUMNS,
} from '../../../src/modules/organisations/organisation-merge';
import { HttpClient } from '../../support/http-client';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
];
// The repository's copy of ../shared/data/organisations.csv (CI has only the clone).
const SHARED_CSV = join(__dirname, '../../../src/assets/organisations.csv');
const HEADER = 'name,kind,state,category\n';

describe('organisation administration: create, merge, CSV import', () => {
  let testApp: TestApp;
  const as = {} as Record<DemoLogin, HttpClient>;
  const sql = <T = Record<string, unknown>>(query: string, parameters: unknown[] = []) =>
    testApp.dataSource.query(query, parameters) as Promise<T[]>;

  beforeAll(async () => {
    testApp = await createTestApp();
    await signInAll(testApp.baseUrl, LOGINS, as);
  }, 120_000);
  afterAll(() => testApp.close());

  async function create(name: string, state = 'Hessen'): Promise<OrganisationDto> {
    const response = await as.admin.post('/api/admin/organisations', {
      name,
      kind: 'jobcenter',
      state,
      category: 'Landkreis',
    });
    expect(response.status).toBe(201);
    return (await response.json()) as OrganisationDto;
  }

  function upload(client: HttpClient, content: string | Buffer, dryRun: boolean, name = 'verzeichnis.csv') {
    const form = new FormData();
    form.append('dryRun', String(dryRun));
    form.append(
      'file',
      new Blob([new Uint8Array(typeof content === 'string' ? Buffer.from(content) : content)]),
      name,
    );
    return client.request('POST', '/api/admin/organisations/import', { body: form });
  }

  async function importCsv(content: string | Buffer, dryRun: boolean): Promise<OrganisationImportResultDto> {
    const response = await upload(as.admin, content, dryRun);
    expect(response.status).toBe(200);
    return (await response.json()) as OrganisationImportResultDto;
  }

  const organisationCount = async () =>
    Number((await sql<{ n: string }>('SELECT count(*) AS n FROM organisations'))[0]!.n);

  describe('who may', () => {
    it.each(['koordination.dlt', 'leitung.biberach', 'redaktion.biberach', 'fachkraft.biberach'] as const)(
      '%s may not create, merge, import or export',
      async (login) => {
        const body = { name: 'Landkreis Neu', kind: 'jobcenter', state: 'Hessen', category: 'Landkreis' };
        expect((await as[login].post('/api/admin/organisations', body)).status).toBe(403);
        const id = (await sql<{ id: string }>('SELECT id FROM organisations LIMIT 2')).map((row) => row.id);
        expect(
          (await as[login].post(`/api/admin/organisations/${id[0]}/merge`, { targetId: id[1] })).status,
        ).toBe(403);
        expect((await upload(as[login], HEADER, true)).status).toBe(403);
        expect((await as[login].get('/api/admin/organisations/export')).status).toBe(403);
      },
    );

    it('refuses anonymous requests', async () => {
      const anonymous = new HttpClient(testApp.baseUrl);
      expect((await anonymous.get('/api/admin/organisations/export')).status).toBe(401);
    });
  });

  describe('create', () => {
    it('creates an organisation with an audit entry; a second one with the same name is a 409', async () => {
      const created = await create('Landkreis Testhausen');
      expect(created.key).toBe('landkreis-testhausen');
      const again = await as.admin.post('/api/admin/organisations', {
        name: 'Landkreis  Testhausen',
        kind: 'jobcenter',
        state: 'Hessen',
        category: 'Landkreis',
      });
      expect(again.status).toBe(409);
      const log = (await (
        await as.admin.get('/api/admin/audit?action=organisations.created')
      ).json()) as AuditListDto;
      expect(log.items[0]?.summary).toBe('Landkreis Testhausen');
    });

    it.each([
      [{ name: '', kind: 'jobcenter', state: 'Hessen', category: 'Landkreis' }],
      [{ name: 'X', kind: 'verein', state: 'Hessen', category: 'Landkreis' }],
      [{ name: 'X', kind: 'jobcenter', state: 'Atlantis', category: 'Landkreis' }],
      [{ name: 'X', kind: 'jobcenter', state: 'Hessen', category: 'Dorf' }],
      [{ name: '!!!', kind: 'jobcenter', state: 'Hessen', category: 'Landkreis' }],
      [{ name: 'x'.repeat(201), kind: 'jobcenter', state: 'Hessen', category: 'Landkreis' }],
    ])('rejects %j', async (body) => {
      expect((await as.admin.post('/api/admin/organisations', body)).status).toBe(400);
    });
  });

  describe('merge', () => {
    it('lists every column that points at an organisation', async () => {
      const columns = await sql<{ column: string }>(
        `SELECT tc.table_name || '.' || kcu.column_name AS column
           FROM information_schema.table_constraints tc
           JOIN information_schema.key_column_usage kcu ON kcu.constraint_name = tc.constraint_name
           JOIN information_schema.constraint_column_usage ccu ON ccu.constraint_name = tc.constraint_name
          WHERE tc.constraint_type = 'FOREIGN KEY' AND ccu.table_name = 'organisations'
         UNION
         SELECT table_name || '.' || column_name FROM information_schema.columns
          WHERE table_schema = 'public' AND (column_name LIKE '%organisation_id' OR column_name LIKE '%organisation_ids')
            AND table_name IN (SELECT table_name FROM information_schema.tables
                                WHERE table_schema = 'public' AND table_type = 'BASE TABLE')`,
      );
      expect(columns.map((row) => row.column).sort()).toEqual(
        [...MERGED_COLUMNS, ...DERIVED_ORGANISATION_COLUMNS].sort(),
      );
    });

    it('moves signed-in members along at once: their sessions carry the new organisation and Land', async () => {
      const source = await create('Landkreis Vorher', 'Sachsen');
      const target = await create('Landkreis Nachher', 'Thüringen');
      const [member] = await sql<{ id: string }>(
        `INSERT INTO users (issuer, subject, display_name, roles, organisation_id)
         VALUES ('test', 'vorher-1', 'Vera Vorher', '{staff}', $1) RETURNING id`,
        [source.id],
      );
      const sid = 'merge-test-session';
      await sql(
        `INSERT INTO sessions (sid, user_id, data, expires_at, absolute_expires_at)
         VALUES ($1, $2, $3, now() + interval '1 hour', now() + interval '1 hour')`,
        [
          sid,
          member!.id,
          {
            cookie: { path: '/', httpOnly: true },
            passport: {
              user: {
                id: member!.id,
                displayName: 'Vera Vorher',
                roles: ['staff'],
                organisationId: source.id,
                organisationState: 'Sachsen',
              },
            },
          },
        ],
      );

      expect(
        (await as.admin.post(`/api/admin/organisations/${source.id}/merge`, { targetId: target.id })).status,
      ).toBe(200);
      const [session] = await sql<{ user: { organisationId: string; organisationState: string } }>(
        `SELECT data #> '{passport,user}' AS user FROM sessions WHERE sid = $1`,
        [sid],
      );
      expect(session!.user.organisationId).toBe(target.id);
      expect(session!.user.organisationState).toBe('Thüringen');
    });

    it('moves all content of the source in one go and leaves a redirect', async () => {
      const source = await create('Landkreis Altkreis');
      const target = await create('Landkreis Neukreis');
      const s = source.id;
      const t = target.id;
      const [user] = await sql<{ id: string }>(
        `INSERT INTO users (issuer, subject, display_name, roles, organisation_id)
         VALUES ('test', 'altkreis-1', 'Alma Altkreis', '{staff}', $1) RETURNING id`,
        [s],
      );
      const [news] = await sql<{ id: string }>(
        `INSERT INTO news (title, teaser, body, category, organisation_id, audience_organisation_ids)
         VALUES ('N', 'T', 'B', 'allgemein', $1, ARRAY[$1, $2]::uuid[]) RETURNING id`,
        [s, t],
      );
      const [event] = await sql<{ id: string }>(
        `INSERT INTO events (title, description, starts_at, ends_at, organisation_id, audience_organisation_ids)
         VALUES ('E', 'D', now(), now(), $1, ARRAY[$1]::uuid[]) RETURNING id`,
        [s],
      );
      const [practice] = await sql<{ id: string }>(
        `INSERT INTO practices (title, summary, status, organisation_id, state, organisation_category, published_at)
         VALUES ('P', 'S', 'published', $1, 'Hessen', 'Landkreis', now()) RETURNING id`,
        [s],
      );
      const [adopted] = await sql<{ id: string }>(
        `INSERT INTO practices (title, summary, status, adoption_count, published_at)
         VALUES ('Q', 'S', 'published', 2, now()) RETURNING id`,
      );
      // Both adopted the same practice: after the merge once, and the counter says so.
      await sql(
        `INSERT INTO practice_adoptions (practice_id, organisation_id, created_at) VALUES ($1, $2, now()), ($1, $3, now())`,
        [adopted!.id, s, t],
      );
      await sql(
        `INSERT INTO practice_adoptions (practice_id, organisation_id, created_at) VALUES ($1, $2, now())`,
        [practice!.id, s],
      );
      const [asset] = await sql<{ id: string; campaign_id: string }>(
        'SELECT id, campaign_id FROM campaign_assets LIMIT 1',
      );
      await sql(
        `INSERT INTO campaign_downloads (asset_id, organisation_id, day, campaign_id, count)
         VALUES ($1, $2, '2026-01-05', $4, 3), ($1, $3, '2026-01-05', $4, 2), ($1, $2, '2026-01-06', $4, 1)`,
        [asset!.id, s, t, asset!.campaign_id],
      );
      const [version] = await sql<{ id: string; file_id: string; template_id: string }>(
        'SELECT id, file_id, template_id FROM campaign_kit_template_versions LIMIT 1',
      );
      const [output] = await sql<{ id: string }>(
        `INSERT INTO campaign_kit_outputs (template_version_id, organisation_id, data_hash, format, file_id)
         VALUES ($1, $2, repeat('a', 64), 'pdf', $3) RETURNING id`,
        [version!.id, s, version!.file_id],
      );
      const [run] = await sql<{ id: string }>(
        `INSERT INTO campaign_kit_bulk_runs (template_id, status) VALUES ($1, 'done') RETURNING id`,
        [version!.template_id],
      );
      await sql(
        `INSERT INTO campaign_kit_bulk_files (run_id, organisation_id, output_id, entry_name) VALUES ($1, $2, $3, 'a.pdf')`,
        [run!.id, s, output!.id],
      );
      await sql(
        `INSERT INTO news_acknowledgements (news_id, user_id, organisation_id, acknowledged_at) VALUES ($1, $2, $3, now())`,
        [news!.id, user!.id, s],
      );
      await sql(
        `INSERT INTO organisation_contacts (organisation_id, topic, user_id) VALUES ($1, 'digitalisierung', $2)`,
        [s, user!.id],
      );
      await sql(`INSERT INTO user_activity (user_id, day, organisation_id) VALUES ($1, '2026-01-05', $2)`, [
        user!.id,
        s,
      ]);
      const [resource] = await sql<{ id: string }>(
        `INSERT INTO resources (kind, title, status, published_at, provider_organisation_id, audience_organisation_ids)
         VALUES ('guide', 'Altkreis-Leitfaden', 'published', now(), $1, ARRAY[$1, $2]::uuid[]) RETURNING id`,
        [s, t],
      );
      const earlier = await create('Landkreis Uraltkreis');
      await sql('UPDATE organisations SET merged_into_id = $2 WHERE id = $1', [earlier.id, s]);
      const newsVersion = (
        await sql<{ version: number }>('SELECT version FROM news WHERE id = $1', [news!.id])
      )[0]!.version;

      // Not allowed: into itself, unknown target, coordinator.
      expect((await as.admin.post(`/api/admin/organisations/${s}/merge`, { targetId: s })).status).toBe(400);
      expect(
        (
          await as.admin.post(`/api/admin/organisations/${s}/merge`, {
            targetId: '6f1c2d3e-0000-4000-8000-000000000000',
          })
        ).status,
      ).toBe(404);

      const response = await as.admin.post(`/api/admin/organisations/${s}/merge`, { targetId: t });
      expect(response.status).toBe(200);
      const result = (await response.json()) as MergeOrganisationResultDto;
      expect(result.moved).toEqual(
        expect.objectContaining({ users: 1, news: 1, events: 1, practices: 1, campaign_downloads: 2 }),
      );

      const owner = async (table: string, where: string, parameter: string) =>
        (
          await sql<{ organisation_id: string }>(`SELECT organisation_id FROM ${table} WHERE ${where} = $1`, [
            parameter,
          ])
        ).map((row) => row.organisation_id);
      expect(await owner('users', 'id', user!.id)).toEqual([t]);
      expect(await owner('news', 'id', news!.id)).toEqual([t]);
      expect(await owner('events', 'id', event!.id)).toEqual([t]);
      expect(await owner('practices', 'id', practice!.id)).toEqual([t]);
      expect(await owner('campaign_kit_outputs', 'id', output!.id)).toEqual([t]);
      expect(await owner('campaign_kit_bulk_files', 'run_id', run!.id)).toEqual([t]);
      expect(await owner('news_acknowledgements', 'news_id', news!.id)).toEqual([t]);
      expect(await owner('organisation_contacts', 'user_id', user!.id)).toEqual([t]);
      expect(await owner('user_activity', 'user_id', user!.id)).toEqual([t]);
      expect(
        await sql('SELECT provider_organisation_id, audience_organisation_ids FROM resources WHERE id = $1', [
          resource!.id,
        ]),
      ).toEqual([{ provider_organisation_id: t, audience_organisation_ids: [t] }]);
      // The search index followed in the same transaction (database triggers).
      expect(
        await sql(`SELECT organisation_id FROM search_documents WHERE type = 'resource' AND source_id = $1`, [
          resource!.id,
        ]),
      ).toEqual([{ organisation_id: t }]);
      expect((await owner('practice_adoptions', 'practice_id', adopted!.id)).sort()).toEqual([t]);
      expect(await owner('practice_adoptions', 'practice_id', practice!.id)).toEqual([t]);
      expect(
        (
          await sql<{ adoption_count: number }>('SELECT adoption_count FROM practices WHERE id = $1', [
            adopted!.id,
          ])
        )[0]!.adoption_count,
      ).toBe(1);
      const audience = await sql<{ ids: string[]; version: number }>(
        'SELECT audience_organisation_ids AS ids, version FROM news WHERE id = $1',
        [news!.id],
      );
      expect(audience[0]!.ids).toEqual([t]);
      // Moving is not editing: no version bump, no false 409 for the next editor.
      expect(audience[0]!.version).toBe(newsVersion);
      expect(
        (
          await sql<{ ids: string[] }>('SELECT audience_organisation_ids AS ids FROM events WHERE id = $1', [
            event!.id,
          ])
        )[0]!.ids,
      ).toEqual([t]);
      const downloads = await sql<{ day: string; count: number }>(
        `SELECT day::text AS day, count FROM campaign_downloads WHERE organisation_id = ANY($1::uuid[]) ORDER BY day`,
        [[s, t]],
      );
      expect(downloads).toEqual([
        { day: '2026-01-05', count: 5 },
        { day: '2026-01-06', count: 1 },
      ]);
      const redirects = await sql<{ id: string; merged_into_id: string }>(
        'SELECT id, merged_into_id FROM organisations WHERE id = ANY($1::uuid[]) ORDER BY name',
        [[s, earlier.id]],
      );
      expect(redirects.every((row) => row.merged_into_id === t)).toBe(true);

      // The source leaves the directory, its profile says where it went, and it cannot be merged again.
      const listed = (await (
        await as['fachkraft.biberach'].get('/api/organisations?q=Altkreis')
      ).json()) as OrganisationListDto;
      expect(listed.items).toEqual([]);
      const gone = (await (
        await as['fachkraft.biberach'].get(`/api/organisations/${s}`)
      ).json()) as OrganisationProfileDto;
      expect(gone.mergedIntoId).toBe(t);
      expect(gone.mayEdit).toBe(false);
      expect((await as.admin.post(`/api/admin/organisations/${s}/merge`, { targetId: t })).status).toBe(409);
      const merged = (await (await as.admin.get(`/api/organisations/${t}`)).json()) as OrganisationProfileDto;
      expect(merged.activity.practices.map((entry) => entry.id)).toContain(practice!.id);
      expect(merged.activity.campaigns[0]?.downloads).toBe(6);

      const log = (await (
        await as.admin.get('/api/admin/audit?action=organisations.merged')
      ).json()) as AuditListDto;
      expect(log.items[0]?.summary).toContain('Landkreis Altkreis');
      expect(log.items[0]?.targetId).toBe(t);
    });
  });

  describe('CSV import', () => {
    it('imports the shared directory file cleanly (already seeded rows are unchanged)', async () => {
      const bytes = await readFile(SHARED_CSV);
      const result = await importCsv(bytes, true);
      expect(result.fileErrors).toEqual([]);
      expect(result.errorRows).toBe(0);
      expect(result.rows).toHaveLength(55);
      expect(result.created + result.unchanged).toBe(55);
    });

    it('imports the shared file into an empty directory with „;“ and a BOM', async () => {
      const text = (await readFile(SHARED_CSV, 'utf8')).replace(/,/g, ';');
      const renamed = text.replace(/^([^;\n]+);jobcenter/gm, 'Neu $1;jobcenter');
      const before = await organisationCount();
      const preview = await importCsv(Buffer.from(`\uFEFF${renamed}`), true);
      expect(preview.errorRows).toBe(0);
      expect(preview.created).toBe(53);
      expect(await organisationCount()).toBe(before);
      const committed = await importCsv(Buffer.from(`\uFEFF${renamed}`), false);
      expect(committed.committed).toBe(true);
      expect(await organisationCount()).toBe(before + 53);
    });

    it('reports bad rows line by line, writes nothing, neither in preview nor at commit', async () => {
      const csv = [
        'name,kind,state,category',
        'Landkreis Gut,jobcenter,Hessen,Landkreis',
        ',jobcenter,Hessen,Landkreis',
        'Landkreis Atlantis,jobcenter,Atlantis,Landkreis',
        'Landkreis Verein,verein,Hessen,Landkreis',
        'Landkreis Dorf,jobcenter,Hessen,Dorf',
        'Landkreis Gut,jobcenter,Hessen,Landkreis',
        'Kreis Offenbach,jobcenter,Bayern,Landkreis',
        `${'L'.repeat(201)},jobcenter,Hessen,Landkreis`,
        '"=cmd|\' /C calc\'!A0",jobcenter,Hessen,Landkreis',
      ].join('\r\n');
      const before = await organisationCount();
      for (const dryRun of [true, false]) {
        const result = await importCsv(csv, dryRun);
        expect(result.committed).toBe(false);
        const byLine = Object.fromEntries(result.rows.map((row) => [row.line, row]));
        expect(byLine[2]?.action).toBe('create');
        expect(byLine[3]?.errors).toEqual(['Der Name fehlt.']);
        expect(byLine[4]?.errors.join()).toContain('Unbekanntes Bundesland „Atlantis“');
        expect(byLine[5]?.errors.join()).toContain('Unbekannte Art „verein“');
        expect(byLine[6]?.errors.join()).toContain('Unbekannte Kategorie „Dorf“');
        expect(byLine[7]?.errors.join()).toContain('Doppelt in der Datei (wie Zeile 2)');
        expect(byLine[8]?.errors.join()).toContain('Gibt es bereits im Verzeichnis');
        expect(byLine[9]?.errors.join()).toContain('länger als 200');
        expect(byLine[10]?.action).toBe('create');
        expect(byLine[10]?.name).toBe("=cmd|' /C calc'!A0");
        expect(byLine[10]?.warnings.join()).toContain('als Text gespeichert');
        expect(result.errorRows).toBe(7);
      }
      expect(await organisationCount()).toBe(before);
    });

    it('stores formula-like names as text and neutralises them in the CSV export', async () => {
      const result = await importCsv(
        'name;kind;state;category\n"=HYPERLINK(""http://x"")";jobcenter;Hessen;Landkreis\n',
        false,
      );
      expect(result.committed).toBe(true);
      const [stored] = await sql<{ name: string }>(
        "SELECT name FROM organisations WHERE name LIKE '=HYPERLINK%'",
      );
      expect(stored!.name).toBe('=HYPERLINK("http://x")');
      const exported = await as.admin.get('/api/admin/organisations/export');
      expect(exported.status).toBe(200);
      const text = await exported.text();
      expect(text).toContain(`"'=HYPERLINK(""http://x"")"`);
      expect(text).not.toMatch(/(^|;)"=/m);
      const log = (await (
        await as.admin.get('/api/admin/audit?action=organisations.imported')
      ).json()) as AuditListDto;
      expect(log.items.length).toBeGreaterThanOrEqual(2);
    });

    it.each([
      ['a missing column', 'name,kind,category\nX,jobcenter,Landkreis\n', 'Die Spalte „state“ fehlt'],
      ['only blank lines', '\n\n', 'Die Datei ist leer.'],
      ['a header only', HEADER, 'keine Zeilen'],
    ])('reports %s for the whole file', async (_, content, message) => {
      const result = await importCsv(content, false);
      expect(result.committed).toBe(false);
      expect(result.fileErrors.join()).toContain(message);
    });

    it('refuses a file that is not UTF-8, too large, empty, or not text', async () => {
      const empty = await upload(as.admin, '', true);
      expect(empty.status).toBe(400);
      expect(empty.headers.get('content-type')).toContain('application/problem+json');
      const latin1 = Buffer.concat([
        Buffer.from(HEADER),
        Buffer.from([0x4d, 0xfc, 0x6e, 0x63, 0x68, 0x65, 0x6e]),
        Buffer.from(',jobcenter,Bayern,Landkreis\n'),
      ]);
      const result = await upload(as.admin, latin1, true);
      if (result.status === 200) {
        expect(((await result.json()) as OrganisationImportResultDto).fileErrors.join()).toContain('UTF-8');
      } else {
        expect(result.status).toBe(415);
      }
      const huge = HEADER + `Landkreis X,jobcenter,Hessen,Landkreis\n`.repeat(40_000);
      expect((await upload(as.admin, huge, true)).status).toBe(413);
      const png = Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex');
      expect((await upload(as.admin, png, true, 'verzeichnis.csv')).status).toBe(415);
    });
  });
});
