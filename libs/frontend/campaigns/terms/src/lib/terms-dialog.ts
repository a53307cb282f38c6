import {
  ChangeDetectionStrategy,
  Component,
  ElementRef,
  inject,
  input,
  output,
  signal,
  viewChild,
} from '@angular/core';
import type { CampaignDto } from '@portal/contracts';
import { CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { problemMessage } from '@portal/frontend/shared/util';

let nextId = 0;

/**
 * The campaign's usage terms in a modal dialog (native `<dialog>`: focus stays inside, Escape
 * closes). Accepting records it on the server for the terms version shown; then `accepted` fires.
 */
@Component({
  selector: 'portal-terms-dialog',
  template: `
    <dialog #dialog [attr.aria-labelledby]="headingId" (close)="closed()">
      <h2 [id]="headingId">Nutzungsbedingungen</h2>
      @if (campaign(); as campaign) {
        <p>
          Bevor Sie Material der Kampagne „{{ campaign.name }}“ herunterladen, lesen und akzeptieren Sie bitte
          einmalig die Nutzungsbedingungen (Fassung {{ campaign.termsVersion }}).
        </p>
        <div class="terms" tabindex="0" role="region" aria-label="Text der Nutzungsbedingungen">
          {{ campaign.usageTerms }}
        </div>
      } @else {
        <p>Die Nutzungsbedingungen werden geladen …</p>
      }
      <p role="status" aria-live="polite" class="status">{{ status() }}</p>
      @if (error(); as error) {
        <p role="alert" class="error">{{ error }}</p>
      }
      <div class="actions">
        <button type="button" class="button primary" [disabled]="!campaign() || saving()" (click)="accept()">
          Nutzungsbedingungen akzeptieren
        </button>
        <button type="button" class="button" (click)="close()">Abbrechen</button>
      </div>
    </dialog>
  `,
  styles: `
    dialog {
      max-width: min(40rem, 92vw);
      border: 1px solid var(--portal-color-border);
      border-radius: var(--portal-radius);
      padding: var(--portal-space-5);
    }
    dialog::backdrop {
      background: rgb(0 0 0 / 50%);
    }
    .terms {
      white-space: pre-line;
      max-height: 40vh;
      overflow: auto;
      padding: var(--portal-space-3);
      background: var(--portal-color-surface);
      border: 1px solid var(--portal-color-border);
    }
    .actions {
      display: flex;
      gap: var(--portal-space-3);
      flex-wrap: wrap;
    }
    .status:empty {
      display: none;
    }
    .error {
      color: var(--portal-color-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TermsDialog {
  /** The campaign whose terms are shown; `open(id)` may name another one. */
  readonly campaignId = input('');
  /** The terms were accepted (and recorded); the caller continues, e.g. with the download. */
  readonly accepted = output<CampaignDto>();

  private readonly api = inject(CampaignsApi);
  private readonly dialog = viewChild.required<ElementRef<HTMLDialogElement>>('dialog');
  private opener: HTMLElement | null = null;

  protected readonly headingId = `portal-terms-${++nextId}`;
  protected readonly campaign = signal<CampaignDto | null>(null);
  protected readonly saving = signal(false);
  protected readonly status = signal('');
  protected readonly error = signal<string | null>(null);

  open(campaignId = this.campaignId()): void {
    this.opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    this.error.set(null);
    this.status.set('');
    this.campaign.set(null);
    this.dialog().nativeElement.showModal();
    this.api.campaign(campaignId).subscribe({
      next: (campaign) => this.campaign.set(campaign),
      error: (error: unknown) =>
        this.error.set(problemMessage(error, 'Die Nutzungsbedingungen konnten nicht geladen werden.')),
    });
  }

  close(): void {
    this.dialog().nativeElement.close();
  }

  protected closed(): void {
    // Back to the button that opened the dialog.
    this.opener?.focus();
  }

  protected accept(): void {
    const campaign = this.campaign();
    if (!campaign) return;
    this.saving.set(true);
    this.api.acceptTerms(campaign.id, campaign.termsVersion).subscribe({
      next: () => {
        this.saving.set(false);
        this.status.set('Nutzungsbedingungen akzeptiert.');
        this.close();
        this.accepted.emit({ ...campaign, termsAccepted: true });
      },
      error: (error: unknown) => {
        this.saving.set(false);
        this.error.set(problemMessage(error, 'Die Zustimmung konnte nicht gespeichert werden.'));
      },
    });
  }
}
