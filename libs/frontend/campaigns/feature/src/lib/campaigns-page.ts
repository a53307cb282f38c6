import {
  ChangeDetectionStrategy,
  Component,
  computed,
  inject,
  input,
  linkedSignal,
  signal,
} from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import {
  ASSET_FORMAT_KEYS,
  ASSET_SORT_LABELS,
  ASSET_SORTS,
  ASSET_TYPE_LABELS,
  ASSET_TYPES,
  CAMPAIGN_STATUS_LABELS,
  Permission,
  type AssetFormat,
  type AssetListQuery,
  type AssetSort,
  type AssetSummaryDto,
  type AssetType,
  type CampaignListDto,
} from '@portal/contracts';
import { AssetSelection, CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { CurrentUser, LoadState, problemMessage, toLoadState } from '@portal/frontend/shared/util';
import { switchMap } from 'rxjs';
import { AssetCard } from './asset-card';

/** /kampagnen — the campaigns and the material gallery with filters, sort and „Mehr laden“. */
@Component({
  selector: 'portal-campaigns-page',
  imports: [FormsModule, RouterLink, AssetCard],
  template: `
    <h1>Kampagnen</h1>
    <nav class="actions" aria-label="Kampagnen-Aktionen">
      <a class="button" routerLink="auswahl">Meine Auswahl ({{ selection.count() }})</a>
      @if (personalise) {
        <a class="button" routerLink="vorlagen">Für mein Jobcenter anpassen</a>
      }
      @if (manage) {
        <a class="button" routerLink="material/neu">Material anlegen</a>
        <a class="button" routerLink="neu">Kampagne anlegen</a>
        <a class="button" routerLink="statistik">Statistik</a>
      }
    </nav>

    <section aria-labelledby="campaigns-heading">
      <h2 id="campaigns-heading">Kampagnen</h2>
      @if (campaigns(); as campaigns) {
        @if (campaigns.status === 'loaded') {
          <ul class="campaigns">
            @for (campaign of campaigns.value.items; track campaign.id) {
              <li>
                <a [routerLink]="campaign.id">{{ campaign.name }}</a>
                <span class="status">{{ statusLabels[campaign.status] }}</span>
              </li>
            } @empty {
              <li>Noch keine Kampagnen.</li>
            }
          </ul>
        } @else if (campaigns.status === 'error') {
          <p role="alert">Die Kampagnen konnten nicht geladen werden.</p>
        } @else {
          <ul class="campaigns loading">
            <li>Kampagnen werden geladen …</li>
          </ul>
        }
      }
    </section>

    <!-- The material comes below the campaign list once the list has its final height: rendered
         earlier, the whole section moved down as a network's campaigns arrived (layout shift). -->
    @if (campaigns().status !== 'loading') {
      <section aria-labelledby="gallery-heading">
        <h2 id="gallery-heading">Material</h2>
        <form class="filters" (submit)="$event.preventDefault()" aria-label="Material filtern und sortieren">
          <label>
            Kampagne
            <select name="campaign" [ngModel]="campaignFilter()" (ngModelChange)="campaignFilter.set($event)">
              <option value="">Alle Kampagnen</option>
              @if (campaigns(); as campaigns) {
                @if (campaigns.status === 'loaded') {
                  @for (campaign of campaigns.value.items; track campaign.id) {
                    <option [value]="campaign.id">{{ campaign.name }}</option>
                  }
                }
              }
            </select>
          </label>
          <label>
            Art
            <select name="type" [ngModel]="type()" (ngModelChange)="type.set($event)">
              <option value="">Alle Arten</option>
              @for (value of types; track value) {
                <option [value]="value">{{ typeLabels[value] }}</option>
              }
            </select>
          </label>
          <label>
            Format
            <select name="format" [ngModel]="format()" (ngModelChange)="format.set($event)">
              <option value="">Alle Formate</option>
              @for (value of formats; track value) {
                <option [value]="value">{{ value.toUpperCase() }}</option>
              }
            </select>
          </label>
          <label>
            Schlagwort
            <input
              name="tag"
              type="search"
              [ngModel]="tag()"
              (change)="tag.set($any($event.target).value.trim())"
            />
          </label>
          <label>
            Sortierung
            <select name="sort" [ngModel]="sort()" (ngModelChange)="sort.set($event)">
              @for (value of sorts; track value) {
                <option [value]="value">{{ sortLabels[value] }}</option>
              }
            </select>
          </label>
        </form>

        <p role="status" aria-live="polite" class="count">{{ statusText() }}</p>
        @if (error(); as error) {
          <p role="alert">{{ error }}</p>
        }
        @if (firstPage()?.status === 'loaded') {
          <ul class="gallery">
            @for (asset of items(); track asset.id) {
              <li><portal-asset-card [asset]="asset" /></li>
            }
          </ul>
          @if (nextCursor()) {
            <button type="button" class="button" [disabled]="loadingMore()" (click)="more()">
              Mehr laden
            </button>
          }
        }
      </section>
    }
  `,
  styles: `
    .actions,
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-3);
      margin-bottom: var(--portal-space-4);
    }
    .filters label {
      display: grid;
      gap: var(--portal-space-1);
      font-weight: 600;
    }
    .filters select,
    .filters input {
      min-height: 2.75rem;
      font: inherit;
    }
    /* A fixed width: the campaign options arrive later and would widen the field. */
    .filters select {
      inline-size: 13rem;
      max-inline-size: 100%;
    }
    .loading {
      list-style: none;
      color: var(--portal-color-text-muted);
    }
    .campaigns {
      display: grid;
      gap: var(--portal-space-2);
      padding-left: 1.25rem;
    }
    .status {
      margin-left: var(--portal-space-2);
      color: var(--portal-color-text-muted);
    }
    .gallery {
      list-style: none;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(15rem, 1fr));
      gap: var(--portal-space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignsPage {
  /** `?kampagne=<id>` preselects a campaign (links from the campaign page). */
  readonly kampagne = input<string | undefined>(undefined);
  /** `?schlagwort=<tag>` filters by a tag (links on the asset page). */
  readonly schlagwort = input<string | undefined>(undefined);

  private readonly api = inject(CampaignsApi);
  protected readonly selection = inject(AssetSelection);
  protected readonly manage = inject(CurrentUser).can(Permission.CampaignsManage);
  protected readonly personalise = inject(CurrentUser).can(Permission.CampaignKitGenerate);

  protected readonly statusLabels = CAMPAIGN_STATUS_LABELS;
  protected readonly typeLabels = ASSET_TYPE_LABELS;
  protected readonly sortLabels = ASSET_SORT_LABELS;
  protected readonly types = ASSET_TYPES;
  protected readonly formats = ASSET_FORMAT_KEYS;
  protected readonly sorts = ASSET_SORTS;

  protected readonly campaigns = toSignal(toLoadState(this.api.campaigns()), {
    initialValue: { status: 'loading' } as LoadState<CampaignListDto>,
  });
  protected readonly campaignFilter = linkedSignal(() => this.kampagne() ?? '');
  protected readonly type = signal<AssetType | ''>('');
  protected readonly format = signal<AssetFormat | ''>('');
  protected readonly tag = linkedSignal(() => this.schlagwort()?.trim() ?? '');
  protected readonly sort = signal<AssetSort>('newest');

  private readonly query = computed<AssetListQuery>(() => ({
    campaignId: this.campaignFilter() || undefined,
    type: this.type() || undefined,
    format: this.format() || undefined,
    tag: this.tag() || undefined,
    sort: this.sort(),
    limit: 24,
  }));
  protected readonly firstPage = toSignal(
    toObservable(this.query).pipe(switchMap((query) => toLoadState(this.api.assets(query)))),
  );

  protected readonly loadingMore = signal(false);
  protected readonly error = signal<string | null>(null);
  protected readonly items = linkedSignal<AssetSummaryDto[]>(() => {
    const page = this.firstPage();
    return page?.status === 'loaded' ? page.value.items : [];
  });
  protected readonly nextCursor = linkedSignal<string | null>(() => {
    const page = this.firstPage();
    return page?.status === 'loaded' ? page.value.nextCursor : null;
  });
  protected readonly statusText = computed(() => {
    const page = this.firstPage();
    if (!page || page.status === 'loading') return 'Material wird geladen …';
    if (page.status === 'error') return 'Das Material konnte nicht geladen werden.';
    const count = this.items().length;
    if (count === 0) return 'Kein Material gefunden.';
    return `${count.toLocaleString('de-DE')} ${count === 1 ? 'Material' : 'Materialien'} angezeigt${this.nextCursor() ? ', weitere verfügbar' : ''}.`;
  });

  protected more(): void {
    const cursor = this.nextCursor();
    if (!cursor) return;
    this.loadingMore.set(true);
    this.api.assets({ ...this.query(), cursor }).subscribe({
      next: (page) => {
        this.items.update((items) => [...items, ...page.items]);
        this.nextCursor.set(page.nextCursor);
        this.loadingMore.set(false);
      },
      error: (error: unknown) => {
        this.loadingMore.set(false);
        this.error.set(problemMessage(error, 'Weiteres Material konnte nicht geladen werden.'));
      },
    });
  }
}
