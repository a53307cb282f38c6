import { AudienceDto, hasPermission, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { AuthorPermissions, mayAddressAudience, mayEditOwnedItem } from '../../core/audience/audience.policy';

const EVENT_AUTHORS: AuthorPermissions = {
  write: Permission.EventsWrite,
  network: Permission.EventsPublishNetwork,
};

/** Coordinators and admins organise for anyone and may name any organiser. */
export function isEventNetworkAuthor(user: SessionUser): boolean {
  return hasPermission(user.roles, EVENT_AUTHORS.network);
}

/** Coordinators and admins invite anyone; editors only their own Jobcenter. */
export function mayAddressEvent(user: SessionUser, audience: AudienceDto): boolean {
  return mayAddressAudience(user, audience, EVENT_AUTHORS);
}

export function mayEditEvent(user: SessionUser, event: { organisationId: string | null }): boolean {
  return mayEditOwnedItem(user, event, EVENT_AUTHORS);
}
