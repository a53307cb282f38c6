import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Brackets, DataSource, SelectQueryBuilder } from 'typeorm';
import type { AudienceDto, AudienceViewer, NewsCategory, OrganisationState } from '@portal/contracts';
import { audienceMembersSql } from '../../core/audience/audience-members.sql';
import { audienceParameters, whereInAudience } from '../../core/audience/audience.sql';
import { PreparedReads } from '../../core/database/prepared-reads';
import type { StoredFileEntity } from '../../core/storage/stored-file.entity';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import type { UserEntity } from '../users/user.entity';
import { NewsEntity } from './news.entity';
import type { FeedPosition } from './news-cursor';
import { NewsFileEntity } from './news-file.entity';
import { NewsAcknowledgementEntity, NewsReadEntity } from './news-reader-state.entity';

export interface NewsFeedFilter {
  category?: NewsCategory;
  state?: OrganisationState;
  /** Calendar days (YYYY-MM-DD) in German time, both inclusive. */
  from?: string;
  to?: string;
  words?: string;
  archived: boolean;
  /** Keep pinned items in their place by date (feeds for other programs have no pinned section). */
  includePinned?: boolean;
  /** The last item of a full pinned section: pinned items after it stay in the list. */
  pinnedBefore?: FeedPosition;
}

export interface AcknowledgementRow {
  organisationId: string | null;
  organisationName: string | null;
  organisationKey: string | null;
  organisationState: OrganisationState | null;
  organisationKind: string | null;
  audience: number;
  acknowledged: number;
}

const PINNED_MAX = 10;
const DESK_MAX = 50;

