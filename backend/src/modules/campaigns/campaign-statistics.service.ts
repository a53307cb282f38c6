import { Injectable } from '@nestjs/common';
import {
  BUNDESLAENDER,
  type CampaignRolloutDto,
  type CampaignStatisticsDto,
  type CampaignStatisticsQuery,
  type RolloutStateDto,
} from '@portal/contracts';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CampaignDownloadsRepository } from './campaign-downloads.repository';
import { CampaignsRepository } from './campaigns.repository';

const TOP = 10;
const DEFAULT_DAYS = 30;
const MAX_DAYS = 366;

function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

/** The coordinators' dashboard: top assets, downloads per day, roll-out per Bundesland. */
@Injectable()
export class CampaignStatisticsService {
  constructor(
    private readonly downloads: CampaignDownloadsRepository,
    private readonly campaigns: CampaignsRepository,
    private readonly clock: Clock,
  ) {}

  async statistics(query: CampaignStatisticsQuery): Promise<CampaignStatisticsDto> {
    const to = query.to ?? (await this.downloads.today(this.clock.now()));
    const from = query.from ?? addDays(to, -(DEFAULT_DAYS - 1));
    if (Number.isNaN(Date.parse(from)) || Number.isNaN(Date.parse(to)) || from > to) {
      const problem = 'Der Zeitraum ist ungültig: „von“ muss vor „bis“ liegen.';
      throw new DomainError(ErrorCode.ValidationFailed, problem, { from: [problem] });
    }
    if (addDays(from, MAX_DAYS) <= to) {
      const problem = `Der Zeitraum darf höchstens ${MAX_DAYS} Tage umfassen.`;
      throw new DomainError(ErrorCode.ValidationFailed, problem, { from: [problem] });
    }
    const campaignId = query.campaignId ?? null;
    const [topAssets, days, kit] = await Promise.all([
      this.downloads.topAssets(campaignId, from, to, TOP),
      this.downloads.perDay(campaignId, from, to),
      this.downloads.kitTotals(campaignId, from, to),
    ]);
    const byDay = new Map(days.map((row) => [row.day, row]));
    const perDay: CampaignStatisticsDto['perDay'] = [];
    for (let day = from; day <= to; day = addDays(day, 1)) {
      const row = byDay.get(day);
      perDay.push({ day, downloads: row?.downloads ?? 0, kitDownloads: row?.kitDownloads ?? 0 });
    }
    const total = perDay.reduce((sum, row) => sum + row.downloads + row.kitDownloads, 0);
    return { from, to, total, topAssets, kit, perDay };
  }

  /** Per Bundesland: how many Jobcenter downloaded anything of the campaign, and which not yet. */
  async rollout(campaignId: string): Promise<CampaignRolloutDto> {
    if (!(await this.campaigns.findById(campaignId)))
      throw new DomainError(ErrorCode.NotFound, 'Diese Kampagne gibt es nicht.');
    const rows = await this.downloads.jobcenterReach(campaignId);
    const states = new Map<string, RolloutStateDto>();
    for (const row of rows) {
      const entry = states.get(row.state) ?? { state: row.state, jobcenters: 0, reached: 0, missing: [] };
      entry.jobcenters++;
      if (row.reached) entry.reached++;
      else entry.missing.push({ id: row.id, name: row.name });
      states.set(row.state, entry);
    }
    const order = (state: string) => {
      const index = (BUNDESLAENDER as readonly string[]).indexOf(state);
      return index < 0 ? BUNDESLAENDER.length : index;
    };
    const list = [...states.values()].sort((a, b) => order(a.state) - order(b.state));
    return {
      campaignId,
      jobcenters: rows.length,
      reached: rows.filter((row) => row.reached).length,
      states: list,
    };
  }
}
