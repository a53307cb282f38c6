import { Injectable } from '@nestjs/common';
import { SEARCH_MARK_END, SEARCH_MARK_START, type AudienceViewer, type SearchType } from '@portal/contracts';
import type { PrefixSplit } from './search-query';
import type { SearchDb } from './search-pool';
import {
  CONTENT_SQL,
  DIRECTORY_SQL,
  includesContent,
  includesDirectory,
  filtersSql,
  SearchFilters,
  SqlParams,
  tsQuery,
  visibleTo,
} from './search-sql';

/** Everything one search is about: words, who asks, when, and the filters. */
export interface SearchSpec {
  query: string;
  prefix: PrefixSplit | null;
  types: readonly SearchType[];
  viewer: AudienceViewer;
  now: Date;
  filters: SearchFilters;
}

/** Relevance ranks at most this many of the newest matches; older ones follow by date. */
export const RANK_POOL = 200;

/** How one search is run: bounds and strategy (chosen by the service from the planner's estimate). */
export interface SearchPlan {
  /** Walk the date index newest-first (broad queries) instead of the full-text index. */
  walk: boolean;
  /** Counts and facets cover at most this many matches. */
  matchCap: number;
  /** Walk only: examine at most this many of the newest visible documents. */
  scanCap: number;
  /** Walk only: matches found within the first `rankScan` documents may be ranked. */
  rankScan: number;
  sort: 'relevance' | 'date';
  offset: number;
  limit: number;
}

export interface ResultsRow {
  /** Matches found (at most matchCap + 1). */
  hits: number;
  /** The walk reached scanCap documents: older documents were not examined. */
  window_full: boolean;
  page: PageRow[];
  facets: FacetRow[];
}

export interface FacetRow {
  facet: 'type' | 'state' | 'term';
  key: string | null;
  n: number;
}

export interface PageRow {
  type: SearchType;
  source_id: string;
}

export interface DetailRow extends PageRow {
  title: string;
  date: Date;
  state: string | null;
  link_key: string | null;
  snippet: string;
  matched_file: string | null;
}

const HEADLINE_OPTIONS = `StartSel=${SEARCH_MARK_START}, StopSel=${SEARCH_MARK_END}, MaxWords=30, MinWords=12, MaxFragments=2, FragmentDelimiter=" … "`;

/** The only place with search SQL; callers pass the transaction that set the statement timeout. */
@Injectable()
export class SearchRepository {
  private where(params: SqlParams, spec: SearchSpec, vector = 'd.search_vector'): string {
    const tsq = tsQuery(params, spec.query, spec.prefix);
    return `${vector} @@ ${tsq} AND ${visibleTo(params, spec.types, spec.viewer, spec.now)} AND ${filtersSql(params, spec.filters)}`;
  }

  /**
   * The planner's estimate of the documents the full-text index yields for the query (its
   * indexable part: `querytree` drops negations), all of which a bitmap scan would visit and —
   * for phrases and exclusions — recheck. A query with no indexable part counts as everything.
   * Filters on Land, organisation and topic narrow the estimate (a walk would pass over every
   * other document); a period does not: the walk starts and stops at its dates in the date index.
   */
  async estimate(db: SearchDb, spec: SearchSpec): Promise<number> {
    const params = new SqlParams();
    const tsq = tsQuery(params, spec.query, spec.prefix);
    const { from: _from, to: _to, ...filters } = spec.filters;
    const rows: { 'QUERY PLAN': { Plan: { 'Plan Rows': number } }[] }[] = await db.query(
      `EXPLAIN (FORMAT JSON) SELECT 1 FROM search_documents d
        WHERE (d.search_vector @@ querytree(${tsq})::tsquery OR querytree(${tsq}) = 'T')
          AND ${filtersSql(params, filters)}`,
      params.values,
    );
    return rows[0]?.['QUERY PLAN'][0]?.Plan['Plan Rows'] ?? Number.POSITIVE_INFINITY;
  }

