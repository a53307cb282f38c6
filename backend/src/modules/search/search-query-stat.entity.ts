import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/** Search analytics: counts per normalised query and Berlin day — no person, no session. */
@Entity({ name: 'search_query_stats' })
@Index('search_query_stats_day_idx', ['day'])
export class SearchQueryStatEntity {
  @PrimaryColumn({ type: 'date' })
  day!: string;

  @PrimaryColumn({ type: 'text' })
  query!: string;

  @Column({ type: 'int', default: 0 })
  searches!: number;

  @Column({ type: 'int', default: 0 })
  withoutResults!: number;
}
