import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, ParamMap, Router, RouterLink } from '@angular/router';
import {
  BUNDESLAENDER,
  NATIONAL_STATE,
  OrganisationDto,
  SEARCH_TYPE_LABELS,
  SEARCH_TYPES,
  SearchQueryParams,
  SearchResponseDto,
  SearchResultDto,
  SearchSort,
  SearchType,
  TaxonomyDto,
  isSearchType,
} from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { SearchApi, snippetParts } from '@portal/frontend/search/data-access';
import { formatBerlinDateTime } from '@portal/frontend/shared/ui';
import { Observable, Subject, catchError, map, of, startWith, switchMap } from 'rxjs';

/** What one request of the page produced; `loading` first, so the status shows at once. */
type Outcome =
  | { kind: 'loading' }
  | { kind: 'none' }
  | { kind: 'ready'; response: SearchResponseDto; offset: number }
  | { kind: 'error'; message: string };

/** An option of the „Thema“ filter; `count` only where the current answer has a facet for it. */
interface TermOption {
  key: string;
  label: string;
  count: number | null;
}

interface Draft {
  q: string;
  type: string;
  term: string;
  state: string;
  organisationId: string;
  from: string;
  to: string;
  sort: SearchSort;
}

/** What the URL says (the page is bookmarkable and the back button works). */
function draftFrom(params: ParamMap): Draft {
  return {
    q: params.get('q') ?? '',
    type: params.get('type') ?? '',
    term: params.get('term') ?? '',
    state: params.get('state') ?? '',
    organisationId: params.get('organisationId') ?? '',
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
  };
}

