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
  isSearchType,
} from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { SearchApi, snippetParts } from '@portal/frontend/search/data-access';
import { formatBerlinDateTime } from '@portal/frontend/shared/ui';
import { catchError, map, of } from 'rxjs';

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

  constructor() {
    this.route.queryParamMap.pipe(map(draftFrom), takeUntilDestroyed()).subscribe((draft) => {
      this.draft = { ...draft };
      this.applied.set(draft);
      this.load(draft, 0);
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
    if (next != null) this.load(this.applied(), next);
  }

  protected typeLabel(type: string): string {
    return isSearchType(type) ? this.typeLabels[type as SearchType] : type;
  }

  private load(draft: Draft, offset: number): void {
    if (!draft.q.trim()) {
      this.response.set(null);
      this.results.set([]);
      this.error.set(null);
      return;
    }
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
    this.loading.set(true);
    this.error.set(null);
    this.api.search(query).subscribe({
      next: (response) => {
        this.response.set(response);
        this.results.set(offset === 0 ? response.results : [...this.results(), ...response.results]);
        this.loading.set(false);
      },
      error: (error: { error?: { detail?: string; title?: string } }) => {
        this.loading.set(false);
        this.error.set(error.error?.detail ?? error.error?.title ?? 'Die Suche ist gerade nicht möglich.');
      },
    });
  }
}
