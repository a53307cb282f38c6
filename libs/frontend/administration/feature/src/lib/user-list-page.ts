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
import { MatFormField, MatLabel } from '@angular/material/form-field';
import { MatInput } from '@angular/material/input';
import { ActivatedRoute, Router } from '@angular/router';
import { DEFAULT_PAGE_SIZE, PageDto, UserAdminDto } from '@portal/contracts';
import { AdminUsersApi } from '@portal/frontend/administration/data-access';
import { EmptyState, Pagination } from '@portal/frontend/shared/ui';
import { LoadState, pagedResult, toLoadState } from '@portal/frontend/shared/util';
import { Subject, debounceTime, switchMap } from 'rxjs';
import { AdministrationNav } from './administration-nav';
import { IdentityGoneSection } from './identity-gone-section';
import { UserTable } from './user-table';

export const USER_SEARCH_DEBOUNCE_MS = 300;

interface UserFilter {
  q: string;
  page: number;
}

/** /verwaltung — administration start: the users of the portal, searchable, page by page. */
@Component({
  selector: 'portal-user-list-page',
  imports: [
    MatFormField,
    MatLabel,
    MatInput,
    UserTable,
    Pagination,
    EmptyState,
    AdministrationNav,
    IdentityGoneSection,
  ],
  templateUrl: './user-list-page.html',
  styleUrl: './user-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UserListPage {
  /** Query parameters (`?q=meier&seite=2`), bound by `withComponentInputBinding()`. */
  readonly q = input<string>();
  readonly seite = input<string>();

  private readonly api = inject(AdminUsersApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly resultsHeading = viewChild.required<ElementRef<HTMLElement>>('resultsHeading');
  private readonly typedQuery = new Subject<string>();

  protected readonly filter = computed<UserFilter>(
    () => {
      const page = Number.parseInt(this.seite() ?? '', 10);
      return { q: (this.q() ?? '').trim(), page: Number.isInteger(page) && page > 0 ? page : 1 };
    },
    { equal: (a, b) => a.q === b.q && a.page === b.page },
  );

  private readonly load = toSignal(
    toObservable(this.filter).pipe(
      switchMap(({ q, page }) => toLoadState(this.api.list({ q, page, pageSize: DEFAULT_PAGE_SIZE }))),
    ),
    { initialValue: { status: 'loading' } as LoadState<PageDto<UserAdminDto>> },
  );
  private readonly view = pagedResult(this.load);
  protected readonly result = this.view.result;
  protected readonly loading = this.view.loading;
  protected readonly failed = this.view.failed;
  protected readonly countText = this.view.countText;
  protected readonly caption = computed(() => {
    const page = this.result();
    const pages = page ? Math.max(1, Math.ceil(page.total / page.pageSize)) : 1;
    return `Benutzerinnen und Benutzer, Seite ${this.filter().page} von ${pages}`;
  });

  constructor() {
    this.typedQuery
      .pipe(debounceTime(USER_SEARCH_DEBOUNCE_MS), takeUntilDestroyed())
      .subscribe((q) => this.search(q));
  }

  protected onQueryInput(event: Event): void {
    this.typedQuery.next((event.target as HTMLInputElement).value);
  }

  protected onSubmit(event: Event, q: string): void {
    event.preventDefault();
    this.search(q);
  }

  protected onPageChange(page: number): void {
    this.navigate({ ...this.filter(), page }, false);
    this.resultsHeading().nativeElement.focus();
  }

  private search(q: string): void {
    this.navigate({ q: q.trim(), page: 1 }, true);
  }

  private navigate(next: UserFilter, replaceUrl: boolean): void {
    const current = this.filter();
    if (next.q === current.q && next.page === current.page) return;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: { q: next.q || null, seite: next.page > 1 ? String(next.page) : null },
      replaceUrl,
      scroll: 'manual',
    });
  }
}
