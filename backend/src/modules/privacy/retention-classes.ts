import type { EntityManager } from 'typeorm';
import type { AppConfig } from '../../config/app-config';

/**
 * One class of data with a retention period. `purge` deletes (or anonymises) everything older
 * than `before` and returns how many rows went; it runs inside the purge job's transaction.
 */
export interface RetentionClass {
  key: string;
  /** German, for the audit line and the README. */
  label: string;
  days(config: AppConfig): number;
  purge(db: EntityManager, before: Date): Promise<number>;
}

/** Deletes acknowledgements matching `where` and adds them to the per-item anonymous tallies. */
export async function anonymiseAcknowledgements(
  db: EntityManager,
  where: string,
  parameters: unknown[],
): Promise<number> {
  const rows: { n: number }[] = await db.query(
    `WITH gone AS (DELETE FROM news_acknowledgements WHERE ${where} RETURNING news_id),
          tally AS (
            INSERT INTO news_acknowledgement_tallies (news_id, anonymised)
            SELECT g.news_id, count(*) FROM gone g JOIN news n ON n.id = g.news_id GROUP BY g.news_id
            ON CONFLICT (news_id) DO UPDATE
              SET anonymised = news_acknowledgement_tallies.anonymised + EXCLUDED.anonymised)
     SELECT count(*)::int AS n FROM gone`,
    parameters,
  );
  return rows[0]?.n ?? 0;
}

async function deleted(db: EntityManager, sql: string, parameters: unknown[]): Promise<number> {
  const result: [unknown[], number] = await db.query(sql, parameters);
  return result[1];
}

/**
 * Every retention class except the audit log (AuditLog purges itself nightly and logs it; its
 * period AUDIT_RETENTION_DAYS stays where it was).
 */
export const RETENTION_CLASSES: RetentionClass[] = [
  {
    key: 'notifications',
    label: 'Benachrichtigungen',
    days: (config) => config.retention.notificationsDays,
    purge: (db, before) => deleted(db, 'DELETE FROM notifications WHERE created_at < $1', [before]),
  },
  {
    key: 'acknowledgements',
    label: 'Lese- und Kenntnisnahme-Vermerke',
    days: (config) => config.retention.acknowledgementsDays,
    // Acknowledgements turn into anonymous tallies, so rates of important news stay reportable.
    purge: async (db, before) =>
      (await anonymiseAcknowledgements(db, 'acknowledged_at < $1', [before])) +
      (await deleted(db, 'DELETE FROM news_reads WHERE read_at < $1', [before])),
  },
  {
    key: 'download-statistics',
    label: 'Download-Statistik der Kampagnen',
    days: (config) => config.retention.downloadStatisticsDays,
    purge: async (db, before) =>
      (await deleted(
        db,
        `DELETE FROM campaign_downloads WHERE day < ($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date`,
        [before],
      )) +
      (await deleted(
        db,
        `DELETE FROM campaign_kit_downloads WHERE day < ($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date`,
        [before],
      )),
  },
  {
    key: 'activity',
    label: 'Nutzungstage (aktive Nutzende)',
    days: (config) => config.retention.activityDays,
    purge: (db, before) =>
      deleted(
        db,
        `DELETE FROM user_activity WHERE day < ($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date`,
        [before],
      ),
  },
  {
    // The search's anonymous daily counts per normalised query (modules/search, SearchAnalyticsService).
    key: 'search-queries',
    label: 'Suchanfragen (Statistik)',
    days: (config) => config.retention.searchQueriesDays,
    purge: (db, before) =>
      deleted(
        db,
        `DELETE FROM search_query_stats WHERE day < ($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date`,
        [before],
      ),
  },
];
