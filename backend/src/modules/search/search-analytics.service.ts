import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SearchAnalyticsDto, SearchQueryStatDto } from '@portal/contracts';
import { Clock } from '../../core/clock/clock';
import { analyticsKey } from './search-query';

const TOP = 25;

/** Counts searches per normalised query and Berlin day; no person, session or address is kept. */
@Injectable()
export class SearchAnalyticsService {
  private readonly logger = new Logger(SearchAnalyticsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async record(query: string, withoutResults: boolean): Promise<void> {
    try {
      await this.dataSource.query(
        `INSERT INTO search_query_stats AS s (day, query, searches, without_results)
         VALUES (($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date, $2, 1, $3)
         ON CONFLICT (day, query) DO UPDATE
           SET searches = s.searches + 1, without_results = s.without_results + EXCLUDED.without_results`,
        [this.clock.now(), analyticsKey(query), withoutResults ? 1 : 0],
      );
    } catch (error) {
      // Statistics must never cost a search its answer.
      this.logger.warn({ err: error }, 'Search statistics not recorded');
    }
  }

  async report(days: number): Promise<SearchAnalyticsDto> {
    const now = this.clock.now();
    const [range] = await this.dataSource.query(
      `SELECT (($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date - ($2::int - 1))::text AS "from",
              ($1::timestamptz AT TIME ZONE 'Europe/Berlin')::date::text AS "to"`,
      [now, days],
    );
    const top = (order: 'searches' | 'without_results'): Promise<SearchQueryStatDto[]> =>
      this.dataSource.query(
        `SELECT query, sum(searches)::int AS searches, sum(without_results)::int AS "withoutResults"
           FROM search_query_stats WHERE day BETWEEN $1::date AND $2::date
          GROUP BY query HAVING sum(${order}) > 0
          ORDER BY sum(${order}) DESC, query LIMIT ${TOP}`,
        [range.from, range.to],
      );
    return {
      from: range.from,
      to: range.to,
      topQueries: await top('searches'),
      queriesWithoutResults: await top('without_results'),
    };
  }
}
