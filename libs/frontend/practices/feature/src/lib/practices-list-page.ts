import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  BUNDESLAENDER,
  OrganisationDto,
  Permission,
  PRACTICE_SORT_LABELS,
  PracticeListQuery,
  PracticeRecommendationsDto,
  PracticeSort,
  PracticeSummaryDto,
  TaxonomyKey,
  TaxonomyListDto,
} from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { PracticesApi } from '@portal/frontend/practices/data-access';
import { PracticeCard } from '@portal/frontend/practices/ui';
import { CurrentUser } from '@portal/frontend/shared/util';
import { catchError, map, of } from 'rxjs';

const FILTER_KEYS = [
  'q',
  'fieldId',
  'targetGroupId',
  'state',
  'hasKeyFigures',
  'bookmarked',
  'sort',
  // Also set by the links on a Jobcenter's directory page.
  'organisationId',
  'adoptedBy',
] as const;
type FilterValue = Record<(typeof FILTER_KEYS)[number], string>;

/**
 * /gute-praxis — recommendations for the user's Jobcenter („Jobcenter wie unseres“) and the list
 * of published entries with filters, sort and words. The filter lives in the URL.
 */
@Component({
  selector: 'portal-practices-list-page',
  imports: [FormsModule, RouterLink, MatButton, PracticeCard],
  templateUrl: './practices-list-page.html',
  styleUrl: './practices-list-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PracticesListPage {
  private readonly api = inject(PracticesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);

  protected readonly mayWrite = inject(CurrentUser).can(Permission.PracticesWrite);
  protected readonly states = BUNDESLAENDER;
  protected readonly sorts = Object.entries(PRACTICE_SORT_LABELS) as [PracticeSort, string][];
  protected readonly taxonomies = toSignal(this.api.taxonomies(), {
    initialValue: { items: [] } as TaxonomyListDto,
  });
  protected readonly fields = computed(
    () =>
      this.taxonomies().items.find((taxonomy) => taxonomy.key === TaxonomyKey.FieldsOfAction)?.terms ?? [],
  );
  protected readonly targetGroups = computed(
    () => this.taxonomies().items.find((taxonomy) => taxonomy.key === TaxonomyKey.TargetGroups)?.terms ?? [],
  );
  /** Organisations whose entries, or whose adoptions, the list shows (the directory links here too). */
  protected readonly organisations = toSignal(
    inject(OrganisationsApi)
      .all()
      .pipe(catchError(() => of([] as OrganisationDto[]))),
    { initialValue: [] as OrganisationDto[] },
  );
  protected readonly recommendations = toSignal<PracticeRecommendationsDto | null>(
    this.api.recommendations().pipe(catchError(() => of(null))),
    { initialValue: null },
  );

  protected readonly filter = toSignal(
    this.route.queryParamMap.pipe(
      map(
        (params) => Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as FilterValue,
      ),
    ),
    { requireSync: true },
  );
  /** The form's working copy; applied on submit. */
  protected draft: FilterValue = { ...this.filter() };
  protected readonly filtered = computed(() =>
    FILTER_KEYS.some((key) => key !== 'sort' && !!this.filter()[key]),
  );
  protected readonly items = signal<PracticeSummaryDto[]>([]);
  protected readonly nextCursor = signal<string | null>(null);
  protected readonly status = signal<'loading' | 'idle' | 'error'>('loading');

  constructor() {
    this.route.queryParamMap.pipe(takeUntilDestroyed()).subscribe(() => {
      this.draft = { ...this.filter() };
      this.items.set([]);
      this.nextCursor.set(null);
      this.load(undefined);
    });
  }

  protected apply(): void {
    const queryParams = Object.fromEntries(FILTER_KEYS.map((key) => [key, this.draft[key] || null]));
    void this.router.navigate([], { relativeTo: this.route, queryParams });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: {} });
  }

  protected loadMore(): void {
    this.load(this.nextCursor() ?? undefined);
  }

  private load(cursor: string | undefined): void {
    const filter = this.filter();
    const query: PracticeListQuery = {
      cursor,
      q: filter.q || undefined,
      fieldId: filter.fieldId || undefined,
      targetGroupId: filter.targetGroupId || undefined,
      state: (filter.state || undefined) as PracticeListQuery['state'],
      hasKeyFigures: filter.hasKeyFigures === 'true' || undefined,
      bookmarked: filter.bookmarked === 'true' || undefined,
      organisationId: filter.organisationId || undefined,
      adoptedBy: filter.adoptedBy || undefined,
      sort: (filter.sort || undefined) as PracticeSort | undefined,
    };
    this.status.set('loading');
    this.api.list(query).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.status.set('idle');
      },
      error: () => this.status.set('error'),
    });
  }
}
