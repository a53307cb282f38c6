import type { Role } from '../auth/roles';
import type { FileScanDto } from '../storage/stored-file.contract';
import type { OrganisationState } from '../organisations/organisation.contract';
import type { CampaignStatus, CampaignSummaryDto } from './campaign.contract';

export const AssetType = {
  Logo: 'logo',
  Poster: 'poster',
  Flyer: 'flyer',
  SocialTile: 'social-tile',
  Presentation: 'presentation',
  Video: 'video',
  TextBlock: 'text-block',
  PressRelease: 'press-release',
} as const;
export type AssetType = (typeof AssetType)[keyof typeof AssetType];
export const ASSET_TYPES: readonly AssetType[] = Object.values(AssetType);

export const ASSET_TYPE_LABELS: Readonly<Record<AssetType, string>> = {
  logo: 'Logo',
  poster: 'Plakat',
  flyer: 'Flyer',
  'social-tile': 'Social-Media-Kachel',
  presentation: 'Präsentation',
  video: 'Video',
  'text-block': 'Textbaustein',
  'press-release': 'Pressemitteilung',
};

/** Visual asset types: they need an alternative text. */
export const IMAGE_ASSET_TYPES: readonly AssetType[] = ['logo', 'poster', 'flyer', 'social-tile'];

/** File formats of variants, by the media type detected from their content. */
export const ASSET_FORMATS = {
  pdf: 'application/pdf',
  png: 'image/png',
  jpg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  eps: 'application/postscript',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  mp4: 'video/mp4',
  txt: 'text/plain',
  csv: 'text/csv',
} as const;
export type AssetFormat = keyof typeof ASSET_FORMATS;
export const ASSET_FORMAT_KEYS = Object.keys(ASSET_FORMATS) as AssetFormat[];

/** Short label of a media type („PDF“, „PNG“ …); the media type itself when unknown. */
export function assetFormatLabel(mediaType: string): string {
  const entry = Object.entries(ASSET_FORMATS).find(([, type]) => type === mediaType);
  return entry ? entry[0].toUpperCase() : mediaType;
}

/** `accept` for the upload picker; the server checks the content. */
export const ASSET_FILE_ACCEPT =
  '.pdf,.png,.jpg,.jpeg,.gif,.webp,.svg,.eps,.docx,.xlsx,.pptx,.odt,.ods,.odp,.mp4,.m4v,.txt,.csv';

export const ASSET_LIMITS = {
  title: 200,
  description: 5_000,
  tags: 20,
  tag: 40,
  altText: 300,
  versionNote: 500,
  variants: 20,
  /** Assets in one selection ZIP. */
  selection: 100,
} as const;

export const AssetSort = {
  Newest: 'newest',
  Oldest: 'oldest',
  Title: 'title',
} as const;
export type AssetSort = (typeof AssetSort)[keyof typeof AssetSort];
export const ASSET_SORTS: readonly AssetSort[] = Object.values(AssetSort);
export const ASSET_SORT_LABELS: Readonly<Record<AssetSort, string>> = {
  newest: 'Neueste zuerst',
  oldest: 'Älteste zuerst',
  title: 'Titel (A–Z)',
};

/**
 * Where an asset stands for its users; coordinators see every state, everyone else only
 * `available` ones (the rest answers 404).
 */
export const AssetState = {
  /** No version uploaded yet. */
  Draft: 'draft',
  /** Before its available-from time (embargo). */
  Embargoed: 'embargoed',
  Available: 'available',
  /** At or past its expires-on time. */
  Expired: 'expired',
} as const;
export type AssetState = (typeof AssetState)[keyof typeof AssetState];
export const ASSET_STATE_LABELS: Readonly<Record<AssetState, string>> = {
  draft: 'Ohne Datei',
  embargoed: 'Sperrfrist',
  available: 'Verfügbar',
  expired: 'Abgelaufen',
};

/** One file of a version (a variant: PDF, PNG, SVG …). */
export interface AssetFileDto {
  id: string;
  name: string;
  mediaType: string;
  size: number;
  /** Download address (counts the download; needs accepted terms). */
  url: string;
  /** Malware scan: only available files can be downloaded (coordinators see why not). */
  scan: FileScanDto;
  /**
   * The search found no text in it (a scanned PDF: findable by its name only). Told to those who
   * may edit assets; null for everyone else.
   */
  textMissing: boolean | null;
}

