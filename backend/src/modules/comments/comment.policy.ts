import { CommentDeletion, hasPermission, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';

interface CommentFacts {
  authorId: string | null;
  deletedAt: Date | null;
}

/** Only the author edits, and only while the comment exists. */
export function mayEditComment(user: SessionUser, comment: CommentFacts): boolean {
  return comment.deletedAt === null && comment.authorId === user.id;
}

/** Authors delete their own comments; moderators (coordination, administration) any. */
export function mayDeleteComment(user: SessionUser, comment: CommentFacts): boolean {
  return (
    comment.deletedAt === null &&
    (comment.authorId === user.id || hasPermission(user.roles, Permission.CommentsModerate))
  );
}

/** A moderator removing their own comment deletes it as its author. */
export function deletionKind(user: SessionUser, comment: CommentFacts): CommentDeletion {
  return comment.authorId === user.id ? 'author' : 'moderation';
}
