import { ChangeDetectionStrategy, Component, effect, inject, input, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { Router, RouterLink } from '@angular/router';
import {
  CAMPAIGN_STATUS_LABELS,
  CAMPAIGN_STATUSES,
  type CampaignDto,
  type CampaignStatus,
  type SaveCampaignRequest,
} from '@portal/contracts';
import { CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { problemMessage, problemOf } from '@portal/frontend/shared/util';

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** /kampagnen/neu and /kampagnen/:id/bearbeiten — campaign, brand guidelines and usage terms. */
@Component({
  selector: 'portal-campaign-editor-page',
  imports: [FormsModule, RouterLink],
  template: `
    <p><a routerLink="/kampagnen">← Zurück zu den Kampagnen</a></p>
    <h1>{{ id() ? 'Kampagne bearbeiten' : 'Kampagne anlegen' }}</h1>
    <form (ngSubmit)="save()" novalidate>
      <label>Name (Pflichtfeld) <input name="name" required [(ngModel)]="name" /></label>
      <label>
        Status
        <select name="status" [(ngModel)]="status">
          @for (value of statuses; track value) {
            <option [value]="value">{{ statusLabels[value] }}</option>
          }
        </select>
      </label>
      <label>Beginn <input name="startsOn" type="date" required [(ngModel)]="startsOn" /></label>
      <label>Ende (optional) <input name="endsOn" type="date" [(ngModel)]="endsOn" /></label>
      <label
        >Beschreibung (Markdown) <textarea name="description" rows="5" [(ngModel)]="description"></textarea>
      </label>
      <label
        >Kernbotschaften (eine je Zeile)
        <textarea name="keyMessages" rows="4" [(ngModel)]="keyMessages"></textarea>
      </label>
      <label>
        Farben (je Zeile: Name; #RRGGBB; Verwendung)
        <textarea name="colours" rows="4" [(ngModel)]="colours" aria-describedby="colours-error"></textarea>
      </label>
      <p class="error" id="colours-error">{{ fieldError('guidelines.colours') }}</p>
      <label
        >Schriften (je Zeile: Name; Verwendung)
        <textarea name="fonts" rows="3" [(ngModel)]="fonts"></textarea>
      </label>
      <label
        >So ist es richtig (eine Regel je Zeile) <textarea name="dos" rows="3" [(ngModel)]="dos"></textarea>
      </label>
      <label
        >Bitte nicht (eine Regel je Zeile) <textarea name="donts" rows="3" [(ngModel)]="donts"></textarea>
      </label>
      <label>Weitere Hinweise <textarea name="guidance" rows="3" [(ngModel)]="guidance"></textarea></label>
      <label>
        Nutzungsbedingungen
        <textarea
          name="usageTerms"
          rows="6"
          [(ngModel)]="usageTerms"
          aria-describedby="terms-hint"
        ></textarea>
      </label>
      <p class="hint" id="terms-hint">
        Wenn Sie die Nutzungsbedingungen ändern, müssen alle sie vor dem nächsten Download erneut akzeptieren.
      </p>
      <p role="status" aria-live="polite">{{ saved() }}</p>
      @if (error(); as error) {
        <p class="error" role="alert">{{ error }}</p>
      }
      <button type="submit" class="button primary" [disabled]="saving()">Speichern</button>
    </form>
  `,
  styles: `
    form {
      display: grid;
      gap: var(--portal-space-2);
      max-width: 44rem;
    }
    label {
      display: grid;
      gap: var(--portal-space-1);
      font-weight: 600;
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
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignEditorPage {
  readonly id = input<string | undefined>(undefined);

  private readonly api = inject(CampaignsApi);
  private readonly router = inject(Router);
  protected readonly statuses = CAMPAIGN_STATUSES;
  protected readonly statusLabels = CAMPAIGN_STATUS_LABELS;

  protected name = '';
  protected status: CampaignStatus = 'preparation';
  protected startsOn = new Date().toISOString().slice(0, 10);
  protected endsOn = '';
  protected description = '';
  protected keyMessages = '';
  protected colours = '';
  protected fonts = '';
  protected dos = '';
  protected donts = '';
  protected guidance = '';
  protected usageTerms = '';
  private loaded: CampaignDto | null = null;

  protected readonly saving = signal(false);
  protected readonly saved = signal('');
  protected readonly error = signal<string | null>(null);
  private readonly fieldErrors = signal<Record<string, string[]>>({});

  constructor() {
    effect(() => {
      const id = this.id();
      if (id) this.api.campaign(id).subscribe((campaign) => this.fill(campaign));
    });
  }

  protected fieldError(prefix: string): string {
    return Object.entries(this.fieldErrors())
      .filter(([key]) => key.startsWith(prefix))
      .map(([, list]) => list.join(' '))
      .join(' ');
  }

  protected save(): void {
    const request: SaveCampaignRequest = {
      name: this.name.trim(),
      status: this.status,
      startsOn: this.startsOn,
      endsOn: this.endsOn || null,
      description: this.description,
      keyMessages: lines(this.keyMessages),
      guidelines: {
        colours: lines(this.colours).map((line) => {
          const [name = '', hex = '', usage = ''] = line.split(';').map((part) => part.trim());
          return { name, hex, usage: usage || null };
        }),
        fonts: lines(this.fonts).map((line) => {
          const [name = '', usage = ''] = line.split(';').map((part) => part.trim());
          return { name, usage: usage || null };
        }),
        dos: lines(this.dos),
        donts: lines(this.donts),
        text: this.guidance,
      },
      usageTerms: this.usageTerms,
    };
    this.saving.set(true);
    this.error.set(null);
    const id = this.id();
    const call = id
      ? this.api.updateCampaign(id, { ...request, version: this.loaded?.version ?? 1 })
      : this.api.createCampaign(request);
    call.subscribe({
      next: (campaign) => {
        this.saving.set(false);
        this.saved.set('Gespeichert.');
        void this.router.navigate(['/kampagnen', campaign.id]);
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.fieldErrors.set(problemOf(error)?.errors ?? {});
        this.error.set(problemMessage(error, 'Die Kampagne konnte nicht gespeichert werden.'));
      },
    });
  }

  private fill(campaign: CampaignDto): void {
    this.loaded = campaign;
    this.name = campaign.name;
    this.status = campaign.status;
    this.startsOn = campaign.startsOn;
    this.endsOn = campaign.endsOn ?? '';
    this.description = campaign.description;
    this.keyMessages = campaign.keyMessages.join('\n');
    this.colours = campaign.guidelines.colours
      .map((c) => [c.name, c.hex, c.usage ?? ''].join('; '))
      .join('\n');
    this.fonts = campaign.guidelines.fonts.map((f) => [f.name, f.usage ?? ''].join('; ')).join('\n');
    this.dos = campaign.guidelines.dos.join('\n');
    this.donts = campaign.guidelines.donts.join('\n');
    this.guidance = campaign.guidelines.text;
    this.usageTerms = campaign.usageTerms;
  }
}
