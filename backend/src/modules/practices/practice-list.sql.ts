import { TaxonomyKey } from '@portal/contracts';
import type { OrganisationSummaryDto, PracticeSort, PracticeStatus } from '@portal/contracts';
import type { PracticePosition } from './practice-cursor';
import type { PracticeFilter } from './practices.repository';
import { sqlParameters } from '../../core/database/sql-parameters';

/** Sort column per order; „neueste“ walks practices_published_idx by (published_at, id) alone. */
const SORT_COLUMN: Record<PracticeSort, string | null> = {
  newest: null,
  'most-adopted': 'p.adoption_count',
  'most-helpful': 'p.helpful_count',
};

/** A term of an entry as the list query sends it: `[id, label, position]`. */
type RawTerm = [string, string, number];

/** One row of the list query: what a summary shows plus the keyset position. */
export interface PracticeListRow {
  id: string;
  title: string;
  summary: string;
  status: PracticeStatus;
  hasKeyFigures: boolean;
  adoptionCount: number;
  helpfulCount: number;
  publishedAt: Date | null;
  updatedAt: Date;
  demo: boolean;
  organisationId: string | null;
  organisationKey: string | null;
  organisationName: string | null;
  organisationKind: OrganisationSummaryDto['kind'] | null;
  organisationState: OrganisationSummaryDto['state'] | null;
  /** Zielgruppen and Handlungsfelder, each ordered by position and label (as `termsOf` does). */
  terms: { groups: RawTerm[] | null; fields: RawTerm[] | null };
}

const terms = (key: string) =>
  `coalesce(json_agg(json_build_array(t.id, t.label, t.position) ORDER BY t.position, t.label) FILTER (WHERE x.key = '${key}'), '[]')`;

/**
 * The select list of a `PracticeListRow`, over `practices p LEFT JOIN organisations o`: the
 * summary's columns and the entry's terms as one json value (by the assignments' primary key).
 */
export const PRACTICE_SUMMARY_COLUMNS = `p.id, p.title, p.summary, p.status, p.has_key_figures AS "hasKeyFigures",
       p.adoption_count AS "adoptionCount", p.helpful_count AS "helpfulCount",
       p.published_at AS "publishedAt", p.updated_at AS "updatedAt", p.demo,
       o.id AS "organisationId", o.key AS "organisationKey", o.name AS "organisationName",
       o.kind AS "organisationKind", o.state AS "organisationState",
       (SELECT json_build_object('groups', ${terms(TaxonomyKey.TargetGroups)}, 'fields', ${terms(TaxonomyKey.FieldsOfAction)})
          FROM taxonomy_assignments a
          JOIN taxonomy_terms t ON t.id = a.term_id
          JOIN taxonomies x ON x.id = t.taxonomy_id
         WHERE a.target_type = 'practice' AND a.target_id = p.id) AS terms`;

/**
 * The list as one statement: the page, its organisations and the terms of each entry (a json
 * aggregate per row, by the assignments' primary key; PostgreSQL evaluates it for the rows that
 * survive LIMIT only). The text depends only on which filters are set, the sort, the cursor and
 * the page size — values are parameters, the status a literal (the generic plan of a prepared
 * statement must see `status = 'published'` to use the partial indexes).
 */
export function practiceListSql(
  filter: PracticeFilter,
  after: PracticePosition | undefined,
  limit: number,
): { text: string; values: unknown[] } {
  const { values, param } = sqlParameters();
  const where = [`p.status = 'published'`];
  const hasTerm = (termId: string) =>
    `EXISTS (SELECT 1 FROM taxonomy_assignments ta WHERE ta.term_id = ${param(termId, 'uuid')} AND ta.target_type = 'practice' AND ta.target_id = p.id)`;
  if (filter.fieldId) where.push(hasTerm(filter.fieldId));
  if (filter.targetGroupId) where.push(hasTerm(filter.targetGroupId));
  if (filter.state) where.push(`p.state = ${param(filter.state, 'text')}`);
  if (filter.organisationId) where.push(`p.organisation_id = ${param(filter.organisationId, 'uuid')}`);
  if (filter.adoptedBy) {
    where.push(
      `EXISTS (SELECT 1 FROM practice_adoptions ad WHERE ad.practice_id = p.id AND ad.organisation_id = ${param(filter.adoptedBy, 'uuid')})`,
    );
  }
  if (filter.hasKeyFigures !== undefined)
    where.push(`p.has_key_figures = ${param(filter.hasKeyFigures, 'boolean')}`);
  if (filter.bookmarkedBy) {
    where.push(
      `EXISTS (SELECT 1 FROM bookmarks b WHERE b.user_id = ${param(filter.bookmarkedBy, 'uuid')} AND b.target_type = 'practice' AND b.target_id = p.id)`,
    );
  }
  if (filter.words)
    where.push(`p.search_vector @@ websearch_to_tsquery('german', ${param(filter.words, 'text')})`);
  const column = SORT_COLUMN[filter.sort];
  if (after) {
    const time = param(after.publishedAt, 'timestamptz');
    const id = param(after.id, 'uuid');
    where.push(
      column
        ? `(${column}, p.published_at, p.id) < (${param(after.count, 'int')}, ${time}, ${id})`
        : `(p.published_at, p.id) < (${time}, ${id})`,
    );
  }
  const order = column ? `${column} DESC, p.published_at DESC, p.id DESC` : 'p.published_at DESC, p.id DESC';
  const text = `SELECT ${PRACTICE_SUMMARY_COLUMNS}
  FROM practices p
  LEFT JOIN organisations o ON o.id = p.organisation_id
 WHERE ${where.join('\n   AND ')}
 ORDER BY ${order}
 LIMIT ${Math.trunc(limit)}`;
  return { text, values };
}
