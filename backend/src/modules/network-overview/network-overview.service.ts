import { Inject, Injectable } from '@nestjs/common';
import { AuditAction, NetworkFigure, NetworkOverviewDto, NETWORK_FIGURES } from '@portal/contracts';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { csvLine, CSV_BOM } from '../../core/csv/csv-write';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { berlinDay } from '../privacy/berlin-day';
import { NetworkOverviewRepository } from './network-overview.repository';

const DAY_MS = 86_400_000;

/** The period: the last `weeks` calendar weeks (Monday to Sunday), the current one included. */
export function overviewPeriod(now: Date, weeks: number): { from: string; to: string; weeks: string[] } {
  const today = new Date(`${berlinDay(now)}T00:00:00Z`);
  const sinceMonday = (today.getUTCDay() + 6) % 7;
  const monday = today.getTime() - sinceMonday * DAY_MS;
  const starts = Array.from({ length: weeks }, (_, index) =>
    new Date(monday - (weeks - 1 - index) * 7 * DAY_MS).toISOString().slice(0, 10),
  );
  return { from: starts[0] ?? berlinDay(now), to: today.toISOString().slice(0, 10), weeks: starts };
}

const percent = (rate: number | null) =>
  rate === null ? '' : `${(rate * 100).toFixed(1).replace('.', ',')} %`;

@Injectable()
export class NetworkOverviewService {
  constructor(
    private readonly repository: NetworkOverviewRepository,
    private readonly clock: Clock,
    private readonly audit: AuditLog,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async overview(weeks: number): Promise<NetworkOverviewDto> {
    const period = overviewPeriod(this.clock.now(), weeks);
    const { from, to } = period;
    return {
      ...period,
      activeUsers: await this.repository.activeUsers(from, to),
      activeUsersTotal: await this.repository.activeUsersTotal(from, to),
      practicesAndAdoptions: await this.repository.practicesAndAdoptions(from, to),
      campaignRollout: await this.repository.campaignRollout(from, to),
      acknowledgementRates: await this.repository.acknowledgementRates(
        from,
        to,
        this.config.acknowledgementMinGroup,
      ),
      acknowledgementMinGroup: this.config.acknowledgementMinGroup,
      searchesWithoutResults: await this.repository.searchesWithoutResults(from, to),
    };
  }

  /** One figure as CSV (semicolons, BOM, formulas neutralised by csv-write); the export is logged. */
  async csv(user: SessionUser, figure: string, weeks: number): Promise<{ fileName: string; body: string }> {
    if (!(NETWORK_FIGURES as readonly string[]).includes(figure)) {
      throw new DomainError(ErrorCode.NotFound, 'Diese Kennzahl gibt es nicht.');
    }
    const data = await this.overview(weeks);
    const lines = this.table(figure as NetworkFigure, data);
    await this.audit.record({
      action: AuditAction.NetworkOverviewExported,
      actor: user,
      target: { type: 'network-overview', id: figure },
      summary: `Netzwerk-Übersicht „${figure}“ als CSV exportiert (${data.from} bis ${data.to})`,
    });
    return {
      fileName: `netzwerk-${figure}-${data.from}-bis-${data.to}.csv`,
      body: CSV_BOM + lines.map((line) => csvLine(line)).join(''),
    };
  }

  private table(figure: NetworkFigure, data: NetworkOverviewDto): (string | number)[][] {
    switch (figure) {
      case NetworkFigure.ActiveUsers:
        return [
          ['Woche ab', 'Organisation', 'Aktive Nutzende'],
          ...data.activeUsers.map((row) => [row.week, row.organisationName, row.activeUsers]),
        ];
      case NetworkFigure.PracticesAdoptions:
        return [
          ['Woche ab', 'Neue Praxisbeispiele', 'Übernahmen'],
          ...data.practicesAndAdoptions.map((row) => [row.week, row.practices, row.adoptions]),
        ];
      case NetworkFigure.CampaignRollout:
        return [
          ['Bundesland', 'Downloads', 'Jobcenter mit Downloads', 'Jobcenter insgesamt'],
          ...data.campaignRollout.map((row) => [
            row.state,
            row.downloads,
            row.organisations,
            row.organisationsTotal,
          ]),
        ];
      case NetworkFigure.AcknowledgementRates:
        return [
          ['Neuigkeit', 'Veröffentlicht', 'Zielgruppe', 'Zur Kenntnis genommen', 'Quote'],
          ...data.acknowledgementRates.map((row) => [
            row.title,
            row.publishedAt,
            row.audience,
            row.acknowledged ?? '',
            percent(row.rate),
          ]),
        ];
      case NetworkFigure.SearchesWithoutResults:
        return [
          ['Suchbegriff', 'Anzahl'],
          ...(data.searchesWithoutResults ?? []).map((row) => [row.query, row.count]),
        ];
    }
  }
}
