import {
  AudienceDto,
  AudienceViewer,
  hasPermission,
  isInAudience,
  NewsStatus,
  Permission,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';

/** Network authors (coordination, administration) write for any audience and edit any item. */
export function isNetworkAuthor(user: SessionUser): boolean {
  return hasPermission(user.roles, Permission.NewsPublishNetwork);
}

/**
 * Editors announce to their own Jobcenter only: the audience must be exactly their organisation
 * (optionally narrowed by role), never a Land or another organisation.
 */
export function mayAddress(user: SessionUser, audience: AudienceDto): boolean {
  if (isNetworkAuthor(user)) return true;
  if (!user.organisationId || !hasPermission(user.roles, Permission.NewsWrite)) return false;
  return (
    audience.states.length === 0 &&
    audience.organisationIds.length === 1 &&
    audience.organisationIds[0] === user.organisationId
  );
}

/** Who may change an item: network authors, and writers of the item's organisation. */
export function mayEdit(user: SessionUser, item: { organisationId: string | null }): boolean {
  if (isNetworkAuthor(user)) return true;
  return (
    hasPermission(user.roles, Permission.NewsWrite) &&
    user.organisationId !== null &&
    item.organisationId === user.organisationId
  );
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
