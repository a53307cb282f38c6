import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  AcknowledgementRateRow,
  SearchWithoutResultsRow,
  StateCountRow,
  WeeklyActiveUsersRow,
  WeeklyCountRow,
} from '@portal/contracts';
import { BUNDESLAENDER } from '@portal/contracts';
import { DataSource } from 'typeorm';
import { jobcenterReachSql } from '../campaigns/campaign-reach.sql';

/** Berlin calendar week (Monday) of a timestamptz column, as YYYY-MM-DD. */
const week = (column: string) =>
  `to_char(date_trunc('week', (${column} AT TIME ZONE 'Europe/Berlin')), 'YYYY-MM-DD')`;
/** Start of a Berlin day given as YYYY-MM-DD, as timestamptz. */
const dayStart = (parameter: string) =>
  `(CAST(${parameter} AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`;

const ACKNOWLEDGEMENT_ITEMS = 20;
const SEARCHES_WITHOUT_RESULTS = 20;

/** The figures of the network overview; every query is one indexed range over [from, to]. */
@Injectable()
export class NetworkOverviewRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Distinct people per week and organisation (user_activity_day_idx). */
  activeUsers(from: string, to: string): Promise<WeeklyActiveUsersRow[]> {
    return this.dataSource.query(
      `SELECT to_char(date_trunc('week', a.day), 'YYYY-MM-DD') AS week, a.organisation_id AS "organisationId",
              coalesce(o.name, 'Ohne Organisation') AS "organisationName", count(DISTINCT a.user_id)::int AS "activeUsers"
         FROM user_activity a LEFT JOIN organisations o ON o.id = a.organisation_id
        WHERE a.day BETWEEN $1::date AND $2::date
        GROUP BY 1, 2, 3
        ORDER BY 1, 3`,
      [from, to],
    );
  }

  activeUsersTotal(from: string, to: string): Promise<{ week: string; activeUsers: number }[]> {
    return this.dataSource.query(
      `SELECT to_char(date_trunc('week', day), 'YYYY-MM-DD') AS week, count(DISTINCT user_id)::int AS "activeUsers"
         FROM user_activity WHERE day BETWEEN $1::date AND $2::date GROUP BY 1 ORDER BY 1`,
      [from, to],
    );
  }

  /** Newly published practices (practices_published_idx) and adoptions per week. */
  async practicesAndAdoptions(from: string, to: string): Promise<Omit<WeeklyCountRow, never>[]> {
    const practices: { week: string; n: number }[] = await this.dataSource.query(
      `SELECT ${week('published_at')} AS week, count(*)::int AS n FROM practices
        WHERE published_at >= ${dayStart('$1')} AND published_at < ${dayStart('$2')} + interval '1 day'
        GROUP BY 1`,
      [from, to],
    );
    const adoptions: { week: string; n: number }[] = await this.dataSource.query(
      `SELECT ${week('created_at')} AS week, count(*)::int AS n FROM practice_adoptions
        WHERE created_at >= ${dayStart('$1')} AND created_at < ${dayStart('$2')} + interval '1 day'
        GROUP BY 1`,
      [from, to],
    );
    const weeks = new Map<string, WeeklyCountRow>();
    const row = (key: string) => {
      let found = weeks.get(key);
      if (!found) weeks.set(key, (found = { week: key, practices: 0, adoptions: 0 }));
      return found;
    };
    for (const { week: key, n } of practices) row(key).practices = n;
    for (const { week: key, n } of adoptions) row(key).adoptions = n;
    return [...weeks.values()];
  }

  /**
   * Downloads (material and personalised kit files) and Jobcenter reached per Land, by the same
   * definition as the campaign roll-out (jobcenterReachSql); every Land listed.
   */
  async campaignRollout(from: string, to: string): Promise<StateCountRow[]> {
    const rows: StateCountRow[] = await this.dataSource.query(
      `WITH reach AS (${jobcenterReachSql({ campaignId: 'NULL', from: '$1', to: '$2' })})
       SELECT s.state, coalesce(sum(r.downloads), 0)::int AS downloads,
              count(r.id) FILTER (WHERE r.downloads > 0)::int AS organisations,
              count(r.id)::int AS "organisationsTotal"
         FROM unnest($3::text[]) AS s(state)
         LEFT JOIN reach r ON r.state = s.state
        GROUP BY s.state
        ORDER BY s.state`,
      [from, to, [...BUNDESLAENDER]],
    );
    return rows;
  }

  /**
   * Important news published in the period (newest 20): audience = active members now plus the
   * anonymised tally (people who left it), acknowledged = members who confirmed plus the tally.
   */
  async acknowledgementRates(
    from: string,
    to: string,
    minimumGroup: number,
  ): Promise<AcknowledgementRateRow[]> {
    const rows: (Omit<AcknowledgementRateRow, 'rate' | 'publishedAt' | 'acknowledged'> & {
      publishedAt: Date;
      acknowledged: number;
    })[] = await this.dataSource.query(
      `SELECT n.id AS "newsId", n.title, n.published_at AS "publishedAt",
                s.members + coalesce(t.anonymised, 0) AS audience,
                s.acknowledged + coalesce(t.anonymised, 0) AS acknowledged
           FROM news n
           LEFT JOIN news_acknowledgement_tallies t ON t.news_id = n.id
           CROSS JOIN LATERAL (
             SELECT count(*)::int AS members, count(a.user_id)::int AS acknowledged
               FROM users m
               LEFT JOIN organisations mo ON mo.id = m.organisation_id
               LEFT JOIN news_acknowledgements a ON a.news_id = n.id AND a.user_id = m.id
              WHERE m.active
                AND (cardinality(n.audience_states) = 0 OR mo.state = ANY(n.audience_states))
                AND (cardinality(n.audience_organisation_ids) = 0 OR m.organisation_id = ANY(n.audience_organisation_ids))
                AND (cardinality(n.audience_roles) = 0 OR m.roles && n.audience_roles)) s
          WHERE n.important AND n.status IN ('published', 'archived')
            AND n.published_at >= ${dayStart('$1')} AND n.published_at < ${dayStart('$2')} + interval '1 day'
          ORDER BY n.published_at DESC, n.id DESC
          LIMIT ${ACKNOWLEDGEMENT_ITEMS}`,
      [from, to],
    );
    return rows.map((row) => {
      // Too small an audience would tell who confirmed (the same rule as on the news item).
      const shown = row.audience >= minimumGroup && row.audience > 0;
      return {
        ...row,
        publishedAt: new Date(row.publishedAt).toISOString(),
        acknowledged: shown ? row.acknowledged : null,
        rate: shown ? row.acknowledged / row.audience : null,
      };
    });
  }

  /**
   * Top searches without results in the period, from the anonymous daily counts of the search
   * (search_query_stats: normalised query per Berlin day, no person; search_query_stats_day_idx).
   */
  searchesWithoutResults(from: string, to: string): Promise<SearchWithoutResultsRow[]> {
    return this.dataSource.query(
      `SELECT query, sum(without_results)::int AS count
         FROM search_query_stats WHERE day BETWEEN $1::date AND $2::date
        GROUP BY query HAVING sum(without_results) > 0
        ORDER BY 2 DESC, query
        LIMIT ${SEARCHES_WITHOUT_RESULTS}`,
      [from, to],
    );
  }
}
