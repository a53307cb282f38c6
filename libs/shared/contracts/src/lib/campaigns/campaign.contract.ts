export const CampaignStatus = {
  Preparation: 'preparation',
  Active: 'active',
  Completed: 'completed',
} as const;
export type CampaignStatus = (typeof CampaignStatus)[keyof typeof CampaignStatus];

export const CAMPAIGN_STATUSES: readonly CampaignStatus[] = Object.values(CampaignStatus);

/** German labels shown in the UI. */
export const CAMPAIGN_STATUS_LABELS: Readonly<Record<CampaignStatus, string>> = {
  preparation: 'In Vorbereitung',
  active: 'Aktiv',
  completed: 'Abgeschlossen',
};

export const CAMPAIGN_LIMITS = {
  name: 200,
  description: 20_000,
  keyMessages: 20,
  keyMessage: 300,
  guidelines: 50_000,
  colours: 20,
  fonts: 10,
  rules: 30,
  rule: 300,
  usageTerms: 20_000,
} as const;

/** A brand colour of the campaign, e.g. „Kampagnenrot“ #C8102E. */
export interface BrandColourDto {
  name: string;
  /** `#RRGGBB`. */
  hex: string;
  usage: string | null;
}

export interface BrandFontDto {
  name: string;
  usage: string | null;
}

/** The brand guidelines page of a campaign. */
export interface BrandGuidelinesDto {
  colours: BrandColourDto[];
  fonts: BrandFontDto[];
  dos: string[];
  donts: string[];
  /** Markdown with further guidance. */
  text: string;
}

export interface CampaignSummaryDto {
  id: string;
  name: string;
  status: CampaignStatus;
  /** ISO dates (YYYY-MM-DD). */
  startsOn: string;
  endsOn: string | null;
}

export interface CampaignDto extends CampaignSummaryDto {
  /** Markdown source and its sanitised rendering. */
  description: string;
  descriptionHtml: string;
  keyMessages: string[];
  guidelines: BrandGuidelinesDto;
  /** Licence text a user accepts once (per terms version) before the first download. */
  usageTerms: string;
  /** Rises whenever the usage terms change; acceptances are recorded per version. */
  termsVersion: number;
  /** Whether the signed-in user has accepted the current terms version. */
  termsAccepted: boolean;
  /** Optimistic locking: send it back with every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
}