export interface AssetVersionDto {
  id: string;
  /** 1, 2, 3 … */
  number: number;
  note: string | null;
  createdAt: string;
  files: AssetFileDto[];
  /** Older versions are downloadable for coordinators only. */
  downloadable: boolean;
}

export interface AssetSummaryDto {
  id: string;
  title: string;
  type: AssetType;
  tags: string[];
  campaign: CampaignSummaryDto;
  state: AssetState;
  /** Roles that may see it; empty = everyone. */
  roles: Role[];
  altText: string | null;
  /** Small preview of the latest version (null while none is ready: show a placeholder). */
  thumbnailUrl: string | null;
  /** Large preview of the latest version (same rule). */
  previewUrl: string | null;
  /** Formats of the latest version's variants, e.g. ["pdf", "png"]. */
  formats: string[];
  availableFrom: string | null;
  expiresAt: string | null;
  latestVersion: number | null;
  updatedAt: string;
}

export interface AssetDto extends AssetSummaryDto {
  description: string;
  replacementId: string | null;
  /** The asset replacing this one, when this user may see it (the detail page links to it). */
  replacement: { id: string; title: string } | null;
  /** Newest first; for non-coordinators only the latest. */
  versions: AssetVersionDto[];
  /** Whether the user has accepted the current terms of the asset's campaign. */
  termsAccepted: boolean;
  termsVersion: number;
  version: number;
  createdAt: string;
}

export interface AssetListDto {
  items: AssetSummaryDto[];
  nextCursor: string | null;
}

export interface AssetListQuery {
  campaignId?: string;
  type?: AssetType;
  format?: AssetFormat;
  tag?: string;
  sort?: AssetSort;
  cursor?: string;
  limit?: number;
}

export interface SaveAssetRequest {
  campaignId: string;
  title: string;
  description: string;
  type: AssetType;
  tags: string[];
  altText: string | null;
  /** ISO date-times; null = no embargo / no expiry. */
  availableFrom: string | null;
  expiresAt: string | null;
  roles: Role[];
  /** The asset replacing this one (shown in recall notifications). */
  replacementId: string | null;
}

export interface UpdateAssetRequest extends Omit<SaveAssetRequest, 'campaignId'> {
  version: number;
}

export interface AcceptTermsRequest {
  /** The terms version the user read; a newer one answers 409. */
  termsVersion: number;
}

export interface TermsAcceptanceDto {
  campaignId: string;
  termsVersion: number;
  acceptedAt: string;
}

/** Problem `code` of a download before the campaign's terms are accepted. */
export const TERMS_REQUIRED_CODE = 'campaign-terms-required';

export interface CampaignListDto {
  items: CampaignSummaryDto[];
}

export interface SaveCampaignRequest {
  name: string;
  status: CampaignStatus;
  startsOn: string;
  endsOn: string | null;
  description: string;
  keyMessages: string[];
  guidelines: {
    colours: { name: string; hex: string; usage: string | null }[];
    fonts: { name: string; usage: string | null }[];
    dos: string[];
    donts: string[];
    text: string;
  };
  usageTerms: string;
}

export interface UpdateCampaignRequest extends SaveCampaignRequest {
  version: number;
}

export interface CampaignStatisticsQuery {
  campaignId?: string;
  /** YYYY-MM-DD, inclusive; default: the last 30 days. */
  from?: string;
  to?: string;
}

export interface CampaignStatisticsDto {
  from: string;
  to: string;
  /** Material and personalised kit files together. */
  total: number;
  topAssets: { id: string; title: string; type: AssetType; downloads: number; organisations: number }[];
  /** Personalised kit files („Kampagnen-Kit“), counted per organisation and day like material. */
  kit: { downloads: number; organisations: number };
  /** Every day of the range, zeros included; `downloads` is material, `kitDownloads` kit files. */
  perDay: { day: string; downloads: number; kitDownloads: number }[];
}

export interface RolloutStateDto {
  state: OrganisationState;
  jobcenters: number;
  reached: number;
  /** Jobcenter without any download of the campaign yet. */
  missing: { id: string; name: string }[];
}

export interface CampaignRolloutDto {
  campaignId: string;
  jobcenters: number;
  reached: number;
  states: RolloutStateDto[];
}