@Injectable()
export class NewsRepository {
  /** Page size → SQL of `firstPage` with named parameters (the query's shape is otherwise fixed). */
  private readonly firstPageSql = new Map<number, string>();

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: PreparedReads,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(NewsEntity);
  }

  findById(id: string): Promise<NewsEntity | null> {
    return this.repository.findOne({ where: { id }, relations: { organisation: true, author: true } });
  }

  /**
   * One keyset page of what this viewer may read, newest first: the current feed (pinned items
   * are listed apart, see `pinned`), or the archive. Filters narrow it; organisation and author
   * come in the same query (no N+1), and with a `readerId` also the cover and the reader's read
   * mark. Served by news_feed_idx and, for words, news_search_idx.
   */
  feed(
    viewer: AudienceViewer,
    now: Date,
    filter: NewsFeedFilter,
    after: FeedPosition | undefined,
    limit: number,
    readerId?: string,
  ): Promise<NewsEntity[]> {
    const query = this.feedQuery(viewer, now, filter, after, limit, readerId);
    // A word search's best plan depends on the words: planned per request, not prepared.
    return filter.words ? this.summaries(query) : this.preparedSummaries(query);
  }

  private feedQuery(
    viewer: AudienceViewer,
    now: Date,
    filter: NewsFeedFilter,
    after: FeedPosition | undefined,
    limit: number,
    readerId?: string,
  ): SelectQueryBuilder<NewsEntity> {
    const query = this.readable(viewer, now, filter.archived ? ['published', 'archived'] : ['published']);
    if (readerId) withReaderState(query, readerId);
    if (filter.archived) {
      query.andWhere(
        new Brackets((archive) =>
          archive.where(`news.status = 'archived'`).orWhere('news.expiresAt <= :now', { now }),
        ),
      );
    } else {
      query.andWhere(notExpired, { now });
      // The Start page lists items pinned right now apart (see `firstPage`); a feed for other
      // programs has no such section and keeps them in their place by date.
      if (!hasFilter(filter) && !filter.includePinned && filter.pinnedBefore) {
        query.andWhere(
          `(news.pinnedUntil IS NULL OR news.pinnedUntil <= :now
            OR (news.publishedAt, news.id) < (:pinnedBeforeTime, CAST(:pinnedBeforeId AS uuid)))`,
          { now, pinnedBeforeTime: filter.pinnedBefore.publishedAt, pinnedBeforeId: filter.pinnedBefore.id },
        );
      } else if (!hasFilter(filter) && !filter.includePinned)
        query.andWhere('(news.pinnedUntil IS NULL OR news.pinnedUntil <= :now)', { now });
    }
    if (filter.category) query.andWhere('news.category = :category', { category: filter.category });
    if (filter.state) {
      query.andWhere('(:filterState = ANY(news.audience.states) OR organisation.state = :filterState)', {
        filterState: filter.state,
      });
    }
    if (filter.from) {
      query.andWhere(`news.publishedAt >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Berlin')`, {
        from: filter.from,
      });
    }
    if (filter.to) {
      query.andWhere(`news.publishedAt < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Berlin')`, {
        to: filter.to,
      });
    }
    if (filter.words) {
      query.andWhere(`news.searchVector @@ websearch_to_tsquery('german', :words)`, { words: filter.words });
    }
    if (after) {
      query.andWhere('(news.publishedAt, news.id) < (:afterTime, CAST(:afterId AS uuid))', {
        afterTime: after.publishedAt,
        afterId: after.id,
      });
    }
    return query.orderBy('news.publishedAt', 'DESC').addOrderBy('news.id', 'DESC').limit(limit);
  }

  /**
   * The Start page: the items pinned for this viewer right now (few by nature; capped) and the
   * first page of the feed, in one statement — one round trip less on the portal's busiest request.
   */
  async firstPage(
    viewer: AudienceViewer,
    now: Date,
    limit: number,
    readerId: string,
  ): Promise<{ pinned: NewsEntity[]; rows: NewsEntity[]; pinnedBefore?: FeedPosition }> {
    // The statement's text depends only on the page size: built once (building it took 14 % of the
    // request's CPU time, the query builders alone another 3 %), the parameters bound per request.
    const parameters = { now, readerId, ...audienceParameters('news', viewer) };
    let named = this.firstPageSql.get(limit);
    if (!named) {
      const pinned = withReaderState(this.readable(viewer, now, ['published']), readerId)
        .andWhere(notExpired, { now })
        // IS NOT NULL lets the planner use news_pinned_idx.
        .andWhere('news.pinnedUntil IS NOT NULL AND news.pinnedUntil > :now', { now })
        .addSelect(`'pinned'`, 'section')
        .orderBy('news.publishedAt', 'DESC')
        .addOrderBy('news.id', 'DESC')
        // One more than the section holds tells whether some must flow into the list.
        .limit(PINNED_MAX + 1);
      const page = this.feedQuery(viewer, now, { archived: false }, undefined, limit, readerId).addSelect(
        `'page'`,
        'section',
      );
      // Both parts name their parameters alike; the set bound above must be exactly theirs.
      const used = Object.keys({ ...pinned.getParameters(), ...page.getParameters() }).sort();
      if (used.join() !== Object.keys(parameters).sort().join())
        throw new Error(`firstPage binds ${Object.keys(parameters).join()}, the query uses ${used.join()}`);
      named = `(${pinned.getQuery()}) UNION ALL (${page.getQuery()})`;
      this.firstPageSql.set(limit, named);
    }
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(named, parameters);
    const rows = await this.reads.rows<RawSummaryRow & { section: 'pinned' | 'page' }>(sql, values);
    // Each part comes sorted; UNION ALL does not promise to keep that, so sort again (≤ 31 rows).
    const section = (name: 'pinned' | 'page') =>
      rows
        .filter((row) => row.section === name)
        .map(toSummaryEntity)
        .sort(newestFirst);
    const pinned = section('pinned');
    const last = pinned[PINNED_MAX - 1];
    if (pinned.length <= PINNED_MAX || !last?.publishedAt) return { pinned, rows: section('page') };
    // Rare: more pinned at once than the section shows. The older ones join the list by date, so
    // every item appears exactly once; the cursor carries this boundary to the next pages.
    const pinnedBefore = { publishedAt: last.publishedAt, id: last.id };
    const page = await this.feed(viewer, now, { archived: false, pinnedBefore }, undefined, limit, readerId);
    return { pinned: pinned.slice(0, PINNED_MAX), rows: page, pinnedBefore };
  }

  /**
   * The feed runs on every visit of the Start page: as a prepared statement (no planning) and
   * mapped from the raw rows by hand (TypeORM's hydration took 17 % of the feed's CPU time).
   */
  private async preparedSummaries(query: SelectQueryBuilder<NewsEntity>): Promise<NewsEntity[]> {
    const [sql, parameters] = query.getQueryAndParameters();
    return (await this.reads.rows<RawSummaryRow>(sql, parameters)).map(toSummaryEntity);
  }

  private async summaries(query: SelectQueryBuilder<NewsEntity>): Promise<NewsEntity[]> {
    const [sql, parameters] = query.getQueryAndParameters();
    return ((await this.dataSource.query(sql, parameters)) as RawSummaryRow[]).map(toSummaryEntity);
  }

  /** Drafts and scheduled items of the user's organisation or by the user: the author's desk. */
  desk(userId: string, organisationId: string | null, now: Date): Promise<NewsEntity[]> {
    return this.repository
      .createQueryBuilder('news')
      .leftJoinAndSelect('news.organisation', 'organisation')
      .leftJoinAndSelect('news.author', 'author')
      .where(
        new Brackets((mine) =>
          mine
            .where('news.authorId = :userId', { userId })
            .orWhere('news.organisationId = CAST(:organisationId AS uuid)', { organisationId }),
        ),
      )
      .andWhere(
        new Brackets((pending) =>
          pending
            .where(`news.status = 'draft'`)
            .orWhere(`(news.status = 'published' AND news.publishedAt > :now)`, { now }),
        ),
      )
      .orderBy('news.updatedAt', 'DESC')
      .limit(DESK_MAX)
      .getMany();
  }

  insert(values: Partial<NewsEntity>): Promise<NewsEntity> {
    return this.repository.save(this.repository.create(values));
  }

  /** Applies the change only if nobody changed the item since `version` was read. */
  async updateIfVersion(id: string, version: number, changes: Partial<NewsEntity>): Promise<boolean> {
    const result = await this.repository
      .createQueryBuilder()
      .update(NewsEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Published, due items whose audience has not been notified yet (oldest first). */
  dueForNotification(now: Date, limit: number): Promise<NewsEntity[]> {
    return this.repository
      .createQueryBuilder('news')
      .where(`news.status = 'published' AND news.notifiedAt IS NULL AND news.publishedAt <= :now`, { now })
      .andWhere('(news.expiresAt IS NULL OR news.expiresAt > :now)', { now })
      .orderBy('news.publishedAt', 'ASC')
      .limit(limit)
      .getMany();
  }

  /**
   * Raw on purpose: TypeORM's update would raise `version` and `updated_at`, and an editor who
   * changes the item right after publishing would get a false „inzwischen geändert“ (409).
   */
  async markNotified(id: string, at: Date): Promise<void> {
    await this.dataSource.query('UPDATE news SET notified_at = $2 WHERE id = $1', [id, at]);
  }

  /**
   * The earliest publication after `now` of any item, whatever its audience: a cached first page
   * may change then (news_feed_idx).
   */
  async nextPublication(now: Date): Promise<Date | null> {
    const [row] = await this.reads.rows<{ at: Date | null }>(
      `SELECT min(published_at) AS at FROM news WHERE status = 'published' AND published_at > $1`,
      [now],
    );
    return row?.at ?? null;
  }

  /** Of these items, the ones the user has opened (one query per page). */
  async readIds(userId: string, newsIds: string[]): Promise<Set<string>> {
    if (newsIds.length === 0) return new Set();
    const rows = await this.dataSource
      .getRepository(NewsReadEntity)
      .createQueryBuilder('read')
      .select('read.newsId', 'newsId')
      .where('read.userId = :userId AND read.newsId IN (:...newsIds)', { userId, newsIds })
      .getRawMany<{ newsId: string }>();
    return new Set(rows.map((row) => row.newsId));
  }

  /** Remembers that the user opened the item; the first time counts. */
  async markRead(newsId: string, userId: string, at: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NewsReadEntity)
      .values({ newsId, userId, readAt: at })
      .orIgnore()
      .execute();
  }

  async acknowledgement(newsId: string, userId: string): Promise<NewsAcknowledgementEntity | null> {
    return this.dataSource.getRepository(NewsAcknowledgementEntity).findOneBy({ newsId, userId });
  }

  /** Idempotent: a second confirmation keeps the first time. */
  async acknowledge(newsId: string, userId: string, organisationId: string | null, at: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(NewsAcknowledgementEntity)
      .values({ newsId, userId, organisationId, acknowledgedAt: at })
      .orIgnore()
      .execute();
  }

  /**
   * Per organisation: how many active accounts the audience has and how many of them confirmed.
   * Counts only — never who. People without an organisation are counted under null.
   */
  acknowledgementCounts(newsId: string, audience: AudienceDto): Promise<AcknowledgementRow[]> {
    const members = audienceMembersSql(audience, 2);
    return this.dataSource.query(
      `WITH members AS (${members.sql})
       SELECT u.organisation_id AS "organisationId", o.name AS "organisationName", o.key AS "organisationKey",
              o.state AS "organisationState", o.kind AS "organisationKind",
              count(*)::int AS "audience", count(a.user_id)::int AS "acknowledged"
         FROM members m
         JOIN users u ON u.id = m.user_id
         LEFT JOIN news_acknowledgements a ON a.news_id = $1 AND a.user_id = m.user_id
         LEFT JOIN organisations o ON o.id = u.organisation_id
        GROUP BY u.organisation_id, o.name, o.key, o.state, o.kind
        ORDER BY o.name NULLS LAST`,
      [newsId, ...members.parameters],
    );
  }

  /** Active accounts in the audience (AND between the lists, OR within each). */
  async audienceSize(audience: AudienceDto): Promise<number> {
    const members = audienceMembersSql(audience, 1);
    const rows: { count: number }[] = await this.dataSource.query(
      `SELECT count(*)::int AS count FROM (${members.sql}) members`,
      members.parameters,
    );
    return rows[0]?.count ?? 0;
  }

  /** Items in these states already public for this viewer — the base of every reader query. */
  private readable(
    viewer: AudienceViewer,
    now: Date,
    statuses: ('published' | 'archived')[],
  ): SelectQueryBuilder<NewsEntity> {
    const query = this.repository
      .createQueryBuilder('news')
      // A list shows summaries: no body (the largest column) and nothing else the summary does not
      // map — less for PostgreSQL to read and send, and for TypeORM to hydrate.
      .select(SUMMARY_COLUMNS.map((column) => `news.${column}`))
      // Lists show only these of organisation and author: less to read and to hydrate.
      .leftJoin('news.organisation', 'organisation')
      .addSelect([
        'organisation.id',
        'organisation.key',
        'organisation.name',
        'organisation.kind',
        'organisation.state',
      ])
      .leftJoin('news.author', 'author')
      .addSelect(['author.id', 'author.displayName'])
      // Literals, not parameters (they come from code): a prepared statement's generic plan can then
      // prove the predicate of the partial news_pinned_idx (with a parameter it scanned 100,000 rows).
      .where(`news.status IN (${statuses.map((status) => `'${status}'`).join(', ')})`)
      .andWhere('news.publishedAt <= :now', { now });
    return whereInAudience(query, 'news', viewer);
  }
}

