import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  ALL_ROLES,
  ASSET_LIMITS,
  ASSET_TYPE_LABELS,
  ASSET_TYPES,
  IMAGE_ASSET_TYPES,
  ROLE_LABELS,
  type AssetDto,
  type AssetSummaryDto,
  type AssetType,
  type Role,
  type SaveAssetRequest,
} from '@portal/contracts';
import { CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { problemMessage, problemOf } from '@portal/frontend/shared/util';
import { map } from 'rxjs';

/** `2026-03-02T10:00` (datetime-local, the browser's zone) ⇄ ISO. */
function toLocalInput(iso: string | null): string {
  if (!iso) return '';
  const date = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}
function fromLocalInput(value: string): string | null {
  return value ? new Date(value).toISOString() : null;
}

/** /kampagnen/material/neu and /kampagnen/material/:id/bearbeiten — the asset's metadata. */
@Component({
  selector: 'portal-asset-editor-page',
  imports: [FormsModule, RouterLink],
  template: `
    <p><a routerLink="/kampagnen">← Zurück zu den Kampagnen</a></p>
    <h1>{{ id() ? 'Material bearbeiten' : 'Material anlegen' }}</h1>
    @if (!id()) {
      <p>Nach dem Anlegen laden Sie auf der nächsten Seite die Dateien hoch.</p>
    }
    <form (ngSubmit)="save()" novalidate>
      <label>
        Titel (Pflichtfeld)
        <input
          name="title"
          required
          [maxlength]="limits.title"
          [(ngModel)]="title"
          [attr.aria-invalid]="!!errors()['title']"
          aria-describedby="title-error"
        />
      </label>
      <p class="error" id="title-error">{{ errors()['title'] }}</p>
      @if (!id()) {
        <label>
          Kampagne
          <select
            name="campaignId"
            required
            [ngModel]="campaignId"
            (ngModelChange)="campaignId = $event; campaignSignal.set($event)"
          >
            @for (campaign of campaigns(); track campaign.id) {
              <option [value]="campaign.id">{{ campaign.name }}</option>
            }
          </select>
        </label>
      }
      <label>
        Art
        <select name="type" [ngModel]="type" (ngModelChange)="type = $event; typeSignal.set($event)">
          @for (value of types; track value) {
            <option [value]="value">{{ typeLabels[value] }}</option>
          }
        </select>
      </label>
      <label>
        Beschreibung
        <textarea
          name="description"
          rows="4"
          [maxlength]="limits.description"
          [(ngModel)]="description"
        ></textarea>
      </label>
      <label>
        Alternativtext {{ needsAlt() ? '(Pflichtfeld für Bilder)' : '(optional)' }}
        <input
          name="altText"
          [maxlength]="limits.altText"
          [(ngModel)]="altText"
          [attr.aria-invalid]="!!errors()['altText']"
          aria-describedby="alt-hint alt-error"
        />
      </label>
      <p class="hint" id="alt-hint">Beschreibt das Motiv für Menschen, die es nicht sehen können.</p>
      <p class="error" id="alt-error">{{ errors()['altText'] }}</p>
      <label>
        Schlagwörter (durch Kommas getrennt)
        <input name="tags" [(ngModel)]="tags" />
      </label>
      <label>
        Verfügbar ab (Sperrfrist, optional)
        <input name="availableFrom" type="datetime-local" [(ngModel)]="availableFrom" />
      </label>
      <label>
        Läuft ab am (optional)
        <input
          name="expiresAt"
          type="datetime-local"
          [(ngModel)]="expiresAt"
          aria-describedby="expires-error"
        />
      </label>
      <p class="error" id="expires-error">{{ errors()['expiresAt'] }}</p>
      <label>
        Ersetzt durch (optional)
        <select
          name="replacementId"
          [(ngModel)]="replacementId"
          [attr.aria-invalid]="!!errors()['replacementId']"
          aria-describedby="replacement-hint replacement-error"
        >
          <option value="">– nicht ersetzt –</option>
          @for (option of replacementOptions(); track option.id) {
            <option [value]="option.id">{{ option.title }}</option>
          }
        </select>
      </label>
      <p class="hint" id="replacement-hint">
        Material derselben Kampagne. Wer dieses Material heruntergeladen hat, wird benachrichtigt und auf das
        neue verwiesen.
      </p>
      <p class="error" id="replacement-error">{{ errors()['replacementId'] }}</p>
      <fieldset>
        <legend>Sichtbar für (keine Auswahl: alle)</legend>
        @for (role of roles; track role) {
          <label class="inline">
            <input
              type="checkbox"
              [name]="'role-' + role"
              [ngModel]="chosenRoles().includes(role)"
              (ngModelChange)="toggleRole(role, $event)"
            />
            {{ roleLabels[role] }}
          </label>
        }
      </fieldset>
      <p role="status" aria-live="polite">{{ status() }}</p>
      @if (error(); as error) {
        <p class="error" role="alert">{{ error }}</p>
      }
      <div class="actions">
        <button type="submit" class="button primary" [disabled]="saving()">
          {{ id() ? 'Änderungen speichern' : 'Material anlegen' }}
        </button>
        @if (id()) {
          <button type="button" class="button" (click)="remove()" [disabled]="saving()">
            Material löschen
          </button>
        }
      </div>
    </form>
  `,
  styles: `
    form {
      display: grid;
      grid-template-columns: minmax(0, 1fr);
      gap: var(--portal-space-2);
      max-width: 40rem;
    }
    label {
      display: grid;
      gap: var(--portal-space-1);
      font-weight: 600;
    }
    label.inline {
      display: flex;
      font-weight: normal;
      gap: var(--portal-space-2);
    }
    input,
    select,
    textarea {
      font: inherit;
      min-height: 2.75rem;
    }
    .error {
      color: var(--portal-color-error);
      margin: 0;
    }
    .error:empty {
      display: none;
    }
    .hint {
      margin: 0;
      color: var(--portal-color-text-muted);
    }
    .actions {
      display: flex;
      gap: var(--portal-space-3);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AssetEditorPage {
  readonly id = input<string | undefined>(undefined);
  /** `?kampagne=<id>` preselects the campaign. */
  readonly kampagne = input<string | undefined>(undefined);

  private readonly api = inject(CampaignsApi);
  private readonly router = inject(Router);

  protected readonly limits = ASSET_LIMITS;
  protected readonly types = ASSET_TYPES;
  protected readonly typeLabels = ASSET_TYPE_LABELS;
  protected readonly roles = ALL_ROLES;
  protected readonly roleLabels = ROLE_LABELS;
  protected readonly campaigns = toSignal(this.api.campaigns().pipe(map((list) => list.items)), {
    initialValue: [],
  });

  protected title = '';
  protected campaignId = '';
  protected type: AssetType = 'poster';
  protected description = '';
  protected altText = '';
  protected tags = '';
  protected availableFrom = '';
  protected expiresAt = '';
  protected readonly chosenRoles = signal<Role[]>([]);
  protected replacementId = '';
  private readonly loadedAsset = signal<AssetDto | null>(null);
  /** The campaign whose assets can be chosen as replacement. */
  protected readonly campaignSignal = signal('');
  private readonly candidates = signal<AssetSummaryDto[]>([]);
  /** Other assets of the campaign; the current replacement stays choosable even if not listed. */
  protected readonly replacementOptions = computed(() => {
    const options: { id: string; title: string }[] = this.candidates().filter((a) => a.id !== this.id());
    const current = this.loadedAsset()?.replacement;
    return current && !options.some((option) => option.id === current.id) ? [...options, current] : options;
  });

  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);
  protected readonly errors = signal<Record<string, string>>({});
  protected readonly typeSignal = signal<AssetType>('poster');
  protected readonly needsAlt = computed(() => IMAGE_ASSET_TYPES.includes(this.typeSignal()));

  constructor() {
    effect(() => {
      const first = this.campaigns()[0];
      if (!this.campaignId) {
        this.campaignId = this.kampagne() ?? first?.id ?? '';
        if (!this.id()) this.campaignSignal.set(this.campaignId);
      }
    });
    effect(() => {
      const campaignId = this.campaignSignal();
      this.candidates.set([]);
      if (campaignId) this.api.campaignAssets(campaignId).subscribe((assets) => this.candidates.set(assets));
    });
    effect(() => {
      const id = this.id();
      if (id)
        this.api.asset(id).subscribe((asset) => {
          this.loadedAsset.set(asset);
          this.campaignSignal.set(asset.campaign.id);
          this.replacementId = asset.replacementId ?? '';
          this.title = asset.title;
          this.type = asset.type;
          this.typeSignal.set(asset.type);
          this.description = asset.description;
          this.altText = asset.altText ?? '';
          this.tags = asset.tags.join(', ');
          this.availableFrom = toLocalInput(asset.availableFrom);
          this.expiresAt = toLocalInput(asset.expiresAt);
          this.chosenRoles.set(asset.roles);
        });
    });
  }

  protected toggleRole(role: Role, on: boolean): void {
    this.chosenRoles.update((roles) =>
      on ? [...new Set([...roles, role])] : roles.filter((r) => r !== role),
    );
  }

  protected save(): void {
    this.typeSignal.set(this.type);
    const request: SaveAssetRequest = {
      campaignId: this.campaignId,
      title: this.title.trim(),
      description: this.description,
      type: this.type,
      tags: this.tags
        .split(',')
        .map((tag) => tag.trim())
        .filter(Boolean),
      altText: this.altText.trim() || null,
      availableFrom: fromLocalInput(this.availableFrom),
      expiresAt: fromLocalInput(this.expiresAt),
      roles: this.chosenRoles(),
      replacementId: this.replacementId || null,
    };
    const errors: Record<string, string> = {};
    if (!request.title) errors['title'] = 'Bitte geben Sie einen Titel an.';
    if (IMAGE_ASSET_TYPES.includes(request.type) && !request.altText)
      errors['altText'] = 'Bitte beschreiben Sie das Bild mit einem Alternativtext.';
    this.errors.set(errors);
    if (Object.keys(errors).length) {
      this.error.set('Bitte prüfen Sie die markierten Felder.');
      return;
    }
    this.saving.set(true);
    this.error.set(null);
    const id = this.id();
    const { campaignId: _campaignId, ...update } = request;
    const call = id
      ? this.api.updateAsset(id, { ...update, version: this.loadedAsset()?.version ?? 1 })
      : this.api.createAsset(request);
    call.subscribe({
      next: (asset) => {
        this.saving.set(false);
        this.status.set('Gespeichert.');
        void this.router.navigate(['/kampagnen/material', asset.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        const fieldErrors = problemOf(error)?.errors ?? {};
        this.errors.set(
          Object.fromEntries(Object.entries(fieldErrors).map(([key, list]) => [key, list[0] ?? ''])),
        );
        this.error.set(problemMessage(error, 'Das Material konnte nicht gespeichert werden.'));
      },
    });
  }

  protected remove(): void {
    const id = this.id();
    if (!id || !confirm('Dieses Material mit allen Versionen und Dateien löschen?')) return;
    this.api.deleteAsset(id).subscribe({
      next: () => void this.router.navigate(['/kampagnen']),
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Das Material konnte nicht gelöscht werden.')),
    });
  }
}
