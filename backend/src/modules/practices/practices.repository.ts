import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { OrganisationState, PracticeContent, PracticeSort } from '@portal/contracts';
import { PreparedReads } from '../../core/database/prepared-reads';
import { PracticeEntity } from './practice.entity';
import { PRACTICE_SUMMARY_COLUMNS, practiceListSql, type PracticeListRow } from './practice-list.sql';
import type { PracticePosition } from './practice-cursor';
import {
  PracticeAdoptionEntity,
  PracticeFollowerEntity,
  PracticeVersionEntity,
} from './practice-relations.entity';

export interface PracticeFilter {
  fieldId?: string;
  targetGroupId?: string;
  state?: OrganisationState;
  organisationId?: string;
  adoptedBy?: string;
  hasKeyFigures?: boolean;
  bookmarkedBy?: string;
  words?: string;
  sort: PracticeSort;
}

const DESK_MAX = 50;
/** Newest published entries from the own and neighbouring Länder considered for „Jobcenter wie unseres“. */
const CANDIDATES = 1_500;
/** Own and adopted entries (newest) whose Handlungsfelder count as „followed“. */
const OWN_ENTRIES = 50;

@Injectable()
export class PracticesRepository {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reads: PreparedReads,
  ) {}

  private repository(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(PracticeEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<PracticeEntity | null> {
    return this.repository(manager).findOne({
      where: { id },
      relations: { organisation: true, author: true },
    });
  }

  /**
   * One keyset page of published entries with organisation and terms, in one statement
   * (`practiceListSql`). Term filters are semi-joins on taxonomy_assignments
   * (taxonomy_assignments_term_idx); the sort walks practices_published/adopted/helpful_idx, a Land
   * filter practices_state_*_idx. Prepared with the generic plan, except a word search (its best
   * plan depends on the words).
   */
  async list(
    filter: PracticeFilter,
    after: PracticePosition | undefined,
    limit: number,
  ): Promise<PracticeListRow[]> {
    const { text, values } = practiceListSql(filter, after, limit);
    if (filter.words) return this.dataSource.query(text, values);
    return this.reads.rows<PracticeListRow>(text, values);
  }

  /** The user's drafts and entries in review (their desk). */
  mine(userId: string): Promise<PracticeEntity[]> {
    return this.repository()
      .createQueryBuilder('practice')
      .leftJoinAndSelect('practice.organisation', 'organisation')
      .where('practice.authorId = :userId', { userId })
      .andWhere(`practice.status IN ('draft', 'in-review')`)
      .orderBy('practice.updatedAt', 'DESC')
      .limit(DESK_MAX)
      .getMany();
  }

  /** Entries waiting for review: one organisation's, or all (coordination). */
  toReview(organisationId: string | null): Promise<PracticeEntity[]> {
    const query = this.repository()
      .createQueryBuilder('practice')
      .leftJoinAndSelect('practice.organisation', 'organisation')
      .where(`practice.status = 'in-review'`);
    if (organisationId) query.andWhere('practice.organisationId = :organisationId', { organisationId });
    return query
      .orderBy('practice.submittedAt', 'ASC')
      .addOrderBy('practice.id', 'ASC')
      .limit(DESK_MAX)
      .getMany();
  }

  async insert(manager: EntityManager, values: Partial<PracticeEntity>): Promise<PracticeEntity> {
    return this.repository(manager).save(this.repository(manager).create(values));
  }

  /** Applies the change only if nobody changed the entry since `version` was read; returns the new version. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<PracticeEntity>,
  ): Promise<number | null> {
    const result = await this.repository(manager)
      .createQueryBuilder()
      .update(PracticeEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .returning(['version'])
      .execute();
    const row = (result.raw as { version: number }[])[0];
    return row ? row.version : null;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await this.repository(manager).delete({ id });
  }

  async addVersion(
    manager: EntityManager,
    practiceId: string,
    version: number,
    content: PracticeContent,
    editedBy: string | null,
    editedAt: Date,
    published: boolean,
  ): Promise<void> {
    await manager
      .getRepository(PracticeVersionEntity)
      .insert({ practiceId, version, content, editedBy, editedAt, published });
  }

  /** At publication: the latest version is the published text (the steps in between write none). */
  async markLatestVersionPublished(manager: EntityManager, practiceId: string): Promise<void> {
    await manager.query(
      `UPDATE practice_versions SET published = true
        WHERE practice_id = $1
          AND version = (SELECT max(version) FROM practice_versions WHERE practice_id = $1)`,
      [practiceId],
    );
  }

  /** Newest first, with the count of all of them; `publishedOnly` leaves out the drafts before the publication. */
  versions(practiceId: string, publishedOnly: boolean): Promise<[PracticeVersionEntity[], number]> {
    return this.dataSource.getRepository(PracticeVersionEntity).findAndCount({
      where: publishedOnly ? { practiceId, published: true } : { practiceId },
      relations: { editor: true },
      order: { version: 'DESC' },
      take: 100,
    });
  }

  // Followers -------------------------------------------------------------------------------

  async follow(practiceId: string, userId: string, manager?: EntityManager): Promise<void> {
    await (manager ?? this.dataSource.manager)
      .createQueryBuilder()
      .insert()
      .into(PracticeFollowerEntity)
      .values({ practiceId, userId })
      .orIgnore()
      .execute();
  }

  async unfollow(practiceId: string, userId: string): Promise<void> {
    await this.dataSource.getRepository(PracticeFollowerEntity).delete({ practiceId, userId });
  }

  async isFollowing(practiceId: string, userId: string): Promise<boolean> {
    return this.dataSource.getRepository(PracticeFollowerEntity).existsBy({ practiceId, userId });
  }

  async followerIds(practiceId: string): Promise<string[]> {
    const rows = await this.dataSource.getRepository(PracticeFollowerEntity).find({ where: { practiceId } });
    return rows.map((row) => row.userId);
  }

  // „Hilfreich“ -----------------------------------------------------------------------------

  /** Adds or removes the mark and keeps the counter in step, in one transaction. */
  async setHelpful(practiceId: string, userId: string, on: boolean): Promise<number> {
    return this.dataSource.transaction(async (manager) => {
      const changed = rowsOf(
        on
          ? await manager.query(
              'INSERT INTO practice_helpful_marks (practice_id, user_id) VALUES ($1, $2) ON CONFLICT DO NOTHING RETURNING user_id',
              [practiceId, userId],
            )
          : await manager.query(
              'DELETE FROM practice_helpful_marks WHERE practice_id = $1 AND user_id = $2 RETURNING user_id',
              [practiceId, userId],
            ),
      );
      const delta = changed.length === 0 ? 0 : on ? 1 : -1;
      const [row] = rowsOf<{ helpful_count: number }>(
        await manager.query(
          'UPDATE practices SET helpful_count = helpful_count + $2 WHERE id = $1 RETURNING helpful_count',
          [practiceId, delta],
        ),
      );
      return row?.helpful_count ?? 0;
    });
  }

  async helpfulByMe(practiceId: string, userId: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      'SELECT 1 FROM practice_helpful_marks WHERE practice_id = $1 AND user_id = $2',
      [practiceId, userId],
    );
    return rows.length > 0;
  }

  // Adoptions -------------------------------------------------------------------------------

  /** Records the adoption and counts it, in one transaction; false if it was already recorded. */
  async adopt(
    practiceId: string,
    organisationId: string,
    userId: string,
    note: string | null,
    at: Date,
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const inserted: unknown[] = await manager.query(
        `INSERT INTO practice_adoptions (practice_id, organisation_id, adopted_by, note, created_at)
         VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING RETURNING practice_id`,
        [practiceId, organisationId, userId, note, at],
      );
      if (inserted.length === 0) {
        await manager.query(
          'UPDATE practice_adoptions SET note = $3 WHERE practice_id = $1 AND organisation_id = $2',
          [practiceId, organisationId, note],
        );
        return false;
      }
      await manager.query('UPDATE practices SET adoption_count = adoption_count + 1 WHERE id = $1', [
        practiceId,
      ]);
      return true;
    });
  }

  async unadopt(practiceId: string, organisationId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const deleted = rowsOf(
        await manager.query(
          'DELETE FROM practice_adoptions WHERE practice_id = $1 AND organisation_id = $2 RETURNING practice_id',
          [practiceId, organisationId],
        ),
      );
      if (deleted.length > 0)
        await manager.query('UPDATE practices SET adoption_count = adoption_count - 1 WHERE id = $1', [
          practiceId,
        ]);
    });
  }

  adoptions(practiceId: string): Promise<PracticeAdoptionEntity[]> {
    return this.dataSource.getRepository(PracticeAdoptionEntity).find({
      where: { practiceId },
      relations: { organisation: true, adopter: true },
      order: { createdAt: 'DESC' },
      take: 500,
    });
  }

  async isAdoptedBy(practiceId: string, organisationId: string | null): Promise<boolean> {
    if (!organisationId) return false;
    return this.dataSource.getRepository(PracticeAdoptionEntity).existsBy({ practiceId, organisationId });
  }

  // Recommendations and similar entries -----------------------------------------------------

  /**
   * Published entries of other organisations in the same or a neighbouring Land that this one has
   * not adopted, scored by category, Land and the Handlungsfelder of its own and adopted entries.
   * Candidates are the newest entries of these Länder (bounded), so the cost does not grow with
   * the size of the network; the terms of each candidate are primary-key lookups.
   */
  recommendations(
    organisation: { id: string; state: string; category: string },
    nearbyStates: readonly string[],
    limit: number,
  ): Promise<RecommendationRow[]> {
    // Prepared (generic plan, planning took 2.3 ms of 17 with 50,000 entries); with the summary of
    // each recommended entry, so the page needs no second and third statement.
    return this.reads.rows<RecommendationRow>(
      `WITH own AS (
          (SELECT id FROM practices WHERE organisation_id = $1 AND status IN ('published', 'archived')
            ORDER BY published_at DESC NULLS LAST LIMIT ${OWN_ENTRIES})
          UNION
          (SELECT practice_id FROM practice_adoptions WHERE organisation_id = $1
            ORDER BY created_at DESC LIMIT ${OWN_ENTRIES})
          UNION
          -- Entries the Jobcenter's staff follow (bounded like the others; drafts stay out).
          (SELECT f.practice_id FROM users u
             JOIN practice_followers f ON f.user_id = u.id
             JOIN practices fp ON fp.id = f.practice_id AND fp.status IN ('published', 'archived')
            WHERE u.organisation_id = $1 LIMIT ${OWN_ENTRIES})
        ), fields AS MATERIALIZED (
          SELECT coalesce(array_agg(DISTINCT a.term_id), '{}') AS ids
            FROM own o
            JOIN taxonomy_assignments a ON a.target_type = 'practice' AND a.target_id = o.id
            JOIN taxonomy_terms t ON t.id = a.term_id
            JOIN taxonomies x ON x.id = t.taxonomy_id AND x.key = 'handlungsfelder'
        ), candidates AS (
          SELECT p.id, p.state, p.organisation_category, p.organisation_id, p.published_at
            FROM practices p
           WHERE p.status = 'published' AND p.state = ANY($2::text[])
           ORDER BY p.published_at DESC, p.id DESC
           LIMIT ${CANDIDATES}
        ), scored AS (
          SELECT c.id, c.published_at,
                 (c.organisation_category = $3::text) AS same_category,
                 (c.state = $4::text) AS same_state,
                 -- The candidate's terms by primary key, then those the organisation follows.
                 ARRAY(SELECT term FROM unnest(ARRAY(SELECT a.term_id FROM taxonomy_assignments a
                                                    WHERE a.target_type = 'practice' AND a.target_id = c.id)) AS term
                        WHERE term = ANY(f.ids)) AS term_ids
            FROM candidates c CROSS JOIN fields f
           WHERE c.organisation_id IS DISTINCT FROM $1::uuid
             AND NOT EXISTS (SELECT 1 FROM practice_adoptions d WHERE d.practice_id = c.id AND d.organisation_id = $1::uuid)
        ), best AS (
          SELECT * FROM scored
           ORDER BY (CASE WHEN same_category THEN 2 ELSE 0 END
                   + CASE WHEN same_state THEN 3 ELSE 1 END
                   + 2 * cardinality(term_ids)) DESC,
                    published_at DESC, id DESC
           LIMIT ${Math.trunc(limit)}
        )
        SELECT ${PRACTICE_SUMMARY_COLUMNS},
               b.same_category AS "sameCategory", b.same_state AS "sameState",
               NOT b.same_state AS "neighbourState",
               coalesce((SELECT array_agg(t.label ORDER BY t.position) FROM taxonomy_terms t WHERE t.id = ANY(b.term_ids)), '{}') AS "matchedFields"
          FROM best b
          JOIN practices p ON p.id = b.id
          LEFT JOIN organisations o ON o.id = p.organisation_id
         ORDER BY (CASE WHEN b.same_category THEN 2 ELSE 0 END
                 + CASE WHEN b.same_state THEN 3 ELSE 1 END
                 + 2 * cardinality(b.term_ids)) DESC,
                  b.published_at DESC, b.id DESC`,
      [organisation.id, [organisation.state, ...nearbyStates], organisation.category, organisation.state],
    );
  }

  /** Entries sharing terms with this one or matching its title words, best first. */
  similar(
    practiceId: string,
    titleWords: string,
    limit: number,
  ): Promise<{ id: string; shared: string[] }[]> {
    return this.dataSource.query(
      `WITH mine AS (
          SELECT term_id FROM taxonomy_assignments WHERE target_type = 'practice' AND target_id = $1
        ), query AS (SELECT websearch_to_tsquery('german', $2) AS q),
        shared AS (
          SELECT a.target_id AS id, array_agg(t.label ORDER BY t.position) AS labels, count(*) AS n
            FROM taxonomy_assignments a JOIN taxonomy_terms t ON t.id = a.term_id
           WHERE a.target_type = 'practice' AND a.term_id IN (SELECT term_id FROM mine) AND a.target_id <> $1
           GROUP BY a.target_id
        )
        SELECT p.id, coalesce(s.labels, '{}') AS shared
          FROM practices p
          LEFT JOIN shared s ON s.id = p.id, query
         WHERE p.status = 'published' AND p.id <> $1
           AND (s.id IS NOT NULL OR p.search_vector @@ query.q)
         ORDER BY coalesce(s.n, 0) + 4 * ts_rank(p.search_vector, query.q) DESC, p.published_at DESC
         LIMIT $3`,
      [practiceId, titleWords, limit],
    );
  }

  /** Published entries by id, with their organisations (keeps the given order). */
  async byIds(ids: readonly string[]): Promise<PracticeEntity[]> {
    if (ids.length === 0) return [];
    const rows = await this.repository()
      .createQueryBuilder('practice')
      .leftJoinAndSelect('practice.organisation', 'organisation')
      .where('practice.id IN (:...ids)', { ids })
      .getMany();
    const byId = new Map(rows.map((row) => [row.id, row]));
    return ids.flatMap((id) => byId.get(id) ?? []);
  }
}

/** A recommended entry: its summary row and why it is recommended. */
export interface RecommendationRow extends PracticeListRow {
  sameCategory: boolean;
  sameState: boolean;
  neighbourState: boolean;
  /** Labels of its Handlungsfelder the organisation follows. */
  matchedFields: string[];
}

/** TypeORM answers UPDATE/DELETE … RETURNING with `[rows, affected]`, INSERT … RETURNING with rows. */
function rowsOf<T = unknown>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}