/**
 * Cover (at most one per item, news_files_cover_uq) with its file's preview state, and read mark
 * (primary key), in the same query.
 */
function withReaderState(
  query: SelectQueryBuilder<NewsEntity>,
  readerId: string,
): SelectQueryBuilder<NewsEntity> {
  return (
    query
      // The summary needs the link (url and alt text) and, for the thumbnail, the file's scan and
      // preview state (primary key); the rest of the file row is checked on download.
      .leftJoinAndMapOne(
        'news.cover',
        NewsFileEntity,
        'cover',
        `cover.newsId = news.id AND cover.role = 'cover'`,
      )
      .leftJoin('cover.file', 'coverFile')
      .addSelect(['coverFile.id', 'coverFile.scanStatus', 'coverFile.previewStatus'])
      .leftJoinAndMapOne(
        'news.readMark',
        NewsReadEntity,
        'readMark',
        'readMark.newsId = news.id AND readMark.userId = :readerId',
        {
          readerId,
        },
      )
  );
}

/** The news columns a summary maps (`toNewsSummary`), plus the keyset position. */
const SUMMARY_COLUMNS: (keyof NewsEntity)[] = [
  'id',
  'title',
  'teaser',
  'category',
  'status',
  'important',
  'demo',
  'pinnedUntil',
  'expiresAt',
  'publishedAt',
  'editedAt',
  'createdAt',
  'authorDeleted',
];

