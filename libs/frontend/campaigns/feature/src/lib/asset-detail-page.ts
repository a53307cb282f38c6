import {
  ChangeDetectionStrategy,
  Component,
  computed,
  effect,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import {
  ASSET_STATE_LABELS,
  ASSET_TYPE_LABELS,
  FILE_TEXT_MISSING_LABEL,
  Permission,
  ROLE_LABELS,
  assetFormatLabel,
  type AssetDto,
  type AssetFileDto,
} from '@portal/contracts';
import { AssetSelection, CampaignsApi, SELECTION_FULL_MESSAGE } from '@portal/frontend/campaigns/data-access';
import { DateTimePipe, FileSizePipe, NotFoundNotice, portalTitle } from '@portal/frontend/shared/ui';
import { CurrentUser } from '@portal/frontend/shared/util';
import { AssetUpload } from './asset-upload';
import { startDownload } from './download';
import { TermsDialog } from '@portal/frontend/campaigns/terms';

/** /kampagnen/material/:id — preview, variants, version history, terms, download, basket. */
@Component({
  selector: 'portal-asset-detail-page',
  imports: [RouterLink, NotFoundNotice, DateTimePipe, FileSizePipe, TermsDialog, AssetUpload],
  template: `
    @if (notFound()) {
      <portal-not-found-notice />
    } @else if (asset(); as asset) {
      <p><a routerLink="/kampagnen">← Zurück zu den Kampagnen</a></p>
      <article>
        <h1>{{ asset.title }}</h1>
        <p class="meta">
          <span>{{ typeLabels[asset.type] }}</span>
          <a [routerLink]="['/kampagnen', asset.campaign.id]">{{ asset.campaign.name }}</a>
          @if (asset.latestVersion) {
            <span>Version {{ asset.latestVersion }}</span>
          }
          @if (asset.state !== 'available') {
            <strong>{{ stateLabels[asset.state] }}</strong>
          }
        </p>
        @if (asset.replacement; as replacement) {
          <p class="replaced" role="note">
            <strong>Dieses Material wurde ersetzt durch</strong>
            <a [routerLink]="['/kampagnen/material', replacement.id]">{{ replacement.title }}</a>. Bitte
            verwenden Sie das neue Material.
          </p>
        }
        @if (manage) {
          <p class="admin">
            @if (asset.availableFrom) {
              <span>Sperrfrist bis {{ asset.availableFrom | portalDateTime }}</span>
            }
            @if (asset.expiresAt) {
              <span>Läuft ab am {{ asset.expiresAt | portalDateTime }}</span>
            }
            <span>Sichtbar für: {{ rolesText() }}</span>
            <a class="button" routerLink="bearbeiten">Bearbeiten</a>
          </p>
        }
        <div class="layout">
          <div class="preview">
            @if (asset.previewUrl) {
              <img [src]="asset.previewUrl" [alt]="asset.altText ?? ''" />
            } @else {
              <div
                class="placeholder"
                role="img"
                [attr.aria-label]="'Keine Vorschau: ' + (asset.altText ?? asset.title)"
              >
                Keine Vorschau verfügbar
              </div>
            }
          </div>
          <div>
            @if (asset.description) {
              <p class="description">{{ asset.description }}</p>
            }
            @if (asset.tags.length) {
              <p class="tags">
                Schlagwörter:
                @for (tag of asset.tags; track tag) {
                  <a
                    routerLink="/kampagnen"
                    [queryParams]="{ schlagwort: tag }"
                    [attr.aria-label]="'Material mit dem Schlagwort ' + tag"
                    >{{ tag }}</a
                  >
                }
              </p>
            }
            @if (latest(); as latest) {
              <section aria-labelledby="variants-heading">
                <h2 id="variants-heading">Herunterladen</h2>
                @if (!termsAccepted()) {
                  <p class="notice">
                    Vor dem ersten Download akzeptieren Sie bitte einmalig die Nutzungsbedingungen der
                    Kampagne.
                  </p>
                }
                <ul class="files">
                  @for (file of latest.files; track file.id) {
                    <li>
                      @if (!file.scan.available) {
                        <span>{{ file.name }} – {{ file.scan.label }}</span>
                      } @else if (termsAccepted()) {
                        <a class="button primary" [href]="file.url" download>
                          {{ format(file) }} herunterladen
                        </a>
                      } @else {
                        <button type="button" class="button primary" (click)="askTerms(file)">
                          {{ format(file) }} herunterladen
                        </button>
                      }
                      <span class="file-meta">{{ file.name }}, {{ file.size | portalFileSize }}</span>
                      @if (file.textMissing) {
                        <span class="file-text-missing">{{ textMissingLabel }}</span>
                      }
                    </li>
                  }
                </ul>
              </section>
            }
            @if (asset.state === 'available') {
              <button
                type="button"
                class="button"
                [attr.aria-pressed]="selected()"
                (click)="toggleSelection(asset)"
              >
                {{ selected() ? 'Aus der Auswahl entfernen' : 'Zur Auswahl hinzufügen' }}
              </button>
              <p role="status" aria-live="polite" class="status">{{ selectionStatus() }}</p>
            }
          </div>
        </div>

        <section aria-labelledby="history-heading">
          <h2 id="history-heading">Versionen</h2>
          @if (asset.versions.length === 0) {
            <p>Noch keine Datei hochgeladen.</p>
          } @else {
            <ol class="history" reversed>
              @for (version of asset.versions; track version.id) {
                <li>
                  <strong>Version {{ version.number }}</strong>
                  vom {{ version.createdAt | portalDateTime }}
                  @if (version.number === asset.latestVersion) {
                    (aktuell)
                  }
                  @if (version.note) {
                    – {{ version.note }}
                  }
                  @if (version.number !== asset.latestVersion && version.downloadable) {
                    <ul>
                      @for (file of version.files; track file.id) {
                        <li>
                          <a [href]="file.url" download>{{ file.name }}</a>
                          @if (file.textMissing) {
                            <span class="file-text-missing"> – {{ textMissingLabel }}</span>
                          }
                        </li>
                      }
                    </ul>
                  }
                </li>
              }
            </ol>
            @if (!manage) {
              <p class="hint">Heruntergeladen wird immer die aktuelle Version.</p>
            }
          }
        </section>

        @if (manage) {
          <section aria-labelledby="upload-heading">
            <h2 id="upload-heading">Dateien hochladen oder ersetzen</h2>
            <portal-asset-upload
              [assetId]="asset.id"
              [latestVersion]="asset.latestVersion"
              (uploaded)="reload()"
            />
          </section>
        }
      </article>
      <portal-terms-dialog [campaignId]="asset.campaign.id" (accepted)="termsDone()" />
    } @else {
      <p role="status">Material wird geladen …</p>
    }
  `,
  styles: `
    .meta,
    .admin {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-3);
      align-items: center;
      color: var(--portal-color-text-muted);
    }
    .layout {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(min(18rem, 100%), 1fr));
      gap: var(--portal-space-5);
    }
    .preview img,
    .placeholder {
      width: 100%;
      max-height: 32rem;
      object-fit: contain;
      background: var(--portal-color-surface);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
    }
    .placeholder {
      display: grid;
      place-items: center;
      min-height: 12rem;
      color: var(--portal-color-text-muted);
    }
    .description {
      white-space: pre-line;
    }
    .replaced {
      padding: var(--portal-space-3);
      border-left: 0.25rem solid var(--portal-color-error);
      background: var(--portal-color-brand-soft);
      border-radius: var(--portal-radius);
    }
    .tags {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-2);
    }
    .files {
      list-style: none;
      padding: 0;
      display: grid;
      gap: var(--portal-space-3);
    }
    .files li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-3);
      align-items: center;
    }
    .file-meta,
    .file-text-missing,
    .hint {
      color: var(--portal-color-text-muted);
    }
    .notice {
      padding: var(--portal-space-3);
      background: var(--portal-color-brand-soft);
      border-radius: var(--portal-radius);
    }
    .status:empty {
      display: none;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetDetailPage {
  readonly id = input.required<string>();

  private readonly api = inject(CampaignsApi);
  private readonly title = inject(Title);
  private readonly selection = inject(AssetSelection);
  private readonly terms = viewChild(TermsDialog);
  protected readonly manage = inject(CurrentUser).can(Permission.CampaignsManage);

  protected readonly typeLabels = ASSET_TYPE_LABELS;
  protected readonly stateLabels = ASSET_STATE_LABELS;
  protected readonly textMissingLabel = FILE_TEXT_MISSING_LABEL;
  protected readonly asset = signal<AssetDto | null>(null);
  protected readonly notFound = signal(false);
  protected readonly termsAccepted = signal(false);
  protected readonly selectionStatus = signal('');
  private pendingDownload: string | null = null;

  protected readonly latest = computed(() => {
    const asset = this.asset();
    return asset?.versions.find((version) => version.number === asset.latestVersion) ?? null;
  });
  protected readonly selected = computed(() => {
    const asset = this.asset();
    return !!asset && this.selection.items().some((item) => item.id === asset.id);
  });
  protected readonly rolesText = computed(() => {
    const roles = this.asset()?.roles ?? [];
    return roles.length ? roles.map((role) => ROLE_LABELS[role]).join(', ') : 'alle';
  });

  constructor() {
    effect(() => this.load(this.id()));
  }

  protected format(file: AssetFileDto): string {
    return assetFormatLabel(file.mediaType);
  }

  protected reload(): void {
    this.load(this.id());
  }

  protected askTerms(file: AssetFileDto): void {
    this.pendingDownload = file.url;
    this.terms()?.open();
  }

  protected termsDone(): void {
    this.termsAccepted.set(true);
    if (this.pendingDownload) startDownload(this.pendingDownload);
    this.pendingDownload = null;
  }

  protected toggleSelection(asset: AssetDto): void {
    if (this.selected()) {
      this.selection.remove(asset.id);
      this.selectionStatus.set('Aus der Auswahl entfernt.');
    } else {
      const added = this.selection.add({
        id: asset.id,
        title: asset.title,
        campaignId: asset.campaign.id,
        campaignName: asset.campaign.name,
      });
      this.selectionStatus.set(
        added
          ? `Zur Auswahl hinzugefügt (${this.selection.count()} in der Auswahl).`
          : SELECTION_FULL_MESSAGE,
      );
    }
  }

  private load(id: string): void {
    this.api.asset(id).subscribe({
      next: (asset) => {
        this.asset.set(asset);
        this.termsAccepted.set(asset.termsAccepted);
        this.title.setTitle(portalTitle(asset.title));
      },
      error: () => {
        this.notFound.set(true);
        this.title.setTitle(portalTitle('Seite nicht gefunden'));
      },
    });
  }
}
