import { ChangeDetectionStrategy, Component, computed, inject, signal, viewChild } from '@angular/core';
import { RouterLink } from '@angular/router';
import { AssetSelection, CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { HttpErrorResponse } from '@angular/common/http';
import type { CampaignDto } from '@portal/contracts';
import { catchError, forkJoin, Observable, of, throwError } from 'rxjs';
import { startDownload } from './download';
import { TermsDialog } from '@portal/frontend/campaigns/terms';

/** /kampagnen/auswahl — the selection basket, downloaded as one ZIP. */
@Component({
  selector: 'portal-selection-page',
  imports: [RouterLink, TermsDialog],
  template: `
    <p><a routerLink="/kampagnen">← Zurück zu den Kampagnen</a></p>
    <h1>Meine Auswahl</h1>
    @if (selection.count() === 0) {
      <p>Ihre Auswahl ist leer. Fügen Sie Material über „Zur Auswahl hinzufügen“ hinzu.</p>
    } @else {
      <p>
        {{ selection.count() }} {{ selection.count() === 1 ? 'Material' : 'Materialien' }} ausgewählt. Die
        ZIP-Datei enthält jeweils die aktuelle Version aller Formate, die Sie herunterladen dürfen.
      </p>
      <ul class="items">
        @for (item of selection.items(); track item.id) {
          <li>
            <a [routerLink]="['/kampagnen/material', item.id]">{{ item.title }}</a>
            <span class="campaign">{{ item.campaignName }}</span>
            <button
              type="button"
              class="button"
              (click)="remove(item.id, item.title)"
              [attr.aria-label]="'Entfernen: ' + item.title"
            >
              Entfernen
            </button>
          </li>
        }
      </ul>
      <div class="actions">
        <button type="button" class="button primary" (click)="download()" [disabled]="checking()">
          Auswahl als ZIP herunterladen
        </button>
        <button type="button" class="button" (click)="clear()">Auswahl leeren</button>
      </div>
    }
    <p role="status" aria-live="polite">{{ status() }}</p>
    <portal-terms-dialog (accepted)="download()" />
  `,
  styles: `
    .items {
      display: grid;
      gap: var(--portal-space-2);
      padding-left: 1.25rem;
    }
    .items li {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-3);
      align-items: center;
    }
    .campaign {
      color: var(--portal-color-text-muted);
    }
    .actions {
      display: flex;
      gap: var(--portal-space-3);
      margin-top: var(--portal-space-4);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SelectionPage {
  protected readonly selection = inject(AssetSelection);
  private readonly api = inject(CampaignsApi);
  private readonly terms = viewChild(TermsDialog);
  protected readonly status = signal('');
  protected readonly checking = signal(false);
  private readonly campaignIds = computed(() => [
    ...new Set(this.selection.items().map((item) => item.campaignId)),
  ]);

  /** The campaign, or null when it is gone or hidden now (404); other errors fail the check. */
  private campaignOrGone(id: string): Observable<CampaignDto | null> {
    return this.api
      .campaign(id)
      .pipe(
        catchError((error: unknown) =>
          error instanceof HttpErrorResponse && error.status === 404 ? of(null) : throwError(() => error),
        ),
      );
  }

  protected remove(id: string, title: string): void {
    this.selection.remove(id);
    this.status.set(`„${title}“ entfernt.`);
  }

  protected clear(): void {
    this.selection.clear();
    this.status.set('Die Auswahl ist leer.');
  }

  /**
   * Terms of every campaign in the basket first (one dialog at a time), then the ZIP. Items of
   * campaigns the user can no longer see are dropped (and named) instead of refusing everything.
   */
  protected download(): void {
    this.checking.set(true);
    forkJoin(this.campaignIds().map((id) => this.campaignOrGone(id))).subscribe({
      next: (campaigns) => {
        const gone = new Set(this.campaignIds().filter((_id, index) => !campaigns[index]));
        const dropped = this.selection.items().filter((item) => gone.has(item.campaignId));
        for (const item of dropped) this.selection.remove(item.id);
        const droppedText = dropped.length
          ? `Nicht mehr verfügbar und aus der Auswahl entfernt: ${dropped.map((item) => `„${item.title}“`).join(', ')}. `
          : '';
        const missing = campaigns.find((campaign) => campaign && !campaign.termsAccepted);
        if (missing) {
          this.checking.set(false);
          this.status.set(droppedText);
          this.terms()?.open(missing.id);
          return;
        }
        const ids = this.selection.items().map((item) => item.id);
        if (ids.length === 0) {
          this.checking.set(false);
          this.status.set(`${droppedText}Es ist nichts mehr zum Herunterladen übrig.`);
          return;
        }
        const url = this.api.selectionZipUrl(ids);
        this.api.zipProblem(url).subscribe((problem) => {
          this.checking.set(false);
          if (problem) {
            this.status.set(`${droppedText}${problem}`);
            return;
          }
          this.status.set(`${droppedText}Der Download der ZIP-Datei beginnt.`);
          startDownload(url);
        });
      },
      error: () => {
        this.checking.set(false);
        this.status.set(
          'Die Kampagnen der Auswahl konnten nicht geprüft werden. Bitte versuchen Sie es erneut.',
        );
      },
    });
  }
}
