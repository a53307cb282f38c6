import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import { AcknowledgementStatsDto } from '@portal/contracts';

const PERCENT = new Intl.NumberFormat('de-DE', { style: 'percent', maximumFractionDigits: 0 });

/**
 * „12 von 40 (30 %)“ — empty audiences read „–“ rather than a division by zero, groups too small
 * to stay anonymous (no count from the server) „keine Angabe“.
 */
export function acknowledgementRate(acknowledged: number | null, audience: number): string {
  if (audience === 0) return '–';
  if (acknowledged === null) return `keine Angabe (${audience} ${audience === 1 ? 'Person' : 'Personen'})`;
  return `${acknowledged} von ${audience} (${PERCENT.format(acknowledged / audience)})`;
}

/** Acknowledgement counts per Jobcenter and in total: aggregates only, never names. */
@Component({
  selector: 'portal-acknowledgement-table',
  template: `
    <table>
      <caption>
        Bestätigungen je Jobcenter: Anzahl der Personen in der Zielgruppe, die die Neuigkeit zur Kenntnis
        genommen haben
      </caption>
      <thead>
        <tr>
          <th scope="col">Jobcenter bzw. Organisation</th>
          <th scope="col">Bestätigt</th>
        </tr>
      </thead>
      <tbody>
        @for (row of stats().organisations; track row.organisation.id) {
          <tr>
            <th scope="row">{{ row.organisation.name }}</th>
            <td>{{ rate(row.acknowledged, row.audience) }}</td>
          </tr>
        }
        @if (stats().smallGroups; as small) {
          <tr>
            <th scope="row">{{ smallGroupsLabel(small.organisations) }}</th>
            <td>{{ rate(small.acknowledged, small.audience) }}</td>
          </tr>
        }
        @if (stats().total.audience === 0) {
          <tr>
            <td colspan="2">Noch niemand aus der Zielgruppe hat sich im Portal angemeldet.</td>
          </tr>
        }
      </tbody>
      <tfoot>
        <tr>
          <th scope="row">Insgesamt</th>
          <td>{{ rate(stats().total.acknowledged, stats().total.audience) }}</td>
        </tr>
      </tfoot>
    </table>
    @if (stats().minimumGroup > 1) {
      <p class="note">
        Organisationen mit weniger als {{ stats().minimumGroup }} Personen in der Zielgruppe erscheinen nur
        zusammengefasst; bleibt eine Gruppe darunter, steht dort keine Anzahl. So ist nicht erkennbar, wer
        bestätigt hat.
      </p>
    }
  `,
  styles: `
    table {
      width: 100%;
      border-collapse: collapse;
    }
    caption {
      text-align: left;
      color: var(--portal-color-text-muted);
      padding-bottom: var(--portal-space-2);
    }
    th,
    td {
      padding: var(--portal-space-2);
      border-bottom: 1px solid var(--portal-color-border);
      text-align: left;
    }
    tfoot th,
    tfoot td {
      font-weight: 700;
    }
    .note {
      color: var(--portal-color-text-muted);
      margin-top: var(--portal-space-2);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AcknowledgementTable {
  readonly stats = input.required<AcknowledgementStatsDto>();
  protected readonly rate = acknowledgementRate;

  protected smallGroupsLabel(organisations: number): string {
    if (organisations === 0) return 'Personen ohne Organisation';
    const which =
      organisations === 1 ? '1 Organisation' : `${organisations.toLocaleString('de-DE')} Organisationen`;
    return `Zusammengefasst: ${which} mit jeweils weniger als ${this.stats().minimumGroup} Personen`;
  }
}
