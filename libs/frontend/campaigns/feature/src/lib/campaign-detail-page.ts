import { ChangeDetectionStrategy, Component, effect, inject, input, signal, viewChild } from '@angular/core';
import { Title } from '@angular/platform-browser';
import { RouterLink } from '@angular/router';
import { CAMPAIGN_STATUS_LABELS, Permission, type CampaignDto } from '@portal/contracts';
import { CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { NotFoundNotice, portalTitle } from '@portal/frontend/shared/ui';
import { CurrentUser } from '@portal/frontend/shared/util';
import { contrastRatio, formatRatio, textColourOn } from './contrast';
import { startDownload } from './download';
import { TermsDialog } from '@portal/frontend/campaigns/terms';

/** /kampagnen/:id — description, key messages, brand guidelines, usage terms, whole-campaign ZIP. */
@Component({
  selector: 'portal-campaign-detail-page',
  imports: [RouterLink, NotFoundNotice, TermsDialog],
  template: `
    @if (notFound()) {
      <portal-not-found-notice />
    } @else if (campaign(); as campaign) {
      <p><a routerLink="/kampagnen">← Zurück zu den Kampagnen</a></p>
      <h1>{{ campaign.name }}</h1>
      <p class="meta">
        <span>{{ statusLabels[campaign.status] }}</span>
        <span
          >seit {{ germanDate(campaign.startsOn)
          }}{{ campaign.endsOn ? ' bis ' + germanDate(campaign.endsOn) : '' }}</span
        >
      </p>
      <nav class="actions" aria-label="Aktionen zur Kampagne">
        <a class="button primary" routerLink="/kampagnen" [queryParams]="{ kampagne: campaign.id }"
          >Material ansehen</a
        >
        @if (hasMaterial() !== false) {
          <button type="button" class="button" (click)="downloadZip()" [disabled]="checkingZip()">
            Alles als ZIP herunterladen
          </button>
        }
        @if (manage) {
          <a class="button" routerLink="bearbeiten">Kampagne bearbeiten</a>
          <a class="button" routerLink="/kampagnen/material/neu" [queryParams]="{ kampagne: campaign.id }"
            >Material anlegen</a
          >
        }
      </nav>
      @if (hasMaterial() === false) {
        <p>Zu dieser Kampagne gibt es noch kein Material zum Herunterladen.</p>
      }
      <p role="status" aria-live="polite" class="zip-status">{{ zipStatus() }}</p>
      <!-- Rendered and sanitised by the server (Markdown, allow-list). -->
      <div class="description" [innerHTML]="campaign.descriptionHtml"></div>

      @if (campaign.keyMessages.length) {
        <section aria-labelledby="messages-heading">
          <h2 id="messages-heading">Kernbotschaften</h2>
          <ul>
            @for (message of campaign.keyMessages; track $index) {
              <li>{{ message }}</li>
            }
          </ul>
        </section>
      }

      <section aria-labelledby="guidelines-heading">
        <h2 id="guidelines-heading">Gestaltungsregeln</h2>
        @if (campaign.guidelines.colours.length) {
          <h3>Farben</h3>
          <ul class="swatches">
            @for (colour of campaign.guidelines.colours; track $index) {
              <li>
                <svg
                  class="swatch"
                  viewBox="0 0 240 96"
                  role="img"
                  [attr.aria-label]="colour.name + ', ' + colour.hex"
                >
                  <rect width="240" height="96" [attr.fill]="colour.hex" />
                  <text x="16" y="42" class="swatch-name" [attr.fill]="textOn(colour.hex)">
                    {{ colour.name }}
                  </text>
                  <text x="16" y="74" [attr.fill]="textOn(colour.hex)">{{ colour.hex }}</text>
                </svg>
                <p>
                  Text darauf: {{ textOn(colour.hex) === '#FFFFFF' ? 'weiß' : 'schwarz' }} (Kontrast
                  {{ ratio(colour.hex) }})
                  @if (colour.usage) {
                    <br />{{ colour.usage }}
                  }
                </p>
              </li>
            }
          </ul>
        }
        @if (campaign.guidelines.fonts.length) {
          <h3>Schriften</h3>
          <ul>
            @for (font of campaign.guidelines.fonts; track $index) {
              <li>
                <strong>{{ font.name }}</strong>{{ font.usage ? ': ' + font.usage : '' }}
              </li>
            }
          </ul>
        }
        <div class="rules">
          @if (campaign.guidelines.dos.length) {
            <div>
              <h3>So ist es richtig</h3>
              <ul>
                @for (rule of campaign.guidelines.dos; track $index) {
                  <li>{{ rule }}</li>
                }
              </ul>
            </div>
          }
          @if (campaign.guidelines.donts.length) {
            <div>
              <h3>Bitte nicht</h3>
              <ul>
                @for (rule of campaign.guidelines.donts; track $index) {
                  <li>{{ rule }}</li>
                }
              </ul>
            </div>
          }
        </div>
        @if (campaign.guidelines.text) {
          <p class="guidance">{{ campaign.guidelines.text }}</p>
        }
      </section>

      <section aria-labelledby="terms-heading">
        <h2 id="terms-heading">Nutzungsbedingungen (Fassung {{ campaign.termsVersion }})</h2>
        <p class="terms">{{ campaign.usageTerms }}</p>
        <p role="status" aria-live="polite">
          {{ campaign.termsAccepted ? 'Sie haben diese Nutzungsbedingungen akzeptiert.' : '' }}
        </p>
        @if (!campaign.termsAccepted) {
          <button type="button" class="button" (click)="askTerms(false)">
            Nutzungsbedingungen akzeptieren
          </button>
        }
      </section>
      <portal-terms-dialog [campaignId]="campaign.id" (accepted)="termsDone()" />
    } @else {
      <p role="status">Kampagne wird geladen …</p>
    }
  `,
  styles: `
    .meta,
    .actions {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-3);
      align-items: center;
    }
    .meta {
      color: var(--portal-color-text-muted);
    }
    .swatches {
      list-style: none;
      padding: 0;
      display: grid;
      grid-template-columns: repeat(auto-fill, minmax(12rem, 1fr));
      gap: var(--portal-space-4);
    }
    .swatch {
      display: block;
      width: 100%;
      height: auto;
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      font-size: 20px;
    }
    .swatch-name {
      font-weight: 700;
    }
    .rules {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr));
      gap: var(--portal-space-4);
    }
    .zip-status:empty {
      display: none;
    }
    .terms,
    .guidance {
      white-space: pre-line;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CampaignDetailPage {
  readonly id = input.required<string>();

  private readonly api = inject(CampaignsApi);
  private readonly title = inject(Title);
  private readonly terms = viewChild(TermsDialog);
  protected readonly manage = inject(CurrentUser).can(Permission.CampaignsManage);
  protected readonly statusLabels = CAMPAIGN_STATUS_LABELS;
  protected readonly campaign = signal<CampaignDto | null>(null);
  protected readonly notFound = signal(false);
  /** Whether the user sees any material of the campaign (null: not known yet or unknowable). */
  protected readonly hasMaterial = signal<boolean | null>(null);
  protected readonly checkingZip = signal(false);
  protected readonly zipStatus = signal('');
  private downloadAfterTerms = false;

  constructor() {
    effect(() => {
      const id = this.id();
      this.api.campaign(id).subscribe({
        next: (campaign) => {
          this.campaign.set(campaign);
          this.title.setTitle(portalTitle(campaign.name));
        },
        error: () => this.notFound.set(true),
      });
      this.hasMaterial.set(null);
      this.api.assets({ campaignId: id, limit: 1 }).subscribe({
        next: (page) => this.hasMaterial.set(page.items.length > 0),
        error: () => this.hasMaterial.set(null),
      });
    });
  }

  protected zipUrl(): string {
    return this.api.campaignZipUrl(this.id());
  }

  protected textOn(hex: string): string {
    return textColourOn(hex);
  }

  protected ratio(hex: string): string {
    return formatRatio(contrastRatio(hex, textColourOn(hex)));
  }

  protected germanDate(day: string): string {
    return new Date(`${day}T12:00:00`).toLocaleDateString('de-DE', { dateStyle: 'long' });
  }

  protected askTerms(download = true): void {
    this.downloadAfterTerms = download;
    this.terms()?.open();
  }

  protected termsDone(): void {
    this.campaign.update((campaign) => (campaign ? { ...campaign, termsAccepted: true } : campaign));
    if (this.downloadAfterTerms) this.downloadZip();
  }

  /** Terms first; then asks the server whether the ZIP can be delivered, so a refusal is read out instead of saved as a file. */
  protected downloadZip(): void {
    if (!this.campaign()?.termsAccepted) {
      this.askTerms();
      return;
    }
    this.checkingZip.set(true);
    this.zipStatus.set('');
    this.api.zipProblem(this.zipUrl()).subscribe((problem) => {
      this.checkingZip.set(false);
      if (problem) {
        this.zipStatus.set(problem);
        return;
      }
      this.zipStatus.set('Der Download der ZIP-Datei beginnt.');
      startDownload(this.zipUrl());
    });
  }
}
