/** „Melden“: anyone can report content to the coordinators, who work through a queue. */
export const CONTENT_REPORT_LIMITS = {
  reason: 1_000,
} as const;

export const ContentReportStatus = {
  Open: 'open',
  Resolved: 'resolved',
} as const;
export type ContentReportStatus = (typeof ContentReportStatus)[keyof typeof ContentReportStatus];

export interface CreateContentReportRequest {
  targetType: string;
  targetId: string;
  /** What is wrong, in the reporter's words. */
  reason: string;
}

export interface ContentReportDto {
  id: string;
  targetType: string;
  targetId: string;
  title: string;
  link: string;
  reason: string;
  status: ContentReportStatus;
  reporter: { id: string; displayName: string } | null;
  createdAt: string;
  resolvedAt: string | null;
  /** Who marked it as handled (null while open, or when that account was deleted). */
  resolver: { id: string; displayName: string } | null;
  resolution: string | null;
}

export interface ContentReportListDto {
  items: ContentReportDto[];
  nextCursor: string | null;
}

export interface ResolveContentReportRequest {
  /** Optional note what was done. */
  resolution?: string;
}
