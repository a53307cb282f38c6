import { Injectable } from '@nestjs/common';
import { mentionsAsPlainText } from '@portal/contracts';
import { NotificationsService } from '../notifications';

/** Reported once a new comment is committed. */
export interface CommentCreatedEvent {
  targetType: string;
  targetId: string;
  commentId: string;
  authorId: string;
  authorName: string;
  /** The comment as stored (mention tokens included). */
  body: string;
  /** Title and path of the commented content. */
  target: { title: string; link: string };
  /** Mentioned people who can see the target (never the author; others are dropped silently). */
  mentionedUserIds: string[];
  /**
   * Who follows the thread and can see the target: the target's author and earlier commenters
   * (never the comment's author).
   */
  followerIds: string[];
}

const EXCERPT = 300;

/**
 * Notifications about comments: mentioned people („… hat Sie erwähnt“) and followers of the
 * thread („Neuer Kommentar zu …“). `CommentsService` calls it after the comment has committed; a
 * failure is logged and never undoes the comment. Mentioned people get the mention only, not
 * both.
 */
@Injectable()
export class CommentEvents {
  constructor(private readonly notifications: NotificationsService) {}

  async commentCreated(event: CommentCreatedEvent): Promise<void> {
    const text = excerpt(mentionsAsPlainText(event.body));
    const source = { type: 'comment', id: event.commentId };
    await this.notifications.notifyUsers(
      event.mentionedUserIds,
      {
        kind: 'mention',
        title: `${event.authorName} hat Sie erwähnt: ${event.target.title}`,
        text,
        link: event.target.link,
        source,
      },
      { exceptUserId: event.authorId },
    );
    const mentioned = new Set(event.mentionedUserIds);
    await this.notifications.notifyUsers(
      event.followerIds.filter((id) => !mentioned.has(id)),
      {
        kind: 'comment',
        title: `Neuer Kommentar zu „${event.target.title}“`,
        text: `${event.authorName}: ${text}`,
        link: event.target.link,
        source,
      },
      { exceptUserId: event.authorId },
    );
  }
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length <= EXCERPT ? flat : `${flat.slice(0, EXCERPT - 1)}…`;
}
