import { AuditAction } from '@portal/contracts';
import { randomUUID } from 'node:crypto';
import { RetentionService } from '../../../src/modules/privacy/retention.service';
import { ManualClock } from '../../support/manual-clock';
import { createTestApp, TestApp } from '../../support/test-app';

const DAY = 86_400_000;
const NOW = new Date('2026-11-25T10:00:00Z');

/** Berlin calendar day of an instant. */
const berlin = (instant: Date) => instant.toLocaleDateString('en-CA', { timeZone: 'Europe/Berlin' });

describe('retention: the purge job removes exactly the expired rows of each data class', () => {
  let testApp: TestApp;
  const clock = new ManualClock(NOW);

  beforeAll(async () => {
    testApp = await createTestApp(
      {
        NOTIFICATION_RETENTION_DAYS: '30',
        ACKNOWLEDGEMENT_RETENTION_DAYS: '60',
        DOWNLOAD_STATISTICS_RETENTION_DAYS: '90',
        ACTIVITY_RETENTION_DAYS: '120',
        SEARCH_QUERY_RETENTION_DAYS: '45',
      },
      { clock },
    );
  });
  afterAll(() => testApp.close());

  it('deletes rows older than each period and keeps those just inside it', async () => {
    const db = testApp.dataSource;
    const [user] = (await db.query(
      `SELECT id, organisation_id AS "organisationId" FROM users WHERE organisation_id IS NOT NULL LIMIT 1`,
    )) as {
      id: string;
      organisationId: string;
    }[];
    const users = (await db.query('SELECT id FROM users ORDER BY id LIMIT 2')) as { id: string }[];
    const [asset] = (await db.query(
      'SELECT id, campaign_id AS "campaignId" FROM campaign_assets LIMIT 1',
    )) as {
      id: string;
      campaignId: string;
    }[];
    const [news] = (await db.query(
      `INSERT INTO news (title, teaser, body, category, status, important, published_at, author_id)
       VALUES ('Alt und wichtig', 'T', 'B', 'netzwerk', 'published', true, now(), NULL) RETURNING id`,
    )) as { id: string }[];
    const [newer] = (await db.query(
      `INSERT INTO news (title, teaser, body, category, status, important, published_at, author_id)
       VALUES ('Neuer', 'T', 'B', 'netzwerk', 'published', true, now(), NULL) RETURNING id`,
    )) as { id: string }[];
    const at = (days: number, ms: number) => new Date(NOW.getTime() - days * DAY + ms);

    for (const [title, created] of [
      ['abgelaufen', at(30, -1)],
      ['bleibt', at(30, 1)],
    ] as const) {
      await db.query(
        `INSERT INTO notifications (user_id, kind, title, text, link, created_at) VALUES ($1, 'news', $2, 'T', '/', $3)`,
        [user!.id, `retention-${title}`, created],
      );
    }
    // Acknowledgements: one just expired (becomes a tally), one just inside; reads the same.
    await db.query(
      `INSERT INTO news_acknowledgements (news_id, user_id, organisation_id, acknowledged_at) VALUES ($1, $2, NULL, $3), ($4, $5, NULL, $6)`,
      [news!.id, users[0]!.id, at(60, -1), newer!.id, users[1]!.id, at(60, 1)],
    );
    await db.query(`INSERT INTO news_reads (news_id, user_id, read_at) VALUES ($1, $2, $3), ($4, $5, $6)`, [
      news!.id,
      users[0]!.id,
      at(60, -1),
      newer!.id,
      users[1]!.id,
      at(60, 1),
    ]);
    // Day-based classes: the day of the boundary stays, the day before goes.
    const downloadsBoundary = berlin(at(90, 0));
    const dayBefore = (day: string) =>
      new Date(Date.parse(`${day}T12:00:00Z`) - DAY).toISOString().slice(0, 10);
    await db.query(
      `INSERT INTO campaign_downloads (asset_id, organisation_id, day, campaign_id, count) VALUES ($1, $2, $3, $4, 5), ($1, $2, $5, $4, 7)`,
      [asset!.id, user!.organisationId, dayBefore(downloadsBoundary), asset!.campaignId, downloadsBoundary],
    );
    const activityBoundary = berlin(at(120, 0));
    const anonymous = randomUUID();
    await db.query(`INSERT INTO user_activity (user_id, day) VALUES ($1, $2), ($1, $3)`, [
      anonymous,
      dayBefore(activityBoundary),
      activityBoundary,
    ]);

    const searchBoundary = berlin(at(45, 0));
    await db.query(
      `INSERT INTO search_query_stats (day, query, searches, without_results) VALUES ($1, 'retention-alt', 2, 1), ($2, 'retention-neu', 3, 0)`,
      [dayBefore(searchBoundary), searchBoundary],
    );

    const removed = await testApp.app.get(RetentionService).purgeAll();

    expect(removed).toEqual({
      notifications: 1,
      acknowledgements: 2,
      'download-statistics': 1,
      activity: 1,
      'search-queries': 1,
    });
    expect(await db.query(`SELECT query FROM search_query_stats WHERE query LIKE 'retention-%'`)).toEqual([
      { query: 'retention-neu' },
    ]);
    expect(await db.query(`SELECT title FROM notifications WHERE title LIKE 'retention-%'`)).toEqual([
      { title: 'retention-bleibt' },
    ]);
    expect(
      await db.query('SELECT news_id FROM news_acknowledgements WHERE news_id IN ($1, $2)', [
        news!.id,
        newer!.id,
      ]),
    ).toEqual([{ news_id: newer!.id }]);
    expect(
      await db.query('SELECT news_id FROM news_reads WHERE news_id IN ($1, $2)', [news!.id, newer!.id]),
    ).toEqual([{ news_id: newer!.id }]);
    // The expired acknowledgement still counts, anonymously.
    expect(await db.query('SELECT news_id, anonymised FROM news_acknowledgement_tallies')).toEqual([
      { news_id: news!.id, anonymised: 1 },
    ]);
    expect(
      await db.query(
        `SELECT to_char(day, 'YYYY-MM-DD') AS day, count FROM campaign_downloads WHERE asset_id = $1`,
        [asset!.id],
      ),
    ).toEqual([{ day: downloadsBoundary, count: 7 }]);
    expect(
      await db.query(`SELECT to_char(day, 'YYYY-MM-DD') AS day FROM user_activity WHERE user_id = $1`, [
        anonymous,
      ]),
    ).toEqual([{ day: activityBoundary }]);

    // Each purge is logged by the system job; a second run finds nothing and logs nothing more.
    const logged = (await db.query(`SELECT actor_name, details FROM audit_log WHERE action = $1`, [
      AuditAction.RetentionPurged,
    ])) as {
      actor_name: string;
      details: { class: string; removed: number };
    }[];
    expect(logged.map((line) => [line.details.class, line.details.removed]).sort()).toEqual(
      [
        ['acknowledgements', 2],
        ['activity', 1],
        ['download-statistics', 1],
        ['notifications', 1],
        ['search-queries', 1],
      ].sort(),
    );
    expect(logged[0]!.actor_name).toBe('System (privacy.retention-purge)');
    expect(await testApp.app.get(RetentionService).purgeAll()).toEqual({
      notifications: 0,
      acknowledgements: 0,
      'download-statistics': 0,
      activity: 0,
      'search-queries': 0,
    });
    expect(
      await db.query(`SELECT count(*)::int AS n FROM audit_log WHERE action = $1`, [
        AuditAction.RetentionPurged,
      ]),
    ).toEqual([{ n: 5 }]);
  });
});