  /**
   * Count, facets and one page in one statement, over a bounded candidate set — ranking or
   * counting every match of a broad term is what made search slow:
   * - index strategy (selective queries): the GIN bitmap, newest `matchCap + 1` matches;
   * - walk strategy (broad queries, phrases of frequent words): the content date index
   *   newest-first, checking each visible document, until `matchCap + 1` matches or `scanCap`
   *   documents; directory entries (people, organisations) are not walked — dated by their
   *   creation, a directory import or a wave of first sign-ins makes thousands of them the newest
   *   documents and would push all content out of the window — but matched through their own
   *   small full-text index (at most `matchCap + 1`, newest first).
   * Relevance ranks (ts_rank_cd) the newest RANK_POOL matches found within `rankScan` documents;
   * the other matches follow by date, so paging stays stable when a later page examines more.
   */
  async results(db: SearchDb, spec: SearchSpec, plan: SearchPlan): Promise<ResultsRow> {
    const params = new SqlParams();
    const tsq = tsQuery(params, spec.query, spec.prefix);
    const visible = `${visibleTo(params, spec.types, spec.viewer, spec.now)} AND ${filtersSql(params, spec.filters)}`;
    const cap = Math.trunc(plan.matchCap);
    const scan = Math.trunc(plan.scanCap);
    const newest = `ORDER BY d.date DESC, d.source_id DESC LIMIT ${cap + 1}`;
    const matches = (kind: string, bound: string) =>
      `SELECT d.type, d.source_id, d.date, d.state, d.term_ids, TRUE AS hit, 0::bigint AS n
         FROM search_documents d WHERE ${kind} AND d.search_vector @@ ${tsq} AND ${visible} ${bound}`;
    const branches: string[] = [];
    if (!plan.walk) branches.push(matches('TRUE', newest));
    else {
      if (includesContent(spec.types))
        branches.push(`SELECT type, source_id, date, state, term_ids, hit, n FROM (
           SELECT d.type, d.source_id, d.date, d.state, d.term_ids, d.search_vector @@ ${tsq} AS hit,
                  row_number() OVER (ORDER BY d.date DESC, d.source_id DESC) AS n
             FROM search_documents d WHERE ${CONTENT_SQL} AND ${visible}
            ORDER BY d.date DESC, d.source_id DESC LIMIT ${scan}) w
          WHERE hit OR n = ${scan} LIMIT ${cap + 2}`);
      // `OFFSET 0`: all directory matches from their small index, then the newest — else the
      // planner walks the whole date index looking for a rare name.
      if (includesDirectory(spec.types))
        branches.push(`SELECT * FROM (${matches(DIRECTORY_SQL, 'OFFSET 0')}) x
          ORDER BY x.date DESC, x.source_id DESC LIMIT ${cap + 1}`);
    }
    const candidates = branches.map((branch) => `(${branch})`).join(' UNION ALL ');
    const order =
      plan.sort === 'date'
        ? 'h.k'
        : `(SELECT ts_rank_cd(d.search_vector, ${tsq}, 1) FROM search_documents d
             WHERE d.type = h.type AND d.source_id = h.source_id
               AND h.k <= ${RANK_POOL} AND h.n <= ${Math.trunc(plan.rankScan)}) DESC NULLS LAST, h.k`;
    const sql = `
      WITH c AS MATERIALIZED (${candidates}),
      h AS MATERIALIZED (
        SELECT c.*, row_number() OVER (ORDER BY c.date DESC, c.source_id DESC) AS k FROM c WHERE c.hit),
      m AS (SELECT * FROM h WHERE k <= ${cap}),
      page AS (
        SELECT p.type, p.source_id, row_number() OVER () AS i FROM (
          SELECT h.type, h.source_id FROM m h
           ORDER BY ${order} OFFSET ${Math.trunc(plan.offset)} LIMIT ${Math.trunc(plan.limit)}) p),
      facets AS (
        SELECT 'type' AS facet, type AS key, count(*)::int AS n FROM m GROUP BY type
        UNION ALL SELECT 'state', state, count(*)::int FROM m WHERE state IS NOT NULL GROUP BY state
        UNION ALL (SELECT 'term', t::text, count(*)::int FROM m, unnest(m.term_ids) t
                    GROUP BY t ORDER BY 3 DESC LIMIT 30))
      SELECT (SELECT count(*)::int FROM h) AS hits,
             coalesce((SELECT bool_or(n = ${scan}) FROM c), FALSE) AS window_full,
             coalesce((SELECT json_agg(json_build_object('type', type, 'source_id', source_id) ORDER BY i) FROM page), '[]') AS page,
             coalesce((SELECT json_agg(json_build_object('facet', facet, 'key', key, 'n', n)) FROM facets), '[]') AS facets`;
    const rows: ResultsRow[] = await db.query(sql, params.values);
    return rows[0] ?? { hits: 0, window_full: false, page: [], facets: [] };
  }

