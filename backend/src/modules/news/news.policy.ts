import { AudienceDto, hasPermission, Permission } from '@portal/contracts';
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
