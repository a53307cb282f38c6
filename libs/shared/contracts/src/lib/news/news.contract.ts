import type { AuthorSummaryDto } from '../privacy/privacy.contract';
import type { OrganisationState, OrganisationSummaryDto } from '../organisations/organisation.contract';
import type { AudienceDto } from './audience.contract';
import type { NewsAttachmentDto, NewsCoverDto } from './news-file.contract';

export const NEWS_CATEGORY_LABELS = {
  kampagne: 'Kampagne',
  digitalisierung: 'Digitalisierung',
  veranstaltung: 'Veranstaltung',
  'recht-politik': 'Recht & Politik',
  netzwerk: 'Aus dem Netzwerk',
} as const;
export type NewsCategory = keyof typeof NEWS_CATEGORY_LABELS;
export const NEWS_CATEGORIES = Object.keys(NEWS_CATEGORY_LABELS) as NewsCategory[];

export const NewsStatus = {
  Draft: 'draft',
  Published: 'published',
  Archived: 'archived',
} as const;
export type NewsStatus = (typeof NewsStatus)[keyof typeof NewsStatus];

export const NEWS_LIMITS = {
  title: 200,
  teaser: 500,
  body: 50_000,
  audienceEntries: 200,
  query: 200,
} as const;

/** Shared with every content type; „ehemalige Person“ once the account is deleted. */
export type NewsAuthorDto = AuthorSummaryDto;

/** A news item in the feed. */
export interface NewsSummaryDto {
  id: string;
  title: string;
  teaser: string;
  category: NewsCategory;
  important: boolean;
  /** Written for the demonstration of the portal: lists and the detail page say so. */
  demo: boolean;
  /** Publication time; in the future while the item is scheduled. */
  publishedAt: string | null;
  /** Set when the item was edited after publication („aktualisiert am“). */
  editedAt: string | null;
  organisation: OrganisationSummaryDto | null;
  author: NewsAuthorDto | null;
  /** On top of the feed until `pinnedUntil`. */
  pinned: boolean;
  /** The reader has not opened it yet. */
  unread: boolean;
  /** Expired or archived: out of the feed, still reachable by link and in the archive. */
  archived: boolean;
  cover: NewsCoverDto | null;
}

export interface NewsDto extends NewsSummaryDto {
  /** Markdown as written (for editing). */
  body: string;
  /** The body rendered and sanitised: safe to insert as HTML. */
  bodyHtml: string;
  status: NewsStatus;
  /** Published with `publishedAt` still ahead: readers do not see it yet (no acknowledging, no comments). */
  scheduled: boolean;
  audience: AudienceDto;
  commentsEnabled: boolean;
  pinnedUntil: string | null;
  expiresAt: string | null;
  /** When this reader confirmed „Zur Kenntnis genommen“ (important items only). */
  acknowledgedAt: string | null;
  /** What the reader may do with this item (the server decides; the UI only shows it). */
  mayEdit: boolean;
  mayViewAcknowledgements: boolean;
  /** Optimistic locking: send it back with every change. */
  version: number;
  createdAt: string;
  /** In the order they were added. */
  attachments: NewsAttachmentDto[];
}

/** How many active people an audience reaches (GET /api/news/audience-preview), before publishing. */
export interface NewsAudiencePreviewDto {
  recipients: number;
}

export interface NewsFeedDto {
  /** Pinned items (first page only, not repeated in `items`). */
  pinned: NewsSummaryDto[];
  items: NewsSummaryDto[];
  /** Opaque; pass as `cursor` for the next page, null at the end. */
  nextCursor: string | null;
}

export interface NewsFeedQuery {
  cursor?: string;
  limit?: number;
  category?: NewsCategory;
  /** Items addressed to this Land or published by an organisation in it. */
  state?: OrganisationState;
  /** ISO dates (inclusive) on the publication time. */
  from?: string;
  to?: string;
  /** Words; quotes for phrases, `-wort` excludes, `oder` for alternatives. */
  q?: string;
  /** The archive instead of the current feed. */
  archived?: boolean;
}

/** Drafts and scheduled items the user may edit (the author's desk). */
export interface NewsDraftListDto {
  items: NewsSummaryDto[];
}

export interface CreateNewsRequest {
  title: string;
  teaser: string;
  body: string;
  category: NewsCategory;
  important?: boolean;
  audience: AudienceDto;
  /** Default true. */
  commentsEnabled?: boolean;
  /** ISO time; null or omitted: not pinned. */
  pinnedUntil?: string | null;
  /** ISO time; null or omitted: never expires. */
  expiresAt?: string | null;
}

export interface UpdateNewsRequest extends CreateNewsRequest {
  version: number;
}

export interface PublishNewsRequest {
  version: number;
  /**
   * ISO time; omitted or past means now, future means scheduled. An item already live keeps its
   * publication date: publishing it again changes nothing.
   */
  publishAt?: string;
}

export interface NewsPreviewRequest {
  body: string;
}

export interface NewsPreviewDto {
  html: string;
}

export interface AcknowledgementCountDto {
  /** null when the group has fewer than `minimumGroup` people (too few to stay anonymous). */
  acknowledged: number | null;
  /** People in the audience (active accounts); the rate is acknowledged / audience. */
  audience: number;
}

/** Aggregates only: who read what stays private (works council rules). */
export interface AcknowledgementStatsDto {
  total: AcknowledgementCountDto;
  /**
   * Smallest group shown with its count (ACKNOWLEDGEMENT_MIN_GROUP of the operator; 1: every
   * group). Smaller organisations are pooled in `smallGroups`.
   */
  minimumGroup: number;
  /** Organisations with at least `minimumGroup` people in the audience. */
  organisations: (AcknowledgementCountDto & { acknowledged: number; organisation: OrganisationSummaryDto })[];
  /**
   * The smaller organisations (and people without one) pooled into one line; null when there
   * are none. `organisations` counts the organisations in it.
   */
  smallGroups: (AcknowledgementCountDto & { organisations: number }) | null;
}
