import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { toObservable, toSignal } from '@angular/core/rxjs-interop';
import { RouterLink } from '@angular/router';
import { NetworkFigure, NetworkOverviewDto, Permission } from '@portal/contracts';
import { DateTimePipe } from '@portal/frontend/shared/ui';
import { catchError, map, of, startWith, switchMap } from 'rxjs';
import { AuthStore } from '../../core/auth/auth-store';
import { BarChart, ChartBar } from './bar-chart';
import { NetworkApi } from './network-api';

type State = { kind: 'loading' } | { kind: 'error' } | { kind: 'ready'; data: NetworkOverviewDto };

const percent = (value: number) => `${(value * 100).toLocaleString('de-DE', { maximumFractionDigits: 1 })} %`;
const dayLabel = (isoDay: string) => {
  const [year, month, day] = isoDay.split('-');
  return `${day}.${month}.${year}`;
};

/** /netzwerk — the coordination's overview: each figure as chart, table and CSV. */
@Component({
  selector: 'app-network-overview-page',
  imports: [BarChart, DateTimePipe, RouterLink],
  templateUrl: './network-overview-page.html',
  styleUrl: './network-overview-page.scss',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class NetworkOverviewPage {
  private readonly api = inject(NetworkApi);
  private readonly auth = inject(AuthStore);

  protected readonly Figure = NetworkFigure;
  protected readonly weekOptions = [4, 12, 26, 52];
  protected readonly weeks = signal(12);
  protected readonly mayHandleReports = computed(() => this.auth.can(Permission.ContentReportsManage));
  protected readonly mayReadFeedback = computed(() => this.auth.can(Permission.AccessibilityFeedbackRead));
  /** /suche/auswertung is guarded by `search:analytics`; show the way there only to those who hold it. */
  protected readonly mayReadSearchAnalytics = computed(() => this.auth.can(Permission.SearchAnalytics));
  protected readonly dayLabel = dayLabel;
  protected readonly percent = percent;

  protected readonly state = toSignal(
    toObservable(this.weeks).pipe(
      switchMap((weeks) =>
        this.api.overview(weeks).pipe(
          map((data): State => ({ kind: 'ready', data })),
          startWith<State>({ kind: 'loading' }),
          catchError(() => of<State>({ kind: 'error' })),
        ),
      ),
    ),
    { initialValue: { kind: 'loading' } as State },
  );

  protected readonly data = computed(() => {
    const state = this.state();
    return state.kind === 'ready' ? state.data : null;
  });

  protected readonly activeBars = computed<ChartBar[]>(() => {
    const data = this.data();
    if (!data) return [];
    const totals = new Map(data.activeUsersTotal.map((row) => [row.week, row.activeUsers]));
    return data.weeks.map((week) => ({ label: `ab ${dayLabel(week)}`, values: [totals.get(week) ?? 0] }));
  });

  protected readonly practiceBars = computed<ChartBar[]>(() => {
    const data = this.data();
    if (!data) return [];
    const rows = new Map(data.practicesAndAdoptions.map((row) => [row.week, row]));
    return data.weeks.map((week) => ({
      label: `ab ${dayLabel(week)}`,
      values: [rows.get(week)?.practices ?? 0, rows.get(week)?.adoptions ?? 0],
    }));
  });

  protected readonly practiceRows = computed(() => {
    const data = this.data();
    if (!data) return [];
    const rows = new Map(data.practicesAndAdoptions.map((row) => [row.week, row]));
    return data.weeks.map((week) => ({
      week,
      practices: rows.get(week)?.practices ?? 0,
      adoptions: rows.get(week)?.adoptions ?? 0,
    }));
  });

  protected readonly rolloutBars = computed<ChartBar[]>(
    () => this.data()?.campaignRollout.map((row) => ({ label: row.state, values: [row.downloads] })) ?? [],
  );

  protected readonly acknowledgementBars = computed<ChartBar[]>(
    () =>
      this.data()?.acknowledgementRates.map((row) => ({ label: row.title, values: [row.rate ?? 0] })) ?? [],
  );

  protected readonly practiceSeries = [
    { name: 'Neue Praxisbeispiele', colour: 'var(--portal-color-primary, #00508c)' },
    { name: 'Übernahmen', colour: '#8a4b00' },
  ];

  protected csvUrl(figure: NetworkFigure): string {
    return this.api.csvUrl(figure, this.weeks());
  }

  protected changeWeeks(event: Event): void {
    this.weeks.set(Number((event.target as HTMLSelectElement).value));
  }
}