  /**
   * Title, snippet and matching file — computed for the page only, never for all matches.
   * ts_headline parses and stems the whole text it gets (≈ 0.2 ms for 1 kB): when the summary
   * alone matches the query (its weight-B lexemes), the snippet comes from the summary; otherwise
   * from summary and body, then from the attachments. `OFFSET 0` keeps the headline from being
   * computed twice (it is used in the CASE and in the result).
   */
  async details(db: SearchDb, spec: SearchSpec, page: readonly PageRow[]): Promise<DetailRow[]> {
    if (page.length === 0) return [];
    const params = new SqlParams();
    const tsq = tsQuery(params, spec.query, spec.prefix);
    const options = params.add(HEADLINE_OPTIONS);
    const sql = `
      SELECT d.type, d.source_id, d.title, d.date, d.state, d.link_key,
        CASE WHEN strpos(h.text, ${params.add(SEARCH_MARK_START)}) = 0 AND d.attachment_text <> ''
                  AND f.name IS NOT NULL
             THEN ts_headline('german', left(d.attachment_text, 60000), ${tsq}, ${options})
             ELSE h.text END AS snippet,
        f.name AS matched_file
      FROM unnest(${params.add(
        page.map((row) => row.type),
        'text[]',
      )}, ${params.add(
        page.map((row) => row.source_id),
        'uuid[]',
      )}) AS p(type, source_id)
      JOIN search_documents d USING (type, source_id)
      CROSS JOIN LATERAL (SELECT ts_headline('german',
          CASE WHEN ts_filter(d.search_vector, '{b}') @@ ${tsq} THEN d.summary
               ELSE left(d.summary || E'\\n' || d.body, 20000) END, ${tsq}, ${options}) AS text OFFSET 0) h
      LEFT JOIN LATERAL (
        SELECT sf.original_name AS name FROM unnest(d.file_ids) WITH ORDINALITY AS x(file_id, n)
          JOIN search_file_texts t ON t.file_id = x.file_id AND t.vector IS NOT NULL
          JOIN stored_files sf ON sf.id = x.file_id
         WHERE t.vector @@ ${tsq} ORDER BY x.n LIMIT 1) f ON TRUE`;
    return db.query(sql, params.values);
  }

  /**
   * Titles for the header box: prefix on the last word, newest first. Content and directory
   * entries are looked up apart, then merged: content walks its date index newest-first (a common
   * prefix stops after a few rows) without passing over the directory entries — dated by their
   * creation, thousands of them can be the newest documents after a directory import, and a name
   * rarely matches; directory entries come from their own small title index (`OFFSET 0` keeps the
   * planner from walking the whole date index for them instead). Same rows as one query over all.
   */
  async suggest(db: SearchDb, spec: SearchSpec, limit: number): Promise<DetailRow[]> {
    const params = new SqlParams();
    const where = this.where(params, spec, 'd.title_vector');
    const columns = 'd.type, d.source_id, d.title, d.link_key, d.date';
    const n = Math.trunc(limit);
    const branches: string[] = [];
    if (includesContent(spec.types))
      branches.push(`(SELECT ${columns} FROM search_documents d
          WHERE ${CONTENT_SQL} AND ${where} ORDER BY d.date DESC LIMIT ${n})`);
    if (includesDirectory(spec.types))
      branches.push(`(SELECT * FROM (SELECT ${columns} FROM search_documents d
          WHERE ${DIRECTORY_SQL} AND ${where} OFFSET 0) x ORDER BY x.date DESC LIMIT ${n})`);
    if (branches.length === 0) return [];
    const sql = `SELECT s.type, s.source_id, s.title, s.link_key FROM (${branches.join(' UNION ALL ')}) s
      ORDER BY s.date DESC LIMIT ${n}`;
    return db.query(sql, params.values);
  }

  /** Whether the person would see anything for a query (guards „Meinten Sie …?“). */
  async anyVisible(db: SearchDb, spec: SearchSpec): Promise<boolean> {
    const params = new SqlParams();
    const rows: unknown[] = await db.query(
      `SELECT 1 FROM search_documents d WHERE ${this.where(params, spec)} LIMIT 1`,
      params.values,
    );
    return rows.length > 0;
  }

  /** The closest indexed word (trigram similarity), or null when the word itself is known. */
  async closestWord(db: SearchDb, word: string): Promise<string | null> {
    const rows: { word: string; exact: boolean }[] = await db.query(
      `SELECT word, word = $1 AS exact FROM search_words WHERE word % $1 ORDER BY word <-> $1, word LIMIT 1`,
      [word],
    );
    const best = rows[0];
    return !best || best.exact ? null : best.word;
  }

  async termLabels(db: SearchDb, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; label: string }[] = await db.query(
      `SELECT id, label FROM taxonomy_terms WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.label]));
  }
}
