/** The campaign kit: templates with personalisable zones, filled per Jobcenter („Für mein Jobcenter anpassen“). */

import type { FileScanDto } from '../storage/stored-file.contract';

/** API paths below `/api` (browser: prefix with `/api/`). */
export const CampaignKitPaths = {
  root: 'campaign-kit',
  templates: 'campaign-kit/templates',
  campaigns: 'campaign-kit/campaigns',
  outputs: 'campaign-kit/outputs',
  organisations: 'campaign-kit/organisations',
  bulkRuns: 'campaign-kit/bulk-runs',
} as const;

export const KitZoneKind = {
  Name: 'name',
  Address: 'address',
  OpeningHours: 'openingHours',
  Phone: 'phone',
  Website: 'website',
  QrCode: 'qrCode',
  Logo: 'logo',
} as const;
export type KitZoneKind = (typeof KitZoneKind)[keyof typeof KitZoneKind];
export const KIT_ZONE_KINDS: readonly KitZoneKind[] = Object.values(KitZoneKind);

/** German labels shown in the UI. */
export const KIT_ZONE_LABELS: Readonly<Record<KitZoneKind, string>> = {
  name: 'Name des Jobcenters',
  address: 'Anschrift',
  openingHours: 'Öffnungszeiten',
  phone: 'Telefon',
  website: 'Webadresse',
  qrCode: 'QR-Code zur Webseite',
  logo: 'Logo des Jobcenters',
};

export const KitAlign = { Left: 'left', Center: 'center', Right: 'right' } as const;
export type KitAlign = (typeof KitAlign)[keyof typeof KitAlign];
export const KIT_ALIGNS: readonly KitAlign[] = Object.values(KitAlign);

export const KitFormat = { Pdf: 'pdf', Png: 'png' } as const;
export type KitFormat = (typeof KitFormat)[keyof typeof KitFormat];

export const KitTemplateFormat = { Pdf: 'pdf', Svg: 'svg' } as const;
export type KitTemplateFormat = (typeof KitTemplateFormat)[keyof typeof KitTemplateFormat];

export const CAMPAIGN_KIT_LIMITS = {
  title: 200,
  zones: 30,
  name: 120,
  address: 300,
  openingHours: 500,
  phone: 60,
  website: 300,
  /** Lines of the multi-line fields (address, opening hours). */
  lines: 8,
  fontSizeMin: 4,
  fontSizeMax: 200,
  /** Templates: largest upload in bytes (50 MiB). */
  templateBytes: 50 * 1024 * 1024,
  /** Logos: largest upload in bytes (5 MiB). */
  logoBytes: 5 * 1024 * 1024,
} as const;

/**
 * A rectangle on one page of a template that is filled per Jobcenter; everything else stays locked.
 * Coordinates in PDF points (SVG: user units), measured from the top-left corner of the page
 * (the PDF's media box, i.e. including bleed).
 */
export interface KitZoneDto {
  kind: KitZoneKind;
  /** 1-based. */
  page: number;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Starting size in points; longer texts shrink to fit. */
  fontSize: number;
  align: KitAlign;
  /** `#RRGGBB`. */
  colour: string;
}

export interface KitPageDto {
  /** Size of the media box in points (SVG: user units). */
  width: number;
  height: number;
}

export interface KitTemplateSummaryDto {
  id: string;
  title: string;
  campaign: { id: string; name: string };
  format: KitTemplateFormat;
  /** Number of the current version (1, 2, …). */
  currentVersion: number;
  zoneKinds: KitZoneKind[];
  updatedAt: string;
}

export interface KitTemplateDto extends KitTemplateSummaryDto {
  pages: KitPageDto[];
  zones: KitZoneDto[];
  /** Optimistic locking: send it back with every change. */
  version: number;
  createdAt: string;
}

export interface KitTemplatePageDto {
  items: KitTemplateSummaryDto[];
  nextCursor: string | null;
}

export interface UpdateKitZonesRequest {
  version: number;
  zones: KitZoneDto[];
}

/** What goes into the zones; prefilled from the organisation's profile, editable before generating. */
export interface KitDataDto {
  name: string;
  /** Lines separated by `\n`. */
  address: string;
  /** Lines separated by `\n`. */
  openingHours: string;
  phone: string;
  /** `http(s)://…`; also the target of the QR code. Empty: QR zone stays empty. */
  website: string;
}

export interface KitProfileDto {
  organisationId: string;
  organisationName: string;
  data: KitDataDto;
  /** Whether the organisation has a logo on file. */
  hasLogo: boolean;
  /**
   * The logo's malware scan (null without a logo): the kit uses it only once available — 409
   * while pending, 403 when blocked — so the profile page tells why.
   */
  logoScan: FileScanDto | null;
}

export interface UpdateKitProfileRequest {
  /** Lines separated by `\n`; empty removes them. */
  openingHours: string;
}

export interface KitRequest {
  organisationId: string;
  data: KitDataDto;
}

export interface KitGenerateRequest extends KitRequest {
  format: KitFormat;
}

export interface KitOutputDto {
  id: string;
  format: KitFormat;
  fileName: string;
  size: number;
  /** True when an identical file was generated before and is reused. */
  cached: boolean;
  /** Absolute browser path of the download. */
  downloadUrl: string;
}

export const KitBulkStatus = {
  Queued: 'queued',
  Running: 'running',
  Done: 'done',
  Failed: 'failed',
} as const;
export type KitBulkStatus = (typeof KitBulkStatus)[keyof typeof KitBulkStatus];

export const KIT_BULK_STATUS_LABELS: Readonly<Record<KitBulkStatus, string>> = {
  queued: 'Wartet',
  running: 'Läuft',
  done: 'Fertig',
  failed: 'Fehlgeschlagen',
};

export interface KitBulkRunDto {
  id: string;
  templateId: string;
  status: KitBulkStatus;
  total: number;
  done: number;
  failed: number;
  /** Browser path of the ZIP once the run is done. */
  zipUrl: string | null;
  createdAt: string;
  finishedAt: string | null;
}

export interface KitCampaignOptionDto {
  id: string;
  name: string;
}
