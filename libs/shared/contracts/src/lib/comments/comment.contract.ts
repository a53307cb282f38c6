import type { AuthorSummaryDto } from '../privacy/privacy.contract';
/** Kinds of content people can comment on; each has a target registered in the backend. */
export const COMMENT_TARGET_TYPES = ['news', 'practice', 'resource'] as const;
export type CommentTargetType = (typeof COMMENT_TARGET_TYPES)[number];

export const COMMENT_LIMITS = {
  /** Characters of the stored body (mention tokens included), after trimming. */
  body: 5_000,
  mentionsPerComment: 20,
  pageSize: 20,
  maxPageSize: 50,
  suggestions: 8,
  suggestionMinChars: 2,
} as const;

/** A run of plain text, or a mention resolved to a person. Clients render them as text, never HTML. */
export type CommentSegment =
  { type: 'text'; text: string } | { type: 'mention'; userId: string; displayName: string };

/** Shared with every content type; „ehemalige Person“ once the account is deleted. */
export type CommentAuthorDto = AuthorSummaryDto;

/** Who removed a comment: its author, or the moderation. */
export type CommentDeletion = 'author' | 'moderation';

export interface CommentDto {
  id: string;
  targetType: CommentTargetType;
  targetId: string;
  author: CommentAuthorDto | null;
  /** The stored body with mention tokens (`@[Name](uuid)`), for editing; null once deleted. */
  body: string | null;
  /** The body for display; empty once deleted. */
  segments: CommentSegment[];
  createdAt: string;
  editedAt: string | null;
  /** Optimistic locking: send it back with every edit. */
  version: number;
  deleted: { by: CommentDeletion; at: string } | null;
  helpful: CommentReactionDto;
  /** What the signed-in user may do with this comment. */
  mayEdit: boolean;
  mayDelete: boolean;
}

export interface CommentReactionDto {
  count: number;
  /** Whether the signed-in user gave this reaction. */
  mine: boolean;
}

export interface CommentPageDto {
  items: CommentDto[];
  /** Opaque; pass as `cursor` for the next (later) page, null at the end. */
  nextCursor: string | null;
  /** Whether new comments are accepted on the target. */
  open: boolean;
}

export interface CommentListQuery {
  targetType: CommentTargetType;
  targetId: string;
  cursor?: string;
  limit?: number;
}

export interface CreateCommentRequest {
  targetType: CommentTargetType;
  targetId: string;
  body: string;
}

export interface UpdateCommentRequest {
  body: string;
  version: number;
}

export interface MentionSuggestionQuery {
  q: string;
  targetType: CommentTargetType;
  targetId: string;
}

export interface MentionSuggestionDto {
  id: string;
  displayName: string;
  /** Organisation name, to tell namesakes apart. */
  organisationName: string | null;
}
