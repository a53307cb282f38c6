import { ChangeDetectionStrategy, Component, computed, effect, inject, signal } from '@angular/core';
import { toSignal } from '@angular/core/rxjs-interop';
import { FormsModule } from '@angular/forms';
import { RouterLink } from '@angular/router';
import { ASSET_TYPE_LABELS, type CampaignRolloutDto, type CampaignStatisticsDto } from '@portal/contracts';
import { CampaignsApi } from '@portal/frontend/campaigns/data-access';
import { problemMessage } from '@portal/frontend/shared/util';
import { map } from 'rxjs';
import { DownloadsChart } from './downloads-chart';

/** /kampagnen/statistik — coordinators' dashboard: top assets, downloads over time, roll-out. */
@Component({
  selector: 'portal-statistics-page',
  imports: [FormsModule, RouterLink, DownloadsChart],
  template: `
    <p><a routerLink="/kampagnen">← Zurück zu den Kampagnen</a></p>
    <h1>Statistik der Kampagnen</h1>
    <p>Downloads werden je Material, Organisation und Tag gezählt – nicht je Person.</p>
    <form class="filters" (submit)="$event.preventDefault(); reload()">
      <label>
        Kampagne
        <select name="campaign" [(ngModel)]="campaignId" (ngModelChange)="reload()">
          <option value="">Alle Kampagnen</option>
          @for (campaign of campaigns(); track campaign.id) {
            <option [value]="campaign.id">{{ campaign.name }}</option>
          }
        </select>
      </label>
      <label>
        Von
        <input type="date" name="from" [(ngModel)]="from" />
      </label>
      <label>
        Bis
        <input type="date" name="to" [(ngModel)]="to" />
      </label>
      <button type="submit" class="button">Anzeigen</button>
    </form>
    <p role="status" aria-live="polite">{{ status() }}</p>
    @if (error(); as error) {
      <p role="alert">{{ error }}</p>
    }
    @if (stats(); as stats) {
      <section aria-labelledby="time-heading">
        <h2 id="time-heading">Downloads im Zeitverlauf</h2>
        <p>
          {{ stats.total.toLocaleString('de-DE') }} Downloads vom {{ german(stats.from) }} bis
          {{ german(stats.to) }}, davon {{ stats.kit.downloads.toLocaleString('de-DE') }} {{ kitLabel }}.
        </p>
        <portal-downloads-chart [days]="chartDays()" />
        <details>
          <summary>Zahlen als Tabelle</summary>
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="per-day-caption">
            <table>
              <caption id="per-day-caption">
                Downloads je Tag
              </caption>
              <thead>
                <tr>
                  <th scope="col">Tag</th>
                  <th scope="col" class="number">Material</th>
                  <th scope="col" class="number">{{ kitLabel }}</th>
                </tr>
              </thead>
              <tbody>
                @for (day of stats.perDay; track day.day) {
                  <tr>
                    <th scope="row">{{ german(day.day) }}</th>
                    <td class="number">{{ day.downloads.toLocaleString('de-DE') }}</td>
                    <td class="number">{{ day.kitDownloads.toLocaleString('de-DE') }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        </details>
      </section>
      <section aria-labelledby="top-heading">
        <h2 id="top-heading">Meistgeladenes Material</h2>
        @if (stats.topAssets.length || stats.kit.downloads) {
          <div class="table-scroll" role="region" tabindex="0" aria-labelledby="top-assets-caption">
            <table>
              <caption id="top-assets-caption">
                Die zehn meistgeladenen Materialien im Zeitraum, dazu das personalisierte Kampagnen-Kit
              </caption>
              <thead>
                <tr>
                  <th scope="col">Material</th>
                  <th scope="col">Art</th>
                  <th scope="col" class="number">Downloads</th>
                  <th scope="col" class="number">Organisationen</th>
                </tr>
              </thead>
              <tbody>
                @for (asset of stats.topAssets; track asset.id) {
                  <tr>
                    <th scope="row">
                      <a [routerLink]="['/kampagnen/material', asset.id]">{{ asset.title }}</a>
                    </th>
                    <td>{{ typeLabels[asset.type] }}</td>
                    <td class="number">{{ asset.downloads.toLocaleString('de-DE') }}</td>
                    <td class="number">{{ asset.organisations.toLocaleString('de-DE') }}</td>
                  </tr>
                }
                @if (stats.kit.downloads) {
                  <tr>
                    <th scope="row">{{ kitLabel }}</th>
                    <td>Vorlagen für das eigene Jobcenter</td>
                    <td class="number">{{ stats.kit.downloads.toLocaleString('de-DE') }}</td>
                    <td class="number">{{ stats.kit.organisations.toLocaleString('de-DE') }}</td>
                  </tr>
                }
              </tbody>
            </table>
          </div>
        } @else {
          <p>Im Zeitraum wurde nichts heruntergeladen.</p>
        }
      </section>
    }
    @if (!campaignId) {
      <p>Den Roll-out nach Bundesland zeigt die Statistik einer einzelnen Kampagne.</p>
    } @else if (rollout(); as rollout) {
      <section aria-labelledby="rollout-heading">
        <h2 id="rollout-heading">Roll-out nach Bundesland</h2>
        <p>
          {{ rollout.reached }} von {{ rollout.jobcenters }} Jobcentern haben bereits Material dieser Kampagne
          heruntergeladen.
        </p>
        <div class="table-scroll" role="region" tabindex="0" aria-labelledby="rollout-caption">
          <table>
            <caption id="rollout-caption">
              Jobcenter je Bundesland, die noch nichts heruntergeladen haben
            </caption>
            <thead>
              <tr>
                <th scope="col">Bundesland</th>
                <th scope="col" class="number">erreicht</th>
                <th scope="col">noch ohne Download</th>
              </tr>
            </thead>
            <tbody>
              @for (state of rollout.states; track state.state) {
                <tr>
                  <th scope="row">{{ state.state }}</th>
                  <td class="number">{{ state.reached }} / {{ state.jobcenters }}</td>
                  <td>
                    @if (state.missing.length === 0) {
                      alle erreicht
                    } @else {
                      <details>
                        <summary>{{ state.missing.length }} Jobcenter</summary>
                        <ul>
                          @for (jobcenter of state.missing; track jobcenter.id) {
                            <li>{{ jobcenter.name }}</li>
                          }
                        </ul>
                      </details>
                    }
                  </td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </section>
    }
  `,
  styles: `
    .filters {
      display: flex;
      flex-wrap: wrap;
      gap: var(--portal-space-3);
      align-items: end;
    }
    .filters label {
      display: grid;
      gap: var(--portal-space-1);
      font-weight: 600;
    }
    .filters input,
    .filters select {
      min-height: 2.75rem;
      font: inherit;
    }
    table {
      border-collapse: collapse;
      margin-block: var(--portal-space-3);
    }
    th,
    td {
      text-align: left;
      padding: var(--portal-space-1) var(--portal-space-3);
      border-bottom: 1px solid var(--portal-color-border);
      vertical-align: top;
    }
    .number {
      text-align: right;
    }
    caption {
      text-align: left;
      font-weight: 600;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatisticsPage {
  private readonly api = inject(CampaignsApi);

  protected readonly typeLabels = ASSET_TYPE_LABELS;
  protected readonly kitLabel = 'Kampagnen-Kit (personalisiert)';
  protected readonly campaigns = toSignal(this.api.campaigns().pipe(map((list) => list.items)), {
    initialValue: [],
  });
  /** '' = all campaigns (the network's totals). */
  protected campaignId = '';
  private chosenInitially = false;
  protected from = '';
  protected to = '';
  protected readonly stats = signal<CampaignStatisticsDto | null>(null);
  protected readonly rollout = signal<CampaignRolloutDto | null>(null);
  protected readonly error = signal<string | null>(null);
  protected readonly loading = signal(false);
  /** The chart shows every download of the day: material and personalised kit files. */
  protected readonly chartDays = computed(() =>
    (this.stats()?.perDay ?? []).map((row) => ({
      day: row.day,
      downloads: row.downloads + row.kitDownloads,
    })),
  );
  protected readonly status = computed(() => (this.loading() ? 'Statistik wird geladen …' : ''));

  constructor() {
    effect(() => {
      const campaigns = this.campaigns();
      const chosen = campaigns.find((campaign) => campaign.status === 'active') ?? campaigns[0];
      if (!this.chosenInitially && chosen) {
        this.chosenInitially = true;
        this.campaignId = chosen.id;
        this.reload();
      }
    });
  }

  protected german(day: string): string {
    return new Date(`${day}T12:00:00`).toLocaleDateString('de-DE');
  }

  protected reload(): void {
    this.loading.set(true);
    this.error.set(null);
    this.api
      .statistics({
        campaignId: this.campaignId || undefined,
        from: this.from || undefined,
        to: this.to || undefined,
      })
      .subscribe({
        next: (stats) => {
          this.stats.set(stats);
          this.from = stats.from;
          this.to = stats.to;
          this.loading.set(false);
        },
        error: (error: unknown) => {
          this.loading.set(false);
          this.error.set(problemMessage(error, 'Die Statistik konnte nicht geladen werden.'));
        },
      });
    this.rollout.set(null);
    if (!this.campaignId) return;
    this.api.rollout(this.campaignId).subscribe({
      next: (rollout) => this.rollout.set(rollout),
      error: () => this.rollout.set(null),
    });
  }
}
