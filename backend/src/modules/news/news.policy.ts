import { AudienceDto, hasPermission, Permission } from '@portal/contracts';
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
