import type { AuthorSummaryDto } from '../privacy/privacy.contract';
import type { OrganisationSummaryDto } from '../organisations/organisation.contract';
import type { AudienceDto } from '../news/audience.contract';

export const EVENT_LIMITS = {
  title: 200,
  description: 10_000,
  place: 300,
  url: 2_000,
  /** Longest range the month view may ask for (a month plus the leading/trailing week days). */
  rangeDays: 62,
} as const;

/** Shared with every content type; „ehemalige Person“ once the account is deleted. */
export type EventAuthorDto = AuthorSummaryDto;

/** A Termin as lists and the calendar show it. */
export interface EventSummaryDto {
  id: string;
  title: string;
  /** ISO times; for all-day events the days are meant, from 00:00 UTC of the first day. */
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  place: string | null;
  onlineUrl: string | null;
  cancelled: boolean;
  organisation: OrganisationSummaryDto | null;
}

export interface EventDto extends EventSummaryDto {
  /** Plain text, paragraphs separated by blank lines. */
  description: string;
  registrationUrl: string | null;
  audience: AudienceDto;
  author: EventAuthorDto | null;
  /** Optimistic locking: send it back with every change. */
  version: number;
  createdAt: string;
  updatedAt: string;
  /** Whether the current user may edit or cancel it. */
  editable: boolean;
}

export interface EventListDto {
  items: EventSummaryDto[];
  /** Opaque; pass as `cursor` for the next page, null at the end (list mode only). */
  nextCursor: string | null;
}

/** Either a range (`from`/`to`, month view) or the upcoming list (`cursor`/`limit`). */
export interface EventListQuery {
  from?: string;
  to?: string;
  cursor?: string;
  limit?: number;
}

export interface CreateEventRequest {
  title: string;
  description: string;
  startsAt: string;
  endsAt: string;
  allDay: boolean;
  place?: string | null;
  onlineUrl?: string | null;
  registrationUrl?: string | null;
  /** Network authors may name the organiser; editors always organise for their own Jobcenter. */
  organisationId?: string | null;
  audience: AudienceDto;
}

export interface UpdateEventRequest extends CreateEventRequest {
  version: number;
}

export interface CancelEventRequest {
  version: number;
}
