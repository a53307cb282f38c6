import type { CampaignRolloutDto, NetworkOverviewDto } from '@portal/contracts';
import { AuditAction, NETWORK_FIGURES } from '@portal/contracts';
import { randomUUID } from 'node:crypto';
import { HttpClient } from '../../support/http-client';
import { ManualClock } from '../../support/manual-clock';
import { DemoLogin, signInAll } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';
import { json } from '../../support/json';

const LOGINS: DemoLogin[] = [
  'admin',
  'koordination.dlt',
  'leitung.biberach',
  'redaktion.biberach',
  'fachkraft.biberach',
];

describe('network overview: who may see it, figures of a small dataset, CSV per figure', () => {
  let testApp: TestApp;
  const clock = new ManualClock(new Date('2026-11-25T10:00:00Z'));
  const as = {} as Record<DemoLogin, HttpClient>;
  const organisations = { biberach: '', offenbach: '', hostile: '' };

  beforeAll(async () => {
    // Groups under 5 people show no acknowledgement count (the works-council setting).
    testApp = await createTestApp({ ACKNOWLEDGEMENT_MIN_GROUP: '5' }, { clock });
    await signInAll(testApp.baseUrl, LOGINS, as);
    const db = testApp.dataSource;
    // Far from the demo content's dates: Wednesday, 6 March 2030 (weeks from Mon 25 Feb and Mon 4 Mar).
    clock.set(new Date('2030-03-06T11:00:00Z'));
    for (const login of LOGINS) await as[login].get('/api/me'); // marks today; removed below
    await db.query('DELETE FROM user_activity');
    const key = async (k: string) =>
      ((await db.query('SELECT id FROM organisations WHERE key = $1', [k])) as { id: string }[])[0]!.id;
    organisations.biberach = await key('landkreis-biberach');
    organisations.offenbach = await key('kreis-offenbach');
    organisations.hostile = (
      (await db.query(
        `INSERT INTO organisations (key, name, kind, state, category) VALUES ('formel', '=HYPERLINK("http://x")', 'jobcenter', 'Sachsen', 'Landkreis') RETURNING id`,
      )) as { id: string }[]
    )[0]!.id;
    const [a, b, c, d] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
    const activity: [string, string, string][] = [
      [a, '2030-02-24', organisations.biberach], // Sunday before the period: not counted
      [a, '2030-02-25', organisations.biberach],
      [a, '2030-02-27', organisations.biberach], // same person, same week: counted once
      [b, '2030-02-26', organisations.biberach],
      [c, '2030-03-01', organisations.offenbach],
      [a, '2030-03-04', organisations.biberach],
      [d, '2030-03-05', organisations.hostile],
    ];
    for (const [user, day, organisation] of activity) {
      await db.query('INSERT INTO user_activity (user_id, day, organisation_id) VALUES ($1, $2, $3)', [
        user,
        day,
        organisation,
      ]);
    }
    const practice = async (publishedAt: string) =>
      (
        (await db.query(
          `INSERT INTO practices (title, summary, status, published_at) VALUES ('P', 'S', 'published', $1) RETURNING id`,
          [publishedAt],
        )) as { id: string }[]
      )[0]!.id;
    const p1 = await practice('2030-02-26T09:00:00Z');
    await practice('2030-03-05T09:00:00Z');
    await practice('2030-03-05T10:00:00Z');
    await practice('2030-02-24T22:30:00Z'); // Sunday 23:30 in Berlin: the week before, not counted
    await db.query(
      `INSERT INTO practice_adoptions (practice_id, organisation_id, created_at) VALUES ($1, $2, '2030-03-04T08:00:00Z'), ($1, $3, '2030-03-04T09:00:00Z')`,
      [p1, organisations.offenbach, organisations.hostile],
    );
    const [asset] = (await db.query(
      'SELECT id, campaign_id AS "campaignId" FROM campaign_assets LIMIT 1',
    )) as {
      id: string;
      campaignId: string;
    }[];
    await db.query(
      `INSERT INTO campaign_downloads (asset_id, organisation_id, day, campaign_id, count)
       VALUES ($1, $2, '2030-02-26', $4, 3), ($1, $2, '2030-03-02', $4, 2), ($1, $3, '2030-03-03', $4, 4), ($1, $3, '2030-01-01', $4, 100)`,
      [asset!.id, organisations.biberach, organisations.offenbach, asset!.campaignId],
    );
    // Anonymous daily search counts: one day before the period (not counted), one query always found.
    await db.query(
      `INSERT INTO search_query_stats (day, query, searches, without_results) VALUES
         ('2030-02-24', 'buergergeld antrag', 9, 9), ('2030-02-25', 'buergergeld antrag', 2, 1),
         ('2030-03-05', 'buergergeld antrag', 3, 2), ('2030-03-04', 'fahrradwerkstatt', 4, 4),
         ('2030-03-04', 'kleiderkammer', 5, 0), ('2030-03-06', '=cmd', 1, 1)`,
    );
  });
  afterAll(() => testApp.close());

  it('is for coordination and administration only', async () => {
    for (const login of ['leitung.biberach', 'redaktion.biberach', 'fachkraft.biberach'] as const) {
      expect((await as[login].get('/api/network-overview')).status).toBe(403);
      expect((await as[login].get('/api/network-overview/export/aktive-nutzende')).status).toBe(403);
    }
    expect((await new HttpClient(testApp.baseUrl).get('/api/network-overview')).status).toBe(401);
    expect((await as.admin.get('/api/network-overview')).status).toBe(200);
    for (const query of ['weeks=0', 'weeks=53', 'weeks=zwei', 'unbekannt=1']) {
      expect((await as['koordination.dlt'].get(`/api/network-overview?${query}`)).status).toBe(400);
    }
    expect((await as['koordination.dlt'].get('/api/network-overview/export/geheim')).status).toBe(404);
  });

  it('counts active people per week and organisation, new practices, adoptions and downloads per Land', async () => {
    const overview = await json<NetworkOverviewDto>(
      await as['koordination.dlt'].get('/api/network-overview?weeks=2'),
      200,
    );
    expect(overview).toMatchObject({
      from: '2030-02-25',
      to: '2030-03-06',
      weeks: ['2030-02-25', '2030-03-04'],
    });
    const activeOf = (week: string, organisationId: string) =>
      overview.activeUsers.find((row) => row.week === week && row.organisationId === organisationId)
        ?.activeUsers;
    expect(activeOf('2030-02-25', organisations.biberach)).toBe(2);
    expect(activeOf('2030-02-25', organisations.offenbach)).toBe(1);
    expect(activeOf('2030-03-04', organisations.biberach)).toBe(1);
    expect(activeOf('2030-03-04', organisations.hostile)).toBe(1);
    // The coordinator's own request today was marked after the DELETE? No: at most once a day, already done.
    expect(overview.activeUsersTotal).toEqual([
      { week: '2030-02-25', activeUsers: 3 },
      { week: '2030-03-04', activeUsers: 2 },
    ]);
    expect(overview.practicesAndAdoptions.sort((x, y) => x.week.localeCompare(y.week))).toEqual([
      { week: '2030-02-25', practices: 1, adoptions: 0 },
      { week: '2030-03-04', practices: 2, adoptions: 2 },
    ]);
    const rollout = Object.fromEntries(overview.campaignRollout.map((row) => [row.state, row]));
    expect(overview.campaignRollout).toHaveLength(16);
    expect(rollout['Baden-Württemberg']).toMatchObject({ downloads: 5, organisations: 1 });
    expect(rollout['Hessen']).toMatchObject({ downloads: 4, organisations: 1 });
    expect(rollout['Bayern']).toMatchObject({ downloads: 0, organisations: 0 });
    expect(rollout['Sachsen']!.organisationsTotal).toBeGreaterThanOrEqual(1);
    expect(overview.searchesWithoutResults).toEqual([
      { query: 'fahrradwerkstatt', count: 4 },
      { query: 'buergergeld antrag', count: 3 },
      { query: '=cmd', count: 1 },
    ]);
  });

  it('counts the campaign roll-out like the campaign statistics: kit downloads in, merged-away Jobcenter out', async () => {
    const db = testApp.dataSource;
    const [campaign] = (await db.query('SELECT campaign_id AS id FROM campaign_assets LIMIT 1')) as {
      id: string;
    }[];
    const [merged] = (await db.query(
      `INSERT INTO organisations (key, name, kind, state, category, merged_into_id, merged_at)
       VALUES ('zusammengelegt-sachsen', 'Jobcenter Zusammengelegt', 'jobcenter', 'Sachsen', 'Landkreis', $1, now())
       RETURNING id`,
      [organisations.hostile],
    )) as { id: string }[];
    // A personalised kit file of the Saxon Jobcenter; one day inside the period, one outside.
    await db.query(
      `INSERT INTO campaign_kit_downloads (campaign_id, organisation_id, day, count)
       VALUES ($1, $2, '2030-03-05', 2), ($1, $2, '2030-01-05', 50)`,
      [campaign!.id, organisations.hostile],
    );
    try {
      const overview = await json<NetworkOverviewDto>(
        await as['koordination.dlt'].get('/api/network-overview?weeks=2'),
        200,
      );
      const sachsen = overview.campaignRollout.find((row) => row.state === 'Sachsen')!;
      const rollout = (await (
        await as['koordination.dlt'].get(`/api/campaigns/${campaign!.id}/rollout`)
      ).json()) as CampaignRolloutDto;
      const campaignSachsen = rollout.states.find((state) => state.state === 'Sachsen')!;
      expect(sachsen).toMatchObject({ downloads: 2, organisations: 1 });
      // The same Jobcenter in both views: the merged-away one counts in neither.
      expect(sachsen.organisationsTotal).toBe(campaignSachsen.jobcenters);
      expect(campaignSachsen.reached).toBe(1);
    } finally {
      await db.query('DELETE FROM campaign_kit_downloads WHERE organisation_id = $1', [
        organisations.hostile,
      ]);
      await db.query('DELETE FROM organisations WHERE id = $1', [merged!.id]);
    }
  });

  it('reports acknowledgement rates of important news including anonymised acknowledgements', async () => {
    const db = testApp.dataSource;
    const [news] = (await db.query(
      `INSERT INTO news (title, teaser, body, category, status, important, published_at)
       VALUES ('Wichtige Änderung', 'T', 'B', 'netzwerk', 'published', true, '2030-03-05T08:00:00Z') RETURNING id`,
    )) as { id: string }[];
    const members = (
      (await db.query('SELECT count(*)::int AS n FROM users WHERE active')) as { n: number }[]
    )[0]!.n;
    const two = (await db.query(
      'SELECT id, organisation_id FROM users WHERE active ORDER BY id LIMIT 2',
    )) as {
      id: string;
      organisation_id: string | null;
    }[];
    for (const user of two) {
      await db.query(
        `INSERT INTO news_acknowledgements (news_id, user_id, organisation_id, acknowledged_at) VALUES ($1, $2, $3, '2030-03-05T09:00:00Z')`,
        [news!.id, user.id, user.organisation_id],
      );
    }
    await db.query('INSERT INTO news_acknowledgement_tallies (news_id, anonymised) VALUES ($1, 1)', [
      news!.id,
    ]);
    const overview = await json<NetworkOverviewDto>(await as.admin.get('/api/network-overview?weeks=2'), 200);
    expect(overview.acknowledgementRates).toEqual([
      {
        newsId: news!.id,
        title: 'Wichtige Änderung',
        publishedAt: '2030-03-05T08:00:00.000Z',
        audience: members + 1,
        acknowledged: 3,
        rate: 3 / (members + 1),
      },
    ]);
  });

  it('gives no acknowledgement count for an audience under ACKNOWLEDGEMENT_MIN_GROUP (5) people', async () => {
    const db = testApp.dataSource;
    const [offenbach] = (await db.query(`SELECT id FROM organisations WHERE key = 'kreis-offenbach'`)) as {
      id: string;
    }[];
    const [news] = (await db.query(
      `INSERT INTO news (title, teaser, body, category, status, important, published_at, audience_organisation_ids)
       VALUES ('Nur Offenbach', 'T', 'B', 'netzwerk', 'published', true, '2030-03-04T08:00:00Z', $1) RETURNING id`,
      [[offenbach!.id]],
    )) as { id: string }[];
    const members = async () =>
      (
        (await db.query('SELECT count(*)::int AS n FROM users WHERE active AND organisation_id = $1', [
          offenbach!.id,
        ])) as { n: number }[]
      )[0]!.n;
    const addMembers = (count: number, from: number) =>
      db.query(
        `INSERT INTO users (issuer, subject, display_name, roles, organisation_id)
         SELECT 'test', 'ack-overview-' || n, 'Kollege ' || n, '{staff}', $1 FROM generate_series($2::int, $3::int) n`,
        [offenbach!.id, from, from + count - 1],
      );
    await addMembers(4 - (await members()), 1);
    const [reader] = (await db.query(`SELECT id FROM users WHERE subject = 'ack-overview-1'`)) as {
      id: string;
    }[];
    await db.query(
      `INSERT INTO news_acknowledgements (news_id, user_id, organisation_id, acknowledged_at) VALUES ($1, $2, $3, '2030-03-04T09:00:00Z')`,
      [news!.id, reader!.id, offenbach!.id],
    );
    const row = async () =>
      (
        await json<NetworkOverviewDto>(await as.admin.get('/api/network-overview?weeks=2'), 200)
      ).acknowledgementRates.find((entry) => entry.newsId === news!.id);
    expect(await row()).toEqual(expect.objectContaining({ audience: 4, acknowledged: null, rate: null }));
    expect(
      (await json<NetworkOverviewDto>(await as.admin.get('/api/network-overview?weeks=2'), 200))
        .acknowledgementMinGroup,
    ).toBe(5);
    await addMembers(1, 10);
    expect(await row()).toEqual(expect.objectContaining({ audience: 5, acknowledged: 1, rate: 0.2 }));
    await db.query(`DELETE FROM news WHERE id = $1`, [news!.id]);
    await db.query(`DELETE FROM users WHERE subject LIKE 'ack-overview-%'`);
  });

  it('exports each figure as CSV for spreadsheets, formulas neutralised, and logs the export', async () => {
    for (const figure of NETWORK_FIGURES) {
      const response = await as['koordination.dlt'].get(`/api/network-overview/export/${figure}?weeks=2`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(response.headers.get('content-disposition')).toContain(
        `netzwerk-${figure}-2030-02-25-bis-2030-03-06.csv`,
      );
      const text = await response.text();
      expect(text.length).toBeGreaterThan(0);
    }
    const csv = await (
      await as['koordination.dlt'].get('/api/network-overview/export/aktive-nutzende?weeks=2')
    ).text();
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines[0]).toBe('"Woche ab";"Organisation";"Aktive Nutzende"');
    expect(lines).toContain('"2030-03-04";"\'=HYPERLINK(""http://x"")";"1"');
    expect(lines).not.toContain(expect.stringMatching(/;"=HYPERLINK/));
    const searches = (
      await (
        await as['koordination.dlt'].get('/api/network-overview/export/suchen-ohne-treffer?weeks=2')
      ).text()
    )
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(searches).toEqual([
      '"Suchbegriff";"Anzahl"',
      '"fahrradwerkstatt";"4"',
      '"buergergeld antrag";"3"',
      `"'=cmd";"1"`,
    ]);
    const logged = (await testApp.dataSource.query(`SELECT target_id FROM audit_log WHERE action = $1`, [
      AuditAction.NetworkOverviewExported,
    ])) as { target_id: string }[];
    expect(logged.length).toBe(NETWORK_FIGURES.length + 2);
  });
});
