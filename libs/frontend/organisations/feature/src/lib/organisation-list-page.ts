import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  ElementRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { Bundesland, OrganisationDto, OrganisationListQuery } from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { GermanyMap, OrganisationFilter, OrganisationList } from '@portal/frontend/organisations/ui';
import { EmptyState } from '@portal/frontend/shared/ui';
import { Subject, catchError, debounceTime, map, of, switchMap } from 'rxjs';
import {
  DirectoryFilter,
  parseDirectoryQuery,
  sameDirectoryFilter,
  toDirectoryQueryParams,
} from './directory-query';

/** Typing pauses this long before the directory is searched. */
export const SEARCH_DEBOUNCE_MS = 300;
export const DIRECTORY_PAGE_SIZE = 20;

interface Loaded {
  items: OrganisationDto[];
  nextCursor: string | null;
  total: number;
}

/**
 * /jobcenter — the overview map and the directory. The filter lives in the URL, so it is shareable
 * and back-button friendly; the list grows with „Weitere laden“ (keyset cursor).
 */
@Component({
  selector: 'portal-organisation-list-page',
  imports: [OrganisationFilter, OrganisationList, EmptyState, GermanyMap],
  templateUrl: './organisation-list-page.html',
  styleUrl: './organisation-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationListPage {
  /** Query parameters, bound by `withComponentInputBinding()`. */
  readonly land = input<string>();
  readonly kategorie = input<string>();
  readonly q = input<string>();

  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly destroyRef = inject(DestroyRef);
  private readonly resultsHeading = viewChild.required<ElementRef<HTMLElement>>('resultsHeading');
  private readonly typedQuery = new Subject<string>();

  protected readonly filter = computed(
    () => parseDirectoryQuery({ land: this.land(), kategorie: this.kategorie(), q: this.q() }),
    { equal: sameDirectoryFilter },
  );
  protected readonly stateCounts = toSignal(this.api.stateCounts().pipe(catchError(() => of(null))));
  protected readonly hrefFor = (state: Bundesland) => `/jobcenter?land=${encodeURIComponent(state)}`;

  protected readonly result = signal<Loaded | null>(null);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly loadingMore = signal(false);
  protected readonly countText = computed(() => {
    const result = this.result();
    if (!result) return '';
    return result.total === 1 ? '1 Eintrag' : `${result.total} Einträge`;
  });

  constructor() {
    this.typedQuery
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((q) => this.search(q));
    toObservable(this.filter)
      .pipe(
        switchMap((filter) => {
          this.loading.set(true);
          return this.api.list(toQuery(filter)).pipe(
            map((page) => ({ page })),
            catchError(() => of({ page: null })),
          );
        }),
        takeUntilDestroyed(),
      )
      .subscribe(({ page }) => {
        this.loading.set(false);
        this.failed.set(page === null);
        this.result.set(page);
      });
  }

  protected loadMore(): void {
    const current = this.result();
    if (!current?.nextCursor || this.loadingMore()) return;
    this.loadingMore.set(true);
    this.api
      .list({ ...toQuery(this.filter()), cursor: current.nextCursor })
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (page) => {
          this.result.set({
            items: [...current.items, ...page.items],
            nextCursor: page.nextCursor,
            total: page.total,
          });
          this.loadingMore.set(false);
        },
        error: () => {
          this.loadingMore.set(false);
          this.failed.set(true);
        },
      });
  }

  protected onStateChange(state: string): void {
    this.navigate(
      parseDirectoryQuery({ land: state, kategorie: this.filter().category, q: this.filter().q }),
      false,
    );
  }

  protected onCategoryChange(category: string): void {
    this.navigate(
      parseDirectoryQuery({ land: this.filter().state, kategorie: category, q: this.filter().q }),
      false,
    );
  }

  /** A Land on the map: its list, read from the results on. */
  protected onLandSelected(state: Bundesland): void {
    this.navigate({ state, category: '', q: '' }, false);
    this.resultsHeading().nativeElement.focus();
  }

  protected onQueryInput(q: string): void {
    this.typedQuery.next(q);
  }

  protected search(q: string): void {
    // Each keystroke pause must not add a history entry; the back button should leave the search.
    this.navigate({ ...this.filter(), q: q.trim() }, true);
  }

  private navigate(next: DirectoryFilter, replaceUrl: boolean): void {
    if (sameDirectoryFilter(next, this.filter())) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: toDirectoryQueryParams(next),
      replaceUrl,
      // Filtering is not a new page: keep the scroll position and the focus where they are.
      scroll: 'manual',
    });
  }
}

function toQuery(filter: DirectoryFilter): OrganisationListQuery {
  return {
    state: filter.state || undefined,
    category: filter.category || undefined,
    q: filter.q || undefined,
    limit: DIRECTORY_PAGE_SIZE,
  };
}
