import {
  AudienceDto,
  AudienceViewer,
  hasPermission,
  isInAudience,
  NewsStatus,
  Permission,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { AuthorPermissions, mayAddressAudience, mayEditOwnedItem } from '../../core/audience/audience.policy';

const NEWS_AUTHORS: AuthorPermissions = {
  write: Permission.NewsWrite,
  network: Permission.NewsPublishNetwork,
};

/** Network authors (coordination, administration) write for any audience and edit any item. */
export function isNetworkAuthor(user: SessionUser): boolean {
  return hasPermission(user.roles, Permission.NewsPublishNetwork);
}

/** Editors announce to their own Jobcenter only (see `mayAddressAudience`). */
export function mayAddress(user: SessionUser, audience: AudienceDto): boolean {
  return mayAddressAudience(user, audience, NEWS_AUTHORS);
}

/** Who may change an item: network authors, and writers of the item's organisation. */
export function mayEdit(user: SessionUser, item: { organisationId: string | null }): boolean {
  return mayEditOwnedItem(user, item, NEWS_AUTHORS);
}

/** Published (or archived after publication) and due: what readers in the audience see. */
export function isPublic(item: { status: string; publishedAt: Date | null }, now: Date): boolean {
  return (
    (item.status === NewsStatus.Published || item.status === NewsStatus.Archived) &&
    !!item.publishedAt &&
    item.publishedAt.getTime() <= now.getTime()
  );
}

/**
 * Who may open an item: its writers always; everyone else once it is public and they are in
 * its audience. The one rule behind the detail page, attachments, comments and mentions.
 */
export function mayRead(
  user: SessionUser,
  viewer: AudienceViewer,
  item: { status: string; publishedAt: Date | null; organisationId: string | null; audience: AudienceDto },
  now: Date,
): boolean {
  return mayEdit(user, item) || (isPublic(item, now) && isInAudience(viewer, item.audience));
}
