/** The legal pages of the portal; their text lives in the database and admins edit it. */
export const LegalPageSlug = {
  Impressum: 'impressum',
  Datenschutz: 'datenschutz',
  Barrierefreiheit: 'barrierefreiheit',
} as const;
export type LegalPageSlug = (typeof LegalPageSlug)[keyof typeof LegalPageSlug];

export const LEGAL_PAGE_SLUGS: readonly LegalPageSlug[] = Object.values(LegalPageSlug);

export const LEGAL_PAGE_TITLES: Readonly<Record<LegalPageSlug, string>> = {
  impressum: 'Impressum',
  datenschutz: 'Datenschutzerklärung',
  barrierefreiheit: 'Erklärung zur Barrierefreiheit',
};

export function isLegalPageSlug(value: unknown): value is LegalPageSlug {
  return typeof value === 'string' && (LEGAL_PAGE_SLUGS as readonly string[]).includes(value);
}

export interface LegalPageDto {
  slug: LegalPageSlug;
  title: string;
  /** Markdown as written (only sent to those who may edit it). */
  body: string | null;
  /** Rendered and sanitised by the server. */
  bodyHtml: string;
  /** ISO time of the last change. */
  updatedAt: string;
  version: number;
}

export interface UpdateLegalPageRequest {
  body: string;
  version: number;
}

export interface MarkdownPreviewRequest {
  body: string;
}

export interface MarkdownPreviewDto {
  bodyHtml: string;
}

export const LEGAL_PAGE_MAX_LENGTH = 50_000;

/** Feedback about barriers, sent from the accessibility statement. */
export interface AccessibilityFeedbackRequest {
  /** Where the barrier is (a page or path), optional. */
  page?: string;
  message: string;
  /** Whether the sender wants an answer (by the e-mail known from the identity provider). */
  wantsReply: boolean;
}

export const ACCESSIBILITY_FEEDBACK_MAX_LENGTH = 4000;
/** At most this many messages per person and hour. */
export const ACCESSIBILITY_FEEDBACK_PER_HOUR = 5;

export interface AccessibilityFeedbackDto {
  id: string;
  page: string | null;
  message: string;
  wantsReply: boolean;
  /** Name and e-mail of the sender (null once the account is deleted). */
  senderName: string | null;
  senderEmail: string | null;
  createdAt: string;
}

export interface AccessibilityFeedbackListDto {
  items: AccessibilityFeedbackDto[];
  nextCursor: string | null;
}

/** What happens to authored content when an account is deleted (env ACCOUNT_DELETION_CONTENT). */
export type DeletedAccountContentPolicy = 'anonymise' | 'delete';

/** How the portal names the author of content whose account was deleted. */
export const FORMER_PERSON_LABEL = 'ehemalige Person';

/**
 * Who wrote, edited, adopted or suggested something — the same shape for every content type.
 * After the person's account was deleted: `id` null and `displayName` „ehemalige Person“
 * (FORMER_PERSON_LABEL); content that never had a person as author has no summary at all (null).
 */
export interface AuthorSummaryDto {
  id: string | null;
  displayName: string;
}

/** The name to show for an author summary (null: nobody in particular, e.g. demo content). */
export function authorName(author: AuthorSummaryDto | null | undefined): string | null {
  return author ? author.displayName || FORMER_PERSON_LABEL : null;
}

/** What deleting an account does to its content here (for the confirmation dialog). */
export interface AccountDeletionPolicyDto {
  contentPolicy: DeletedAccountContentPolicy;
}

export interface AccountDeletionResultDto {
  deleted: boolean;
  contentPolicy: DeletedAccountContentPolicy;
}

/** The identity provider's list of accounts that no longer exist (their `sub` values). */
export interface IdentityGoneRequest {
  subjects: string[];
}

export interface IdentityGoneResultDto {
  /** Subjects whose accounts were deleted here. */
  deleted: string[];
  /** Subjects the portal does not know (nothing to do). */
  unknown: string[];
}

export const IDENTITY_GONE_MAX_SUBJECTS = 1000;
