import { Permission, hasPermission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';

/** Leitung and Redaktion maintain their own organisation's profile; coordination and administration any. */
export function mayEditOrganisation(user: SessionUser, organisationId: string): boolean {
  if (hasPermission(user.roles, Permission.OrganisationsEditNetwork)) return true;
  return hasPermission(user.roles, Permission.OrganisationsEdit) && user.organisationId === organisationId;
}

/** Name, kind, Land and category are the directory's master data: administration only. */
export function mayAdministerOrganisations(user: SessionUser): boolean {
  return hasPermission(user.roles, Permission.OrganisationsAdminister);
}
