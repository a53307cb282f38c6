import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  computed,
  inject,
  input,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed, toObservable, toSignal } from '@angular/core/rxjs-interop';
import { ActivatedRoute, Router } from '@angular/router';
import { DEFAULT_PAGE_SIZE, OrganisationDto, PageDto } from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { OrganisationFilter, OrganisationList } from '@portal/frontend/organisations/ui';
import { EmptyState, Pagination } from '@portal/frontend/shared/ui';
import { LoadState, pagedResult, toLoadState } from '@portal/frontend/shared/util';
import { Subject, debounceTime, switchMap } from 'rxjs';
import {
  DirectoryFilter,
  parseDirectoryQuery,
  sameDirectoryFilter,
  toDirectoryQueryParams,
} from './directory-query';

/** Typing pauses this long before the directory is searched. */
export const SEARCH_DEBOUNCE_MS = 300;

/** /jobcenter — the directory. The filter lives in the URL, so it is shareable and back-button friendly. */
@Component({
  selector: 'portal-organisation-list-page',
  imports: [OrganisationFilter, OrganisationList, Pagination, EmptyState],
  templateUrl: './organisation-list-page.html',
  styleUrl: './organisation-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class OrganisationListPage {
  /** Query parameters, bound by `withComponentInputBinding()`. */
  readonly land = input<string>();
  readonly q = input<string>();
  readonly seite = input<string>();

  private readonly api = inject(OrganisationsApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly resultsHeading = viewChild.required<ElementRef<HTMLElement>>('resultsHeading');
  private readonly typedQuery = new Subject<string>();

  protected readonly pageSize = DEFAULT_PAGE_SIZE;
  protected readonly filter = computed(
    () => parseDirectoryQuery({ land: this.land(), q: this.q(), seite: this.seite() }),
    { equal: sameDirectoryFilter },
  );

  private readonly load = toSignal(
    toObservable(this.filter).pipe(
      switchMap((filter) =>
        toLoadState(
          this.api.list({
            state: filter.state || undefined,
            q: filter.q || undefined,
            page: filter.page,
            pageSize: this.pageSize,
          }),
        ),
      ),
    ),
    { initialValue: { status: 'loading' } as LoadState<PageDto<OrganisationDto>> },
  );

  private readonly view = pagedResult(this.load);
  protected readonly result = this.view.result;
  protected readonly loading = this.view.loading;
  protected readonly failed = this.view.failed;
  protected readonly countText = this.view.countText;

  constructor() {
    this.typedQuery
      .pipe(debounceTime(SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((q) => this.search(q));
  }

  protected onStateChange(state: string): void {
    this.navigate(parseDirectoryQuery({ land: state, q: this.filter().q }), false);
  }

  protected onQueryInput(q: string): void {
    this.typedQuery.next(q);
  }

  protected search(q: string): void {
    // Each keystroke pause must not add a history entry; the back button should leave the search.
    this.navigate({ ...this.filter(), q: q.trim(), page: 1 }, true);
  }

  protected onPageChange(page: number): void {
    this.navigate({ ...this.filter(), page }, false);
    // The pressed button may vanish or be disabled; continue reading at the results instead.
    this.resultsHeading().nativeElement.focus();
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
