import type { SessionUser } from '../../core/auth/session-user';

/**
 * What the comment system needs to know about one kind of content (news today; Gute Praxis and
 * resources later). Each kind implements it once and registers with `CommentTargetRegistry`
 * (see `news/news-comment-target.ts`); comments never look at the content tables themselves.
 */
export interface CommentTarget {
  /** The `target_type` stored with each comment, e.g. `news`. */
  readonly type: string;

  /** Throws DomainError NotFound (404) unless `user` may see the target (unknown ids alike). */
  assertReadable(user: SessionUser, targetId: string): Promise<void>;

  /** Throws DomainError Conflict (409) when comments are switched off for the target. */
  assertOpen(targetId: string): Promise<void>;

  /** Whether new comments are accepted (the same rule as `assertOpen`, for the thread's UI). */
  isOpen(targetId: string): Promise<boolean>;

  /** The target's author (to notify about new comments), if any. */
  authorId(targetId: string): Promise<string | null>;

  /**
   * People who follow the target beyond its author and earlier commenters (e.g. „Folgen“ on a
   * practice entry); optional.
   */
  followerIds?(targetId: string): Promise<string[]>;

  /** Title and portal path of the target, for notifications („Neuer Kommentar zu …“). */
  describe(targetId: string): Promise<{ title: string; link: string }>;

  /**
   * Which of these people may see the target (for mentions and suggestions). Batched, so a page
   * of candidates costs a fixed number of queries, not one per person.
   */
  audienceAllows(userIds: readonly string[], targetId: string): Promise<Set<string>>;
}
