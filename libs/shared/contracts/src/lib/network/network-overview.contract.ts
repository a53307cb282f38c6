/** The coordinators' network overview: each figure as rows, the same rows feed chart, table and CSV. */
export interface WeeklyActiveUsersRow {
  /** Monday of the ISO week, YYYY-MM-DD (Berlin). */
  week: string;
  organisationId: string | null;
  organisationName: string;
  activeUsers: number;
}

export interface WeeklyCountRow {
  week: string;
  practices: number;
  adoptions: number;
}

export interface StateCountRow {
  /** The Bundesland (German name). */
  state: string;
  downloads: number;
  /** Organisations of the Land that downloaded at least one asset. */
  organisations: number;
  /** Organisations of the Land (directory). */
  organisationsTotal: number;
}

export interface AcknowledgementRateRow {
  newsId: string;
  title: string;
  publishedAt: string;
  audience: number;
  /** null (and rate null) below the operator's ACKNOWLEDGEMENT_MIN_GROUP: too few to stay anonymous. */
  acknowledged: number | null;
  /** 0..1, null with an empty or too small audience. */
  rate: number | null;
}

export interface SearchWithoutResultsRow {
  query: string;
  count: number;
}

export interface NetworkOverviewDto {
  /** First and last day covered (YYYY-MM-DD, Berlin). */
  from: string;
  to: string;
  weeks: string[];
  activeUsers: WeeklyActiveUsersRow[];
  /** Network-wide distinct active users per week. */
  activeUsersTotal: { week: string; activeUsers: number }[];
  practicesAndAdoptions: WeeklyCountRow[];
  campaignRollout: StateCountRow[];
  acknowledgementRates: AcknowledgementRateRow[];
  /** Smallest audience shown with its acknowledgement count (the operator's ACKNOWLEDGEMENT_MIN_GROUP). */
  acknowledgementMinGroup: number;
  /** Null while the search has no statistics (section explains). */
  searchesWithoutResults: SearchWithoutResultsRow[] | null;
}

export const NetworkFigure = {
  ActiveUsers: 'aktive-nutzende',
  PracticesAdoptions: 'praxis-uebernahmen',
  CampaignRollout: 'kampagnen-rollout',
  AcknowledgementRates: 'kenntnisnahmen',
  SearchesWithoutResults: 'suchen-ohne-treffer',
} as const;
export type NetworkFigure = (typeof NetworkFigure)[keyof typeof NetworkFigure];
export const NETWORK_FIGURES: readonly NetworkFigure[] = Object.values(NetworkFigure);

export const NETWORK_OVERVIEW_MAX_WEEKS = 52;
export const NETWORK_OVERVIEW_DEFAULT_WEEKS = 12;