/** /suche: results with filters, sort, highlighted snippets, counts and „Meinten Sie …?“. */
@Component({
  selector: 'portal-search-page',
  imports: [FormsModule, RouterLink, MatButton],
  templateUrl: './search-page.html',
  styleUrl: './search-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SearchPage {
  private readonly api = inject(SearchApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly types = SEARCH_TYPES;
  protected readonly typeLabels = SEARCH_TYPE_LABELS;
  protected readonly states = [...BUNDESLAENDER, NATIONAL_STATE];
  protected readonly organisations = toSignal(
    inject(OrganisationsApi)
      .all()
      .pipe(catchError(() => of([] as OrganisationDto[]))),
    { initialValue: [] as OrganisationDto[] },
  );
  /** Every active term (GET /api/taxonomies), so a topic can be picked before any search has hits. */
  private readonly taxonomies = toSignal(
    inject(ResourcesApi)
      .taxonomies()
      .pipe(
        map((list) => list.items),
        catchError(() => of([] as TaxonomyDto[])),
      ),
    { initialValue: [] as TaxonomyDto[] },
  );
  /** Labels of terms seen in facets (a deactivated term is not in the list, yet may be applied). */
  private readonly seenTermLabels = new Map<string, string>();
  protected draft: Draft = draftFrom(this.route.snapshot.queryParamMap);
  protected readonly applied = signal<Draft>(this.draft);
  protected readonly response = signal<SearchResponseDto | null>(null);
  protected readonly results = signal<SearchResultDto[]>([]);
  protected readonly loading = signal(false);
  protected readonly error = signal<string | null>(null);
  /** Results with their snippet split into marked parts once per answer, not on every render. */
  protected readonly rows = computed(() =>
    this.results().map((result) => ({
      result,
      parts: result.snippet ? snippetParts(result.snippet) : [],
    })),
  );
  /**
   * The „Thema“ options: each taxonomy's terms as a group, facet counts where the answer has them
   * (facets are only the top terms of the current hits), and, ungrouped, facet terms missing from the
   * list and the applied term — it must stay selected when a filter brings the hits to 0.
   */
  protected readonly termOptions = computed(() => {
    const facets = new Map((this.response()?.facets.terms ?? []).map((facet) => [facet.key, facet]));
    const groups = this.taxonomies()
      .filter((taxonomy) => taxonomy.terms.length > 0)
      .map((taxonomy) => ({
        label: taxonomy.label,
        terms: taxonomy.terms.map((term): TermOption => ({
          key: term.id,
          label: term.label,
          count: facets.get(term.id)?.count ?? null,
        })),
      }));
    const listed = new Set(groups.flatMap((group) => group.terms.map((term) => term.key)));
    const others: TermOption[] = [...facets.values()].filter((facet) => !listed.has(facet.key));
    const applied = this.applied().term;
    if (applied && !listed.has(applied) && !facets.has(applied)) {
      others.unshift({
        key: applied,
        label: this.seenTermLabels.get(applied) ?? 'Gewähltes Thema',
        count: null,
      });
    }
    return { groups, others };
  });
  protected readonly formatDate = formatBerlinDateTime;
  protected readonly hasMore = computed(() => typeof this.response()?.nextOffset === 'number');
  protected readonly totalText = computed(() => {
    const response = this.response();
    if (!response) return '';
    const count = response.total.toLocaleString('de-DE');
    if (response.totalIsLowerBound) {
      // Broad queries are counted over a bounded set of the newest documents: say so.
      const searched = response.searchedDocuments;
      const scope = searched ? ` in den neuesten ${searched.toLocaleString('de-DE')} Dokumenten` : '';
      return response.total === 0 ? `Keine Treffer${scope}` : `Mindestens ${count} Treffer${scope}`;
    }
    if (response.total === 0) return 'Keine Treffer';
    return response.total === 1 ? '1 Treffer' : `${count} Treffer`;
  });

  /**
   * Every search the page starts. switchMap drops the answer of an older one (a quick filter change,
   * a page of „Weitere Ergebnisse“ still loading), so only the latest query is shown or appended to.
   */
  private readonly requests = new Subject<{ draft: Draft; offset: number }>();

  constructor() {
    this.requests
      .pipe(
        switchMap(({ draft, offset }) => this.load(draft, offset)),
        takeUntilDestroyed(),
      )
      .subscribe((outcome) => this.show(outcome));
    this.route.queryParamMap.pipe(map(draftFrom), takeUntilDestroyed()).subscribe((draft) => {
      this.draft = { ...draft };
      this.applied.set(draft);
      this.requests.next({ draft, offset: 0 });
    });
  }

  protected apply(): void {
    const d = this.draft;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        q: d.q.trim() || null,
        type: d.type || null,
        term: d.term || null,
        state: d.state || null,
        organisationId: d.organisationId || null,
        from: d.from || null,
        to: d.to || null,
        sort: d.sort === 'date' ? 'date' : null,
      },
    });
  }

  protected reset(): void {
    this.draft = {
      ...draftFrom(this.route.snapshot.queryParamMap),
      type: '',
      term: '',
      state: '',
      organisationId: '',
      from: '',
      to: '',
    };
    this.apply();
  }

  protected more(): void {
    const next = this.response()?.nextOffset;
    // While a new query loads, `response` still belongs to the previous one.
    if (next != null && !this.loading()) this.requests.next({ draft: this.applied(), offset: next });
  }

  protected termText(term: TermOption): string {
    return term.count === null ? term.label : `${term.label} (${term.count.toLocaleString('de-DE')})`;
  }

  protected typeLabel(type: string): string {
    return isSearchType(type) ? this.typeLabels[type as SearchType] : type;
  }

  private load(draft: Draft, offset: number): Observable<Outcome> {
    if (!draft.q.trim()) return of<Outcome>({ kind: 'none' });
    const query: SearchQueryParams = {
      q: draft.q,
      type: isSearchType(draft.type) ? [draft.type] : undefined,
      term: draft.term ? [draft.term] : undefined,
      state: draft.state ? [draft.state] : undefined,
      organisationId: draft.organisationId || undefined,
      from: draft.from || undefined,
      to: draft.to || undefined,
      sort: draft.sort,
      offset: offset || undefined,
    };
    return this.api.search(query).pipe(
      map((response): Outcome => ({ kind: 'ready', response, offset })),
      catchError((error: { error?: { detail?: string; title?: string } }) =>
        of<Outcome>({
          kind: 'error',
          message: error.error?.detail ?? error.error?.title ?? 'Die Suche ist gerade nicht möglich.',
        }),
      ),
      startWith<Outcome>({ kind: 'loading' }),
    );
  }

  private show(outcome: Outcome): void {
    switch (outcome.kind) {
      case 'loading':
        this.loading.set(true);
        this.error.set(null);
        break;
      case 'none':
        this.loading.set(false);
        this.response.set(null);
        this.results.set([]);
        this.error.set(null);
        break;
      case 'ready':
        for (const facet of outcome.response.facets.terms) this.seenTermLabels.set(facet.key, facet.label);
        this.loading.set(false);
        this.response.set(outcome.response);
        this.results.set(
          outcome.offset === 0 ? outcome.response.results : [...this.results(), ...outcome.response.results],
        );
        break;
      case 'error':
        this.loading.set(false);
        this.error.set(outcome.message);
        break;
    }
  }
}
