import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { Router, RouterLink } from '@angular/router';
import {
  AudienceDto,
  EVERYONE,
  RESOURCE_KIND_LABELS,
  RESOURCE_LIMITS,
  ResourceDto,
  ResourceKind,
  ResourceSummaryDto,
  SaveResourceRequest,
  TaxonomyKey,
  TaxonomyListDto,
} from '@portal/contracts';
import { OrganisationsApi } from '@portal/frontend/organisations/data-access';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { AudiencePicker } from '@portal/frontend/shared/ui';
import { problemOf } from '@portal/frontend/shared/util';
import { catchError, map, of } from 'rxjs';
import { ResourceCard } from './resource-card';

interface Draft {
  kind: ResourceKind;
  title: string;
  description: string;
  url: string;
  providerName: string;
  providerOrganisationId: string;
  publishedOn: string;
  topicIds: string[];
  audience: AudienceDto;
}

const EMPTY: Draft = {
  kind: 'link',
  title: '',
  description: '',
  url: '',
  providerName: '',
  providerOrganisationId: '',
  publishedOn: '',
  topicIds: [],
  audience: { ...EVERYONE },
};

/**
 * One form for three uses: anyone suggests (`/digitalisierung/vorschlagen`), the coordination
 * adds (`…/neu`, published at once) and edits (`…/:id/bearbeiten`, also before accepting).
 */
@Component({
  selector: 'portal-resource-form-page',
  imports: [FormsModule, RouterLink, MatButton, AudiencePicker, ResourceCard],
  templateUrl: './resource-form-page.html',
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourceFormPage {
  /** Route data: what the form does. */
  readonly mode = input.required<'suggest' | 'create' | 'edit'>();
  /** Route parameter when editing. */
  readonly id = input<string>();

  private readonly api = inject(ResourcesApi);
  private readonly router = inject(Router);

  protected readonly limits = RESOURCE_LIMITS;
  protected readonly kinds = Object.entries(RESOURCE_KIND_LABELS) as [ResourceKind, string][];
  protected readonly taxonomies = toSignal(this.api.taxonomies().pipe(catchError(() => of({ items: [] }))), {
    initialValue: { items: [] } as TaxonomyListDto,
  });
  protected readonly topics = computed(
    () =>
      this.taxonomies().items.find((taxonomy) => taxonomy.key === TaxonomyKey.ResourceTopics)?.terms ?? [],
  );
  protected readonly organisations = toSignal(
    inject(OrganisationsApi)
      .all()
      .pipe(catchError(() => of([]))),
    { initialValue: [] },
  );
  protected readonly heading = computed(() =>
    this.mode() === 'suggest'
      ? 'Ressource vorschlagen'
      : this.mode() === 'create'
        ? 'Ressource anlegen'
        : 'Ressource bearbeiten',
  );

  /** The person's open and rejected suggestions (shown under the suggestion form). */
  protected readonly mine = signal<ResourceSummaryDto[]>([]);

  protected draft: Draft = { ...EMPTY, audience: { ...EVERYONE } };
  private version = 0;
  protected readonly loading = signal(false);
  protected readonly saving = signal(false);
  protected readonly errors = signal<Record<string, string[]>>({});
  protected readonly error = signal<string | null>(null);
  protected readonly sent = signal<ResourceDto | null>(null);

  constructor() {
    effect(() => {
      if (this.mode() !== 'suggest') return;
      this.api
        .mySuggestions()
        .pipe(
          map((result) => result.items),
          catchError(() => of([])),
        )
        .subscribe((items) => this.mine.set(items));
    });
    effect(() => {
      const id = this.id();
      if (this.mode() !== 'edit' || !id) return;
      this.loading.set(true);
      this.api.get(id).subscribe({
        next: (resource) => {
          this.version = resource.version;
          this.draft = {
            kind: resource.kind,
            title: resource.title,
            description: resource.description,
            url: resource.url ?? '',
            providerName: resource.provider.organisation ? '' : resource.provider.name,
            providerOrganisationId: resource.provider.organisation?.id ?? '',
            publishedOn: resource.publishedOn ?? '',
            topicIds: resource.topics.map((topic) => topic.id),
            audience: resource.audience,
          };
          this.loading.set(false);
        },
        error: () => {
          this.loading.set(false);
          this.error.set('Diese Ressource gibt es nicht oder sie ist nicht für Sie bestimmt.');
        },
      });
    });
  }

  protected fieldError(field: string): string | null {
    return this.errors()[field]?.[0] ?? null;
  }

  protected toggleTopic(id: string, checked: boolean): void {
    this.draft.topicIds = checked
      ? [...this.draft.topicIds, id]
      : this.draft.topicIds.filter((topicId) => topicId !== id);
  }

  protected submit(): void {
    this.saving.set(true);
    this.errors.set({});
    this.error.set(null);
    const base = {
      kind: this.draft.kind,
      title: this.draft.title,
      description: this.draft.description,
      url: this.draft.url.trim() || null,
      providerName: this.draft.providerOrganisationId ? '' : this.draft.providerName,
      publishedOn: this.draft.publishedOn || null,
      topicIds: this.draft.topicIds,
    };
    const full: SaveResourceRequest = {
      ...base,
      providerOrganisationId: this.draft.providerOrganisationId || null,
      audience: this.draft.audience,
    };
    const mode = this.mode();
    const request =
      mode === 'suggest'
        ? this.api.suggest(base)
        : mode === 'create'
          ? this.api.create(full)
          : this.api.update(this.id() ?? '', { ...full, version: this.version });
    request.subscribe({
      next: (resource) => {
        this.saving.set(false);
        if (mode === 'suggest') this.sent.set(resource);
        else void this.router.navigate(['/digitalisierung', resource.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const problem = problemOf(error);
        this.errors.set(problem?.errors ?? {});
        this.error.set(
          problem?.detail ?? problem?.title ?? 'Das hat nicht geklappt. Bitte versuchen Sie es erneut.',
        );
      },
    });
  }
}
