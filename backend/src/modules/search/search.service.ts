import { Inject, Injectable, Logger } from '@nestjs/common';
import { QueryFailedError } from 'typeorm';
import {
  hasPermission,
  SEARCH_MAX_OFFSET,
  SEARCH_QUERY_MAX_LENGTH,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPES,
  SearchFacetDto,
  SearchResponseDto,
  SearchSuggestResponseDto,
  SearchType,
} from '@portal/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { SessionUser } from '../../core/auth/session-user';
import { AudienceViewerService } from '../../core/audience/audience-viewer.service';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { SearchParams } from './dto/search.query';
import { SearchAnalyticsService } from './search-analytics.service';
import { correctableWords, isQueryTooLong, normaliseQuery, splitLastWord } from './search-query';
import { SearchPool, type SearchDb } from './search-pool';
import { plainSnippet } from './search-snippet';
import { FacetRow, SearchPlan, SearchRepository, SearchSpec } from './search.repository';
import { SEARCH_SOURCES } from './sources';

const DEFAULT_LIMIT = 20;
const SUGGESTIONS = 8;
/** A walk examines at most this many times `searchLimits.scanCap` documents (deep pages, fallback). */
const MAX_SCAN_FACTOR = 10;
const ESTIMATE_CACHE_SIZE = 1000;
const ESTIMATE_TTL_MS = 5 * 60_000;

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  private readonly estimates = new Map<string, { rows: number; until: number }>();

  constructor(
    private readonly db: SearchPool,
    private readonly repository: SearchRepository,
    private readonly viewers: AudienceViewerService,
    private readonly clock: Clock,
    private readonly analytics: SearchAnalyticsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async search(user: SessionUser, params: SearchParams): Promise<SearchResponseDto> {
    const query = this.checkedQuery(params.q);
    const offset = params.offset ?? 0;
    const limit = Math.min(params.limit ?? DEFAULT_LIMIT, SEARCH_MAX_OFFSET - offset);
    const spec = await this.spec(user, query, params.type, {
      termIds: params.term,
      states: params.state,
      organisationId: params.organisationId,
      from: params.from,
      to: params.to,
    });
    if (spec.types.length === 0 || limit <= 0) return this.empty(query);
    const response = await this.guarded(async (db) => {
      const limits = this.config.searchLimits;
      const walk = (await this.estimate(db, spec)) > limits.indexScanMax;
      // Later pages examine further back (stable: the order of earlier matches does not change).
      const pages = Math.ceil((offset + limit) / limit);
      const plan: SearchPlan = {
        walk,
        matchCap: Math.max(limits.matchCap, offset + limit),
        scanCap: Math.min(limits.scanCap * pages, limits.scanCap * MAX_SCAN_FACTOR),
        rankScan: limits.scanCap,
        sort: params.sort === 'date' ? 'date' : 'relevance',
        offset,
        limit,
      };
      let found = await this.repository.results(db, spec, plan);
      const widest = limits.scanCap * MAX_SCAN_FACTOR;
      if (walk && found.page.length === 0 && found.window_full && plan.scanCap < widest) {
        // Nothing (more) among the newest documents (e.g. a phrase of two frequent words that
        // rarely stand together): look further back once, still bounded, before saying so. Also
        // for a later page, whose smaller window may hold fewer matches than the widest one did.
        plan.scanCap = widest;
        found = await this.repository.results(db, spec, plan);
      }
      const cappedByMatches = found.hits > plan.matchCap;
      const total = Math.min(found.hits, plan.matchCap);
      const lowerBound = cappedByMatches || found.window_full;
      const details = await this.repository.details(db, spec, found.page);
      const byKey = new Map(details.map((row) => [`${row.type}:${row.source_id}`, row]));
      const results = found.page.flatMap((row) => {
        const detail = byKey.get(`${row.type}:${row.source_id}`);
        if (!detail) return [];
        return [
          {
            type: detail.type,
            id: detail.source_id,
            title: detail.title,
            snippet: plainSnippet(detail.snippet),
            path: SEARCH_SOURCES[detail.type].path(detail.source_id, detail.link_key),
            date: new Date(detail.date).toISOString(),
            state: detail.state,
            matchedFile: detail.matched_file,
          },
        ];
      });
      const end = offset + found.page.length;
      const more = lowerBound ? found.page.length > 0 : end < total;
      return {
        query,
        results,
        total,
        totalIsLowerBound: lowerBound,
        searchedDocuments: found.window_full && !cappedByMatches ? plan.scanCap : null,
        facets: await this.facetDtos(db, found.facets),
        didYouMean: total === 0 && !lowerBound ? await this.didYouMean(db, spec) : null,
        nextOffset: more && end < SEARCH_MAX_OFFSET ? end : null,
      };
    });
    // Counted once per search (the first page), never with the person.
    if (offset === 0) this.analytics.record(query, response.total === 0);
    return response;
  }

  async suggest(user: SessionUser, raw: string): Promise<SearchSuggestResponseDto> {
    const query = normaliseQuery(raw);
    if ([...query].length < 2 || isQueryTooLong(query)) return { suggestions: [] };
    const spec = await this.spec(user, query, undefined, {}, 2);
    if (spec.types.length === 0) return { suggestions: [] };
    const rows = await this.guarded((db) => this.repository.suggest(db, spec, SUGGESTIONS));
    return {
      suggestions: rows.map((row) => ({
        type: row.type,
        id: row.source_id,
        title: row.title,
        path: SEARCH_SOURCES[row.type].path(row.source_id, row.link_key),
      })),
    };
  }

  /**
   * The planner's estimate of the query's index candidates, which decides the strategy. It
   * depends on words and filters only (global statistics, never shown), so it is cached for a few
   * minutes: one EXPLAIN less for repeated searches and for every further page.
   */
  private async estimate(db: SearchDb, spec: SearchSpec): Promise<number> {
    const { from: _from, to: _to, ...filters } = spec.filters;
    const key = JSON.stringify([spec.query, spec.prefix, filters]);
    const now = Date.now();
    const cached = this.estimates.get(key);
    if (cached && cached.until > now) return cached.rows;
    const rows = await this.repository.estimate(db, spec);
    if (this.estimates.size >= ESTIMATE_CACHE_SIZE) this.estimates.clear();
    this.estimates.set(key, { rows, until: now + ESTIMATE_TTL_MS });
    return rows;
  }

  private checkedQuery(raw: string): string {
    const query = normaliseQuery(raw);
    if (query.length === 0)
      throw new DomainError(ErrorCode.ValidationFailed, 'Bitte geben Sie einen Suchbegriff ein.', {
        q: ['Bitte geben Sie einen Suchbegriff ein.'],
      });
    if (isQueryTooLong(query)) {
      const message = `Der Suchbegriff darf höchstens ${SEARCH_QUERY_MAX_LENGTH} Zeichen lang sein.`;
      throw new DomainError(ErrorCode.ValidationFailed, message, { q: [message] });
    }
    return query;
  }

  private async spec(
    user: SessionUser,
    query: string,
    requested: readonly SearchType[] | undefined,
    filters: SearchSpec['filters'],
    prefixMinLength = 3,
  ): Promise<SearchSpec> {
    // Only types whose own read permission the person has; the stored visibility does the rest.
    const types = SEARCH_TYPES.filter(
      (type) =>
        hasPermission(user.roles, SEARCH_SOURCES[type].permission) &&
        (!requested || requested.includes(type)),
    );
    return {
      query,
      prefix: splitLastWord(query, prefixMinLength),
      types,
      viewer: await this.viewers.forUser(user),
      now: this.clock.now(),
      filters,
    };
  }

  /**
   * „Meinten Sie …?“: each unknown word replaced by its closest indexed word — offered only when
   * the corrected query finds something this person may see (the word list itself is global).
   */
  private async didYouMean(db: SearchDb, spec: SearchSpec): Promise<string | null> {
    let corrected = spec.query;
    for (const word of correctableWords(spec.query)) {
      const closest = await this.repository.closestWord(db, word.toLocaleLowerCase('de-DE'));
      if (closest) corrected = corrected.replace(word, closest);
    }
    if (corrected === spec.query) return null;
    const visible = await this.repository.anyVisible(db, {
      ...spec,
      query: corrected,
      prefix: splitLastWord(corrected),
    });
    return visible ? corrected : null;
  }

  private async facetDtos(db: SearchDb, rows: FacetRow[]): Promise<SearchResponseDto['facets']> {
    const of = (facet: FacetRow['facet']) => rows.filter((row) => row.facet === facet && row.key !== null);
    const labels = await this.repository.termLabels(
      db,
      of('term').map((row) => row.key as string),
    );
    const sorted = (facets: SearchFacetDto[]) =>
      facets.sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, 'de'));
    return {
      types: sorted(
        of('type').map((row) => ({
          key: row.key as string,
          label: SEARCH_TYPE_LABELS[row.key as SearchType] ?? (row.key as string),
          count: row.n,
        })),
      ),
      states: sorted(
        of('state').map((row) => ({ key: row.key as string, label: row.key as string, count: row.n })),
      ),
      terms: sorted(
        of('term').flatMap((row) => {
          const label = labels.get(row.key as string);
          return label ? [{ key: row.key as string, label, count: row.n }] : [];
        }),
      ),
    };
  }

  private empty(query: string): SearchResponseDto {
    return {
      query,
      results: [],
      total: 0,
      totalIsLowerBound: false,
      searchedDocuments: null,
      facets: { types: [], states: [], terms: [] },
      didYouMean: null,
      nextOffset: null,
    };
  }

  /**
   * Runs search statements on the search pool (read-only connections with the search's statement
   * timeout): a runaway query becomes a German 503, and nothing a user types can make a 500.
   */
  private async guarded<T>(work: (db: SearchDb) => Promise<T>): Promise<T> {
    try {
      return await work(this.db);
    } catch (error) {
      const code =
        error instanceof QueryFailedError
          ? (error.driverError as { code?: string }).code
          : (error as { code?: unknown } | null)?.code;
      if (code === '57014')
        throw new DomainError(
          ErrorCode.ServiceUnavailable,
          'Die Suche hat zu lange gedauert. Bitte versuchen Sie es mit genaueren Suchbegriffen noch einmal.',
        );
      // Syntax or data errors from text search functions on odd input: the query's fault.
      if (typeof code === 'string' && (code.startsWith('42') || code.startsWith('22'))) {
        this.logger.warn({ code, err: error }, 'Search query rejected by PostgreSQL');
        throw new DomainError(ErrorCode.ValidationFailed, 'Diese Suchanfrage kann nicht verarbeitet werden.');
      }
      throw error;
    }
  }
}
