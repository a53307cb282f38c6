import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, QueryFailedError } from 'typeorm';
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
import { COUNT_CAP, FacetRow, SearchRepository, SearchSpec } from './search.repository';
import { SEARCH_SOURCES } from './sources';

const DEFAULT_LIMIT = 20;
const SUGGESTIONS = 8;

@Injectable()
export class SearchService {
  private readonly logger = new Logger(SearchService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
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
    const response = await this.inTimeLimit(async (manager) => {
      if (spec.types.length === 0 || limit <= 0) return this.empty(query);
      const facets = await this.repository.facets(manager, spec);
      const total = facets.find((row) => row.facet === 'total')?.n ?? 0;
      const page =
        total === 0
          ? []
          : params.sort === 'date'
            ? await this.repository.pageByDate(manager, spec, offset, limit)
            : await this.repository.pageByRelevance(manager, spec, offset, limit);
      const details = await this.repository.details(manager, spec, page);
      const byKey = new Map(details.map((row) => [`${row.type}:${row.source_id}`, row]));
      const results = page.flatMap((row) => {
        const detail = byKey.get(`${row.type}:${row.source_id}`);
        if (!detail) return [];
        return [
          {
            type: detail.type,
            id: detail.source_id,
            title: detail.title,
            snippet: detail.snippet,
            path: SEARCH_SOURCES[detail.type].path(detail.source_id, detail.link_key),
            date: new Date(detail.date).toISOString(),
            state: detail.state,
            matchedFile: detail.matched_file,
          },
        ];
      });
      const reachable = Math.min(total, SEARCH_MAX_OFFSET);
      return {
        query,
        results,
        total: Math.min(total, COUNT_CAP),
        totalIsLowerBound: total > COUNT_CAP,
        facets: await this.facetDtos(manager, facets),
        didYouMean: total === 0 ? await this.didYouMean(manager, spec) : null,
        nextOffset: offset + page.length < reachable && page.length === limit ? offset + page.length : null,
      };
    });
    // Counted once per search (the first page), never with the person.
    if (offset === 0) await this.analytics.record(query, response.total === 0);
    return response;
  }

  async suggest(user: SessionUser, raw: string): Promise<SearchSuggestResponseDto> {
    const query = normaliseQuery(raw);
    if ([...query].length < 2 || isQueryTooLong(query)) return { suggestions: [] };
    const spec = await this.spec(user, query, undefined, {}, 2);
    if (spec.types.length === 0) return { suggestions: [] };
    const rows = await this.inTimeLimit((manager) => this.repository.suggest(manager, spec, SUGGESTIONS));
    return {
      suggestions: rows.map((row) => ({
        type: row.type,
        id: row.source_id,
        title: row.title,
        path: SEARCH_SOURCES[row.type].path(row.source_id, row.link_key),
      })),
    };
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
  private async didYouMean(manager: EntityManager, spec: SearchSpec): Promise<string | null> {
    let corrected = spec.query;
    for (const word of correctableWords(spec.query)) {
      const closest = await this.repository.closestWord(manager, word.toLocaleLowerCase('de-DE'));
      if (closest) corrected = corrected.replace(word, closest);
    }
    if (corrected === spec.query) return null;
    const visible = await this.repository.anyVisible(manager, {
      ...spec,
      query: corrected,
      prefix: splitLastWord(corrected),
    });
    return visible ? corrected : null;
  }

  private async facetDtos(manager: EntityManager, rows: FacetRow[]): Promise<SearchResponseDto['facets']> {
    const of = (facet: FacetRow['facet']) => rows.filter((row) => row.facet === facet && row.key !== null);
    const labels = await this.repository.termLabels(
      manager,
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
      facets: { types: [], states: [], terms: [] },
      didYouMean: null,
      nextOffset: null,
    };
  }

  /**
   * Runs search queries in one read-only transaction with a statement timeout: a runaway query
   * becomes a German 503, and nothing a user types can make a 500.
   */
  private async inTimeLimit<T>(work: (manager: EntityManager) => Promise<T>): Promise<T> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        await manager.query('SET TRANSACTION READ ONLY');
        // A search that runs longer is cancelled (503), never left to block a connection.
        await manager.query(`SET LOCAL statement_timeout = ${Number(this.config.searchStatementTimeoutMs)}`);
        // For a term in most documents the planner prefers a sequential scan that evaluates @@ on
        // every row (reading each tsvector); the GIN bitmap answers plain lexeme queries exactly,
        // without that recheck, so the capped count stops early. Search queries never need a seq scan.
        await manager.query('SET LOCAL enable_seqscan = off');
        return work(manager);
      });
    } catch (error) {
      const code =
        error instanceof QueryFailedError ? (error.driverError as { code?: string }).code : undefined;
      if (code === '57014')
        throw new DomainError(
          ErrorCode.ServiceUnavailable,
          'Die Suche hat zu lange gedauert. Bitte versuchen Sie es mit genaueren Suchbegriffen noch einmal.',
        );
      // Syntax or data errors from text search functions on odd input: the query's fault.
      if (code?.startsWith('42') || code?.startsWith('22')) {
        this.logger.warn({ code, err: error }, 'Search query rejected by PostgreSQL');
        throw new DomainError(ErrorCode.ValidationFailed, 'Diese Suchanfrage kann nicht verarbeitet werden.');
      }
      throw error;
    }
  }
}
