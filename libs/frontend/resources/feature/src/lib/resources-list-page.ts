import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { takeUntilDestroyed, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { MatButton } from '@angular/material/button';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import {
  Permission,
  RESOURCE_KIND_LABELS,
  ResourceKind,
  ResourceListQuery,
  ResourceProvidersDto,
  ResourceSummaryDto,
  TaxonomyKey,
  TaxonomyListDto,
} from '@portal/contracts';
import { ResourcesApi } from '@portal/frontend/resources/data-access';
import { CurrentUser } from '@portal/frontend/shared/util';
import { catchError, map, of } from 'rxjs';
import { ResourceCard } from './resource-card';

const FILTER_KEYS = ['kind', 'topicId', 'provider'] as const;
type FilterValue = Record<(typeof FILTER_KEYS)[number], string>;

/** Provider filter values: `org:<id>` for an organisation, `name:<text>` for an external provider. */
function providerQuery(value: string): Pick<ResourceListQuery, 'providerOrganisationId' | 'providerName'> {
  if (value.startsWith('org:')) return { providerOrganisationId: value.slice(4) };
  if (value.startsWith('name:')) return { providerName: value.slice(5) };
  return {};
}

/** /digitalisierung — the resource library with filters (in the URL) and „Weitere laden“. */
@Component({
  selector: 'portal-resources-list-page',
  imports: [FormsModule, RouterLink, MatButton, ResourceCard],
  template: `
    <div class="page-heading">
      <h1>Digitalisierung</h1>
      <div class="actions">
        <a mat-stroked-button routerLink="sammlungen">Sammlungen</a>
        @if (maySuggest) {
          <a mat-stroked-button routerLink="vorschlagen">Ressource vorschlagen</a>
        }
        @if (mayManage) {
          <a mat-stroked-button routerLink="pruefen">Vorschläge prüfen</a>
          <a mat-stroked-button routerLink="defekte-links">Defekte Links</a>
          <a mat-flat-button routerLink="neu">Ressource anlegen</a>
        }
      </div>
    </div>
    <p class="intro">
      Leitfäden, Werkzeuge, Vorlagen und Erfahrungen rund um die Digitalisierung in den Jobcentern – gesammelt
      aus dem Netzwerk, geprüft von der Koordination.
    </p>

    <section aria-labelledby="alle-ressourcen">
      <h2 id="alle-ressourcen">{{ filtered() ? 'Ergebnisse' : 'Alle Ressourcen' }}</h2>
      <form class="filter" role="search" aria-label="Ressourcen filtern" (ngSubmit)="apply()">
        <div class="field">
          <label for="resource-kind">Art</label>
          <select id="resource-kind" name="kind" [(ngModel)]="draft.kind">
            <option value="">Alle</option>
            @for (kind of kinds; track kind[0]) {
              <option [value]="kind[0]">{{ kind[1] }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="resource-topic">Thema</label>
          <select id="resource-topic" name="topicId" [(ngModel)]="draft.topicId">
            <option value="">Alle</option>
            @for (term of topics(); track term.id) {
              <option [value]="term.id">{{ term.label }}</option>
            }
          </select>
        </div>
        <div class="field">
          <label for="resource-provider">Anbieter</label>
          <select id="resource-provider" name="provider" [(ngModel)]="draft.provider">
            <option value="">Alle</option>
            @for (provider of providers().items; track provider.name + provider.organisationId) {
              <option
                [value]="provider.organisationId ? 'org:' + provider.organisationId : 'name:' + provider.name"
              >
                {{ provider.name }}
              </option>
            }
          </select>
        </div>
        <div class="buttons">
          <button mat-flat-button type="submit">Anzeigen</button>
          @if (filtered()) {
            <button mat-stroked-button type="button" (click)="reset()">Filter zurücksetzen</button>
          }
        </div>
      </form>

      <div aria-live="polite">
        @if (status() === 'error') {
          <p class="error" role="alert">
            Die Ressourcen konnten nicht geladen werden. Bitte versuchen Sie es erneut.
          </p>
        } @else if (status() === 'idle' && items().length === 0) {
          <p>{{ filtered() ? 'Keine Ressourcen passen zu Ihrer Auswahl.' : 'Noch keine Ressourcen.' }}</p>
        }
      </div>
      <ul class="cards">
        @for (item of items(); track item.id) {
          <li><portal-resource-card [item]="item" /></li>
        }
      </ul>
      @if (nextCursor()) {
        <p>
          <button mat-stroked-button type="button" [disabled]="status() === 'loading'" (click)="loadMore()">
            Weitere Ressourcen laden
          </button>
        </p>
      }
      @if (status() === 'loading') {
        <p aria-live="polite">Wird geladen …</p>
      }
    </section>
  `,
  styleUrl: './resources-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResourcesListPage {
  private readonly api = inject(ResourcesApi);
  private readonly router = inject(Router);
  private readonly route = inject(ActivatedRoute);
  private readonly user = inject(CurrentUser);

  protected readonly maySuggest = this.user.can(Permission.ResourcesSuggest);
  protected readonly mayManage = this.user.can(Permission.ResourcesManage);
  protected readonly kinds = Object.entries(RESOURCE_KIND_LABELS) as [ResourceKind, string][];
  protected readonly taxonomies = toSignal(this.api.taxonomies().pipe(catchError(() => of({ items: [] }))), {
    initialValue: { items: [] } as TaxonomyListDto,
  });
  protected readonly topics = computed(
    () =>
      this.taxonomies().items.find((taxonomy) => taxonomy.key === TaxonomyKey.ResourceTopics)?.terms ?? [],
  );
  protected readonly providers = toSignal(this.api.providers().pipe(catchError(() => of({ items: [] }))), {
    initialValue: { items: [] } as ResourceProvidersDto,
  });

  protected readonly filter = toSignal(
    this.route.queryParamMap.pipe(
      map(
        (params) => Object.fromEntries(FILTER_KEYS.map((key) => [key, params.get(key) ?? ''])) as FilterValue,
      ),
    ),
    { requireSync: true },
  );
  protected draft: FilterValue = { ...this.filter() };
  protected readonly filtered = computed(() => FILTER_KEYS.some((key) => !!this.filter()[key]));
  protected readonly items = signal<ResourceSummaryDto[]>([]);
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
    const query: ResourceListQuery = {
      cursor,
      kind: (filter.kind || undefined) as ResourceKind | undefined,
      topicId: filter.topicId || undefined,
      ...providerQuery(filter.provider),
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
