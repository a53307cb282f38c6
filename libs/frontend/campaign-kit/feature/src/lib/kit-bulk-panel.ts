import {
  ChangeDetectionStrategy,
  Component,
  DestroyRef,
  computed,
  inject,
  input,
  signal,
  viewChild,
} from '@angular/core';
import { takeUntilDestroyed } from '@angular/core/rxjs-interop';
import { HttpErrorResponse } from '@angular/common/http';
import { KIT_BULK_STATUS_LABELS, KitBulkRunDto, TERMS_REQUIRED_CODE } from '@portal/contracts';
import { CampaignKitApi } from '@portal/frontend/campaign-kit/data-access';
import { TermsDialog } from '@portal/frontend/campaigns/terms';
import { problemMessage } from '@portal/frontend/shared/util';
import { Subscription, switchMap, takeWhile, timer } from 'rxjs';

const POLL_MS = 1500;

/** Coordinators: the kit of a template for every Jobcenter (background job, progress, one ZIP). */
@Component({
  selector: 'portal-kit-bulk-panel',
  imports: [TermsDialog],
  template: `
    <section aria-labelledby="kit-bulk-heading">
      <h2 id="kit-bulk-heading">Für alle Jobcenter erstellen</h2>
      <p class="hint">
        Erstellt das Druck-PDF dieser Vorlage für jedes Jobcenter mit den Daten seines Profils – im
        Hintergrund. Sie können die Seite offen lassen und den Fortschritt verfolgen.
      </p>
      <button type="button" class="button" [disabled]="running()" (click)="start()">
        Für alle Jobcenter erstellen
      </button>
      @if (run(); as run) {
        <div class="progress">
          <label for="kit-bulk-progress">Fortschritt</label>
          <progress id="kit-bulk-progress" [max]="run.total || 1" [value]="run.done + run.failed"></progress>
        </div>
      }
      <p class="status" role="status" aria-live="polite">{{ statusText() }}</p>
      @if (run()?.zipUrl; as zipUrl) {
        <a class="button primary" [href]="zipUrl" download>Alle als ZIP herunterladen</a>
      }
      @if (error(); as message) {
        <p class="error" role="alert">{{ message }}</p>
      }
    </section>
    <portal-terms-dialog [campaignId]="campaignId()" (accepted)="start()" />
  `,
  styleUrl: './kit.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class KitBulkPanel {
  readonly templateId = input.required<string>();
  /** The template's campaign: its usage terms come first (the server answers 409 without them). */
  readonly campaignId = input.required<string>();

  private readonly api = inject(CampaignKitApi);
  private readonly destroyRef = inject(DestroyRef);
  private readonly terms = viewChild(TermsDialog);
  private polling?: Subscription;

  protected readonly run = signal<KitBulkRunDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly running = computed(() => {
    const status = this.run()?.status;
    return status === 'queued' || status === 'running';
  });
  protected readonly statusText = computed(() => {
    const run = this.run();
    if (!run) return '';
    const count = `${run.done.toLocaleString('de-DE')} von ${run.total.toLocaleString('de-DE')} Jobcentern erstellt`;
    const failed = run.failed > 0 ? `, ${run.failed.toLocaleString('de-DE')} fehlgeschlagen` : '';
    return `${KIT_BULK_STATUS_LABELS[run.status]}: ${count}${failed}.`;
  });

  protected start(): void {
    this.error.set(null);
    this.api
      .startBulk(this.templateId())
      .pipe(takeUntilDestroyed(this.destroyRef))
      .subscribe({
        next: (run) => {
          this.run.set(run);
          this.poll(run.id);
        },
        error: (error: unknown) => {
          // Terms not (or no longer) accepted: ask for them, then start again.
          if (error instanceof HttpErrorResponse && error.error?.code === TERMS_REQUIRED_CODE) {
            this.terms()?.open();
            return;
          }
          this.error.set(problemMessage(error, 'Der Lauf konnte nicht gestartet werden.'));
        },
      });
  }

  private poll(runId: string): void {
    this.polling?.unsubscribe();
    this.polling = timer(POLL_MS, POLL_MS)
      .pipe(
        switchMap(() => this.api.bulkRun(runId)),
        takeWhile((run) => run.status === 'queued' || run.status === 'running', true),
        takeUntilDestroyed(this.destroyRef),
      )
      .subscribe({
        next: (run) => this.run.set(run),
        error: (error: unknown) =>
          this.error.set(problemMessage(error, 'Der Fortschritt konnte nicht abgefragt werden.')),
      });
  }
}
