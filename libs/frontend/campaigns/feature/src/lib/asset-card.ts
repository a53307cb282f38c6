import { ChangeDetectionStrategy, Component, computed, inject, input, signal } from '@angular/core';
import { RouterLink } from '@angular/router';
import { ASSET_STATE_LABELS, ASSET_TYPE_LABELS, ROLE_LABELS, type AssetSummaryDto } from '@portal/contracts';
import { AssetSelection, SELECTION_FULL_MESSAGE } from '@portal/frontend/campaigns/data-access';

/** One asset in the gallery: preview (or placeholder), title, type, formats, basket toggle. */
@Component({
  selector: 'portal-asset-card',
  imports: [RouterLink],
  template: `
    @let item = asset();
    <article class="card">
      <div class="preview">
        @if (item.thumbnailUrl) {
          <img [src]="item.thumbnailUrl" [alt]="item.altText ?? ''" loading="lazy" width="320" height="200" />
        } @else {
          <div class="placeholder" aria-hidden="true">{{ typeLabels[item.type] }}</div>
        }
      </div>
      <h3>
        <a [routerLink]="['/kampagnen/material', item.id]">{{ item.title }}</a>
      </h3>
      <p class="meta">
        <span>{{ typeLabels[item.type] }}</span>
        @if (item.formats.length) {
          <span>{{ formats() }}</span>
        }
      </p>
      @if (item.state !== 'available') {
        <p class="state">{{ stateLabels[item.state] }}</p>
      }
      @if (item.roles.length) {
        <p class="state">Nur für: {{ roles() }}</p>
      }
      @if (item.state === 'available') {
        <button
          type="button"
          class="button"
          [attr.aria-pressed]="selected()"
          (click)="toggle()"
          [attr.aria-label]="
            (selected() ? 'Aus der Auswahl entfernen: ' : 'Zur Auswahl hinzufügen: ') + item.title
          "
        >
          {{ selected() ? 'In der Auswahl ✓' : 'Zur Auswahl hinzufügen' }}
        </button>
        <p class="state" role="status">{{ notice() }}</p>
      }
    </article>
  `,
  styles: `
    .card {
      display: grid;
      gap: var(--portal-space-2);
      align-content: start;
      height: 100%;
      padding: var(--portal-space-3);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      background: var(--portal-color-surface-raised);
    }
    .preview img,
    .placeholder {
      width: 100%;
      aspect-ratio: 16 / 10;
      object-fit: contain;
      background: var(--portal-color-surface);
      border-radius: var(--portal-radius);
    }
    .placeholder {
      display: grid;
      place-items: center;
      color: var(--portal-color-text-muted);
      font-weight: 600;
    }
    h3 {
      margin: 0;
      font-size: var(--portal-font-size-md);
    }
    .meta {
      display: flex;
      gap: var(--portal-space-2);
      flex-wrap: wrap;
      margin: 0;
      color: var(--portal-color-text-muted);
      font-size: var(--portal-font-size-sm);
    }
    .state {
      margin: 0;
      font-weight: 600;
      font-size: var(--portal-font-size-sm);
    }
    .state:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetCard {
  readonly asset = input.required<AssetSummaryDto>();

  private readonly selection = inject(AssetSelection);
  protected readonly typeLabels = ASSET_TYPE_LABELS;
  protected readonly stateLabels = ASSET_STATE_LABELS;
  protected readonly selected = computed(() =>
    this.selection.items().some((item) => item.id === this.asset().id),
  );
  protected readonly formats = computed(() =>
    this.asset()
      .formats.map((f) => f.toUpperCase())
      .join(', '),
  );
  /** Said when the basket is full. */
  protected readonly notice = signal('');
  protected readonly roles = computed(() =>
    this.asset()
      .roles.map((role) => ROLE_LABELS[role])
      .join(', '),
  );

  protected toggle(): void {
    const item = this.asset();
    this.notice.set('');
    if (this.selected()) this.selection.remove(item.id);
    else if (
      !this.selection.add({
        id: item.id,
        title: item.title,
        campaignId: item.campaign.id,
        campaignName: item.campaign.name,
      })
    )
      this.notice.set(SELECTION_FULL_MESSAGE);
  }
}
