import {
  CommentDto,
  CommentReactionDto,
  CommentSegment,
  CommentTargetType,
  splitMentionTokens,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CommentEntity } from './comment.entity';
import { mayDeleteComment, mayEditComment } from './comment.policy';
import { authorSummary } from '../users/author-summary';

/**
 * The body as segments: mention tokens of people stored as mentioned become mention segments
 * with the person's current name; anything else stays text. Clients render text, never HTML.
 */
export function toSegments(body: string, mentioned: ReadonlyMap<string, string>): CommentSegment[] {
  const segments: CommentSegment[] = [];
  const pushText = (text: string) => {
    const last = segments.at(-1);
    if (last?.type === 'text') last.text += text;
    else if (text) segments.push({ type: 'text', text });
  };
  for (const piece of splitMentionTokens(body)) {
    if (piece.type === 'text') pushText(piece.text);
    else {
      const displayName = mentioned.get(piece.userId);
      if (displayName === undefined) pushText(body.slice(piece.start, piece.end));
      else segments.push({ type: 'mention', userId: piece.userId, displayName });
    }
  }
  return segments;
}

export function toCommentDto(
  comment: CommentEntity,
  viewer: SessionUser,
  helpful: CommentReactionDto | undefined,
  mentioned: ReadonlyMap<string, string> | undefined,
): CommentDto {
  const deleted = comment.deletedAt !== null;
  return {
    id: comment.id,
    targetType: comment.targetType as CommentTargetType,
    targetId: comment.targetId,
    author: authorSummary(comment.author, comment.authorDeleted),
    body: deleted ? null : comment.body,
    segments: deleted ? [] : toSegments(comment.body, mentioned ?? new Map()),
    createdAt: comment.createdAt.toISOString(),
    editedAt: comment.editedAt?.toISOString() ?? null,
    version: comment.version,
    deleted:
      deleted && comment.deletedAt
        ? { by: comment.deletionKind ?? 'author', at: comment.deletedAt.toISOString() }
        : null,
    helpful: deleted ? { count: 0, mine: false } : (helpful ?? { count: 0, mine: false }),
    mayEdit: mayEditComment(viewer, comment),
    mayDelete: mayDeleteComment(viewer, comment),
  };
}
