import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { SEARCH_MARK_END, SEARCH_MARK_START, type AudienceViewer, type SearchType } from '@portal/contracts';
import type { PrefixSplit } from './search-query';
import { filtersSql, SearchFilters, SqlParams, tsQuery, visibleTo } from './search-sql';

/** Everything one search is about: words, who asks, when, and the filters. */
export interface SearchSpec {
  query: string;
  prefix: PrefixSplit | null;
  types: readonly SearchType[];
  viewer: AudienceViewer;
  now: Date;
  filters: SearchFilters;
}

/**
 * Very broad terms are counted (and faceted) up to this many matches: counting every match of a
 * word found in half of 200,000 documents is what makes a search slow. Above it the total is a
 * lower bound („mehr als 10.000“).
 */
export const COUNT_CAP = 10_000;
/** Relevance ranks the newest matches (plus title matches) only — see `pageByRelevance`. */
const RANK_CANDIDATES = 1000;
const TITLE_CANDIDATES = 300;

export interface FacetRow {
  facet: 'total' | 'type' | 'state' | 'term';
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

  /** Total and facet counts in one pass over at most COUNT_CAP + 1 visible matches. */
  async facets(manager: EntityManager, spec: SearchSpec): Promise<FacetRow[]> {
    const params = new SqlParams();
    const sql = `
      WITH m AS MATERIALIZED (
        SELECT d.type, d.state, d.term_ids FROM search_documents d
         WHERE ${this.where(params, spec)} LIMIT ${COUNT_CAP + 1})
      SELECT 'total' AS facet, NULL AS key, count(*)::int AS n FROM m
      UNION ALL SELECT 'type', type, count(*)::int FROM m GROUP BY type
      UNION ALL SELECT 'state', state, count(*)::int FROM m WHERE state IS NOT NULL GROUP BY state
      UNION ALL (SELECT 'term', t::text, count(*)::int FROM m, unnest(m.term_ids) t GROUP BY t ORDER BY 3 DESC LIMIT 30)`;
    return manager.query(sql, params.values);
  }

  /** Newest first: PostgreSQL walks the date index for broad terms and stops after a page. */
  async pageByDate(
    manager: EntityManager,
    spec: SearchSpec,
    offset: number,
    limit: number,
  ): Promise<PageRow[]> {
    const params = new SqlParams();
    const sql = `SELECT d.type, d.source_id FROM search_documents d WHERE ${this.where(params, spec)}
      ORDER BY d.date DESC, d.source_id DESC OFFSET ${offset} LIMIT ${limit}`;
    return manager.query(sql, params.values);
  }

  /**
   * Relevance in two steps: candidates are the newest RANK_CANDIDATES matches plus the newest
   * TITLE_CANDIDATES title matches (both cheap: index order, a bounded number of rows), and only
   * those are ranked with ts_rank_cd. For selective queries that is every match; for a term in
   * half of the documents it avoids ranking 100,000 rows.
   */
  async pageByRelevance(
    manager: EntityManager,
    spec: SearchSpec,
    offset: number,
    limit: number,
  ): Promise<PageRow[]> {
    const params = new SqlParams();
    const rank = `ts_rank_cd(d.search_vector, ${tsQuery(params, spec.query, spec.prefix)}, 1)`;
    const all = this.where(params, spec);
    const titles = `d.title_vector @@ ${tsQuery(params, spec.query, spec.prefix)} AND ${this.where(params, spec)}`;
    // The rank is computed in each branch after its LIMIT (no join back to the whole table).
    const sql = `
      WITH c AS (
        (SELECT d.type, d.source_id, d.date, ${rank} AS rank FROM search_documents d WHERE ${all}
          ORDER BY d.date DESC LIMIT ${RANK_CANDIDATES})
        UNION
        (SELECT d.type, d.source_id, d.date, ${rank} AS rank FROM search_documents d WHERE ${titles}
          ORDER BY d.date DESC LIMIT ${TITLE_CANDIDATES}))
      SELECT type, source_id FROM c
       ORDER BY rank DESC, date DESC, source_id DESC
      OFFSET ${offset} LIMIT ${limit}`;
    return manager.query(sql, params.values);
  }

  /** Title, snippet and matching file — computed for the page only, never for all matches. */
  async details(manager: EntityManager, spec: SearchSpec, page: readonly PageRow[]): Promise<DetailRow[]> {
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
      CROSS JOIN LATERAL (SELECT ts_headline('german', left(d.summary || E'\\n' || d.body, 20000), ${tsq}, ${options}) AS text) h
      LEFT JOIN LATERAL (
        SELECT sf.original_name AS name FROM unnest(d.file_ids) WITH ORDINALITY AS x(file_id, n)
          JOIN search_file_texts t ON t.file_id = x.file_id AND t.vector IS NOT NULL
          JOIN stored_files sf ON sf.id = x.file_id
         WHERE t.vector @@ ${tsq} ORDER BY x.n LIMIT 1) f ON TRUE`;
    return manager.query(sql, params.values);
  }

  /** Titles for the header box: prefix on the last word, newest first. */
  async suggest(manager: EntityManager, spec: SearchSpec, limit: number): Promise<DetailRow[]> {
    const params = new SqlParams();
    const sql = `SELECT d.type, d.source_id, d.title, d.link_key FROM search_documents d
      WHERE ${this.where(params, spec, 'd.title_vector')} ORDER BY d.date DESC LIMIT ${limit}`;
    return manager.query(sql, params.values);
  }

  /** Whether the person would see anything for a query (guards „Meinten Sie …?“). */
  async anyVisible(manager: EntityManager, spec: SearchSpec): Promise<boolean> {
    const params = new SqlParams();
    const rows: unknown[] = await manager.query(
      `SELECT 1 FROM search_documents d WHERE ${this.where(params, spec)} LIMIT 1`,
      params.values,
    );
    return rows.length > 0;
  }

  /** The closest indexed word (trigram similarity), or null when the word itself is known. */
  async closestWord(manager: EntityManager, word: string): Promise<string | null> {
    const rows: { word: string; exact: boolean }[] = await manager.query(
      `SELECT word, word = $1 AS exact FROM search_words WHERE word % $1 ORDER BY word <-> $1, word LIMIT 1`,
      [word],
    );
    const best = rows[0];
    return !best || best.exact ? null : best.word;
  }

  async termLabels(manager: EntityManager, ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; label: string }[] = await manager.query(
      `SELECT id, label FROM taxonomy_terms WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    return new Map(rows.map((row) => [row.id, row.label]));
  }
}
