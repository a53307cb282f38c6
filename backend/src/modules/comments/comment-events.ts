import { Injectable } from '@nestjs/common';

/** Reported once a new comment is committed. */
export interface CommentCreatedEvent {
  targetType: string;
  targetId: string;
  commentId: string;
  authorId: string;
  /** Mentioned people who can see the target (never the author; others are dropped silently). */
  mentionedUserIds: string[];
  /** The target's author (e.g. the news item's), null if unknown; may equal `authorId`. */
  targetAuthorId: string | null;
}

/**
 * THE hook point for notifications about comments. `CommentsService` calls it after the
 * comment's transaction has committed; a failure here is logged and never undoes or fails the
 * comment. The default does nothing: to connect notifications, replace the provider in
 * `comments.module.ts` (`{ provide: CommentEvents, useClass: … }`) with a class extending this one.
 */
@Injectable()
export class CommentEvents {
  async commentCreated(_event: CommentCreatedEvent): Promise<void> {
    // No-op until notifications are connected.
  }
}
