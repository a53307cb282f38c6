import type { OrganisationSummaryDto } from '../organisations/organisation.contract';
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

export const NEWS_LIMITS = { title: 200, teaser: 500, body: 50_000, audienceEntries: 200 } as const;

export interface NewsAuthorDto {
  id: string;
  displayName: string;
}

/** A news item in the feed. */
export interface NewsSummaryDto {
  id: string;
  title: string;
  teaser: string;
  category: NewsCategory;
  important: boolean;
  /** Publication time; in the future while the item is scheduled. */
  publishedAt: string | null;
  /** Set when the item was edited after publication („aktualisiert am“). */
  editedAt: string | null;
  organisation: OrganisationSummaryDto | null;
  author: NewsAuthorDto | null;
  cover: NewsCoverDto | null;
}

export interface NewsDto extends NewsSummaryDto {
  body: string;
  status: NewsStatus;
  audience: AudienceDto;
  /** Optimistic locking: send it back with every change. */
  version: number;
  createdAt: string;
  /** In the order they were added. */
  attachments: NewsAttachmentDto[];
}

export interface NewsFeedDto {
  items: NewsSummaryDto[];
  /** Opaque; pass as `cursor` for the next page, null at the end. */
  nextCursor: string | null;
}

export interface NewsFeedQuery {
  cursor?: string;
  limit?: number;
}

export interface CreateNewsRequest {
  title: string;
  teaser: string;
  body: string;
  category: NewsCategory;
  important?: boolean;
  audience: AudienceDto;
}

export interface UpdateNewsRequest extends CreateNewsRequest {
  version: number;
}

export interface PublishNewsRequest {
  version: number;
  /** ISO time; omitted or past means now, future means scheduled. */
  publishAt?: string;
}
