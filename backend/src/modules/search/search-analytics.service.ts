import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { SearchAnalyticsDto, SearchQueryStatDto } from '@portal/contracts';
import { Clock } from '../../core/clock/clock';
import { berlinDay } from '../privacy/berlin-day';
import { analyticsKey } from './search-query';

const TOP = 25;
const FLUSH_DELAY_MS = 5_000;
/** Distinct (day, query) pairs kept before an early write. */
const MAX_PENDING = 1_000;

/** Counts searches per normalised query and Berlin day; no person, session or address is kept. */
@Injectable()
export class SearchAnalyticsService implements OnApplicationShutdown {
  private readonly logger = new Logger(SearchAnalyticsService.name);
  /** JSON [day, query] → counts not yet written. */
  private readonly pending = new Map<string, { searches: number; withoutResults: number }>();
  private timer: NodeJS.Timeout | undefined;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /**
   * Counts a search. Counts are kept in memory and written every few seconds in one statement:
   * an upsert per search was a write (and a commit) on every request, and concurrent searches
   * for the same words queued on the same row. A crash loses at most the last few seconds.
   */
  record(query: string, withoutResults: boolean): void {
    const key = JSON.stringify([berlinDay(this.clock.now()), analyticsKey(query)]);
    const counts = this.pending.get(key) ?? { searches: 0, withoutResults: 0 };
    counts.searches++;
    if (withoutResults) counts.withoutResults++;
    this.pending.set(key, counts);
    if (this.pending.size >= MAX_PENDING) void this.flush();
    else if (!this.timer) {
      this.timer = setTimeout(() => void this.flush(), FLUSH_DELAY_MS);
      this.timer.unref();
    }
  }

  /** Writes the counts kept so far (also before a report and at shutdown). */
  async flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.pending.size === 0) return;
    // Sorted: processes flushing the same words at once then lock the rows in one order.
    const entries = [...this.pending].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    this.pending.clear();
    const parsed = entries.map(([key, counts]) => ({ key: JSON.parse(key) as [string, string], counts }));
    try {
      await this.dataSource.query(
        `INSERT INTO search_query_stats AS s (day, query, searches, without_results)
         SELECT * FROM unnest($1::date[], $2::text[], $3::int[], $4::int[])
         ON CONFLICT (day, query) DO UPDATE
           SET searches = s.searches + EXCLUDED.searches,
               without_results = s.without_results + EXCLUDED.without_results`,
        [
          parsed.map((entry) => entry.key[0]),
          parsed.map((entry) => entry.key[1]),
          parsed.map((entry) => entry.counts.searches),
          parsed.map((entry) => entry.counts.withoutResults),
        ],
      );
    } catch (error) {
      // Statistics must never cost a search its answer.
      this.logger.warn({ err: error }, 'Search statistics not recorded');
    }
  }

  async onApplicationShutdown(): Promise<void> {
    await this.flush();
  }

  async report(days: number): Promise<SearchAnalyticsDto> {
    await this.flush();
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
