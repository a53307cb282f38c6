import { AudienceDto, hasPermission, Permission } from '@portal/contracts';
import type { SessionUser } from '../auth/session-user';

/** The two permissions that decide who may address whom, per kind of content (news, events, …). */
export interface AuthorPermissions {
  /** Write for one's own Jobcenter. */
  write: Permission;
  /** Write for any audience, and change any item. */
  network: Permission;
}

/**
 * Network authors address anyone. Other writers address their own Jobcenter only: the audience
 * must be exactly their organisation (optionally narrowed by role), never a Land or another
 * organisation.
 */
export function mayAddressAudience(
  user: SessionUser,
  audience: AudienceDto,
  permissions: AuthorPermissions,
): boolean {
  if (hasPermission(user.roles, permissions.network)) return true;
  if (!user.organisationId || !hasPermission(user.roles, permissions.write)) return false;
  return (
    audience.states.length === 0 &&
    audience.organisationIds.length === 1 &&
    audience.organisationIds[0] === user.organisationId
  );
}

/** Who may change an item: network authors, and writers of the item's organisation. */
export function mayEditOwnedItem(
  user: SessionUser,
  item: { organisationId: string | null },
  permissions: AuthorPermissions,
): boolean {
  if (hasPermission(user.roles, permissions.network)) return true;
  return (
    hasPermission(user.roles, permissions.write) &&
    user.organisationId !== null &&
    item.organisationId === user.organisationId
  );
}
