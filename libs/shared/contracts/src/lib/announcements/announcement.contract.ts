/** How urgent a banner is; `stoerung` and `warnung` are announced as alerts and cannot be dismissed. */
export const AnnouncementSeverity = {
  Info: 'info',
  Warning: 'warnung',
  Outage: 'stoerung',
} as const;
export type AnnouncementSeverity = (typeof AnnouncementSeverity)[keyof typeof AnnouncementSeverity];

export const ANNOUNCEMENT_SEVERITIES: readonly AnnouncementSeverity[] = Object.values(AnnouncementSeverity);

export const ANNOUNCEMENT_SEVERITY_LABELS: Readonly<Record<AnnouncementSeverity, string>> = {
  info: 'Information',
  warnung: 'Warnung',
  stoerung: 'Störung',
};

export const ANNOUNCEMENT_LIMITS = { text: 500 } as const;

export interface AnnouncementDto {
  id: string;
  text: string;
  severity: AnnouncementSeverity;
  /** ISO times; shown from `startsAt` (inclusive) until `endsAt` (exclusive). */
  startsAt: string;
  endsAt: string;
}

/** The banners shown right now (GET /api/announcements/current), most severe first. */
export interface CurrentAnnouncementsDto {
  items: AnnouncementDto[];
}

export interface AnnouncementListDto {
  items: AnnouncementDto[];
}

export interface SaveAnnouncementRequest {
  text: string;
  severity: AnnouncementSeverity;
  startsAt: string;
  endsAt: string;
}
