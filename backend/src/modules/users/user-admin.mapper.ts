import type { UserAdminDto } from '@portal/contracts';
import { effectiveRoles } from '../../core/authz/effective-roles';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import type { RoleOverrideEntity } from './role-override.entity';
import type { UserEntity } from './user.entity';

/** `activeOverrides`: the user's overrides that run now (the caller measured them against the clock). */
export function toUserAdminDto(
  user: UserEntity,
  activeOverrides: readonly RoleOverrideEntity[],
): UserAdminDto {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    effectiveRoles: effectiveRoles(
      user.roles,
      activeOverrides.map((override) => ({
        role: override.role,
        expiresAt: override.expiresAt.toISOString(),
      })),
      new Date(0),
    ),
    organisation: user.organisation ? toOrganisationSummary(user.organisation) : null,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