/** A row of `readable` (+ `withReaderState`) under TypeORM's `<alias>_<column>` names. */
interface RawSummaryRow {
  news_id: string;
  news_title: string;
  news_teaser: string;
  news_category: NewsEntity['category'];
  news_status: NewsEntity['status'];
  news_important: boolean;
  news_demo: boolean;
  news_pinned_until: Date | null;
  news_expires_at: Date | null;
  news_published_at: Date | null;
  news_edited_at: Date | null;
  news_created_at: Date;
  news_author_deleted: boolean;
  organisation_id: string | null;
  organisation_key: string;
  organisation_name: string;
  organisation_kind: OrganisationEntity['kind'];
  organisation_state: OrganisationEntity['state'];
  author_id: string | null;
  author_display_name: string;
  cover_file_id?: string | null;
  cover_alt_text?: string | null;
  coverFile_scan_status?: StoredFileEntity['scanStatus'] | null;
  coverFile_preview_status?: StoredFileEntity['previewStatus'] | null;
  readMark_news_id?: string | null;
}

/** Only what `toNewsSummary` and the keyset cursor read; the same shape `getMany` would give. */
function toSummaryEntity(row: RawSummaryRow): NewsEntity {
  const news = Object.assign(new NewsEntity(), {
    id: row.news_id,
    title: row.news_title,
    teaser: row.news_teaser,
    category: row.news_category,
    status: row.news_status,
    important: row.news_important,
    demo: row.news_demo,
    pinnedUntil: row.news_pinned_until,
    expiresAt: row.news_expires_at,
    publishedAt: row.news_published_at,
    editedAt: row.news_edited_at,
    createdAt: row.news_created_at,
    authorDeleted: row.news_author_deleted,
  });
  if (row.organisation_id) {
    news.organisation = {
      id: row.organisation_id,
      key: row.organisation_key,
      name: row.organisation_name,
      kind: row.organisation_kind,
      state: row.organisation_state,
    } as OrganisationEntity;
  }
  if (row.author_id) news.author = { id: row.author_id, displayName: row.author_display_name } as UserEntity;
  if (row.cover_file_id) {
    news.cover = Object.assign(new NewsFileEntity(), {
      newsId: row.news_id,
      fileId: row.cover_file_id,
      role: 'cover',
      altText: row.cover_alt_text ?? null,
      file:
        row.coverFile_scan_status && row.coverFile_preview_status
          ? ({
              id: row.cover_file_id,
              scanStatus: row.coverFile_scan_status,
              previewStatus: row.coverFile_preview_status,
            } as StoredFileEntity)
          : undefined,
    });
  }
  news.readMark = row.readMark_news_id ? ({ newsId: row.readMark_news_id } as NewsReadEntity) : null;
  return news;
}

function newestFirst(a: NewsEntity, b: NewsEntity): number {
  const byTime = (b.publishedAt?.getTime() ?? 0) - (a.publishedAt?.getTime() ?? 0);
  return byTime !== 0 ? byTime : b.id < a.id ? -1 : b.id > a.id ? 1 : 0;
}

const notExpired = '(news.expiresAt IS NULL OR news.expiresAt > :now)';

/** Narrowed by anything but the archive switch (pinned items then take their normal place). */
export function hasFilter(filter: NewsFeedFilter): boolean {
  return !!(filter.category || filter.state || filter.from || filter.to || filter.words);
}
