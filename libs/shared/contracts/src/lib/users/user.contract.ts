import { Role } from '../auth/roles';
import { OrganisationSummaryDto } from '../organisations/organisation.contract';

/** A user as administrators see them in the user list. */
export interface UserAdminDto {
  id: string;
  displayName: string;
  email: string | null;
  /** Roles as the identity provider reported them at the last sign-in. */
  roles: Role[];
  /** Identity-provider roles plus the local overrides that are active now. */
  effectiveRoles: Role[];
  organisation: OrganisationSummaryDto | null;
  active: boolean;
  lastLoginAt: string | null;
  createdAt: string;
}

export interface UserListQuery {
  q?: string;
  page?: number;
  pageSize?: number;
}

/** A local, time-limited extra role granted by an administrator. */
export interface RoleOverrideDto {
  id: string;
  role: Role;
  reason: string;
  /** ISO time; the role ends by itself then (evaluated at every request, no job needed). */
  expiresAt: string;
  grantedAt: string;
  grantedByName: string | null;
  revokedAt: string | null;
  revokedByName: string | null;
  /** Neither expired nor revoked, measured against the server's clock. */
  active: boolean;
}

/** One user with their overrides (GET /api/admin/users/:id). */
export interface UserAdminDetailDto extends UserAdminDto {
  overrides: RoleOverrideDto[];
}

export const ROLE_OVERRIDE_LIMITS = {
  reason: 500,
  /** The longest an override may run. */
  maxDays: 366,
} as const;

export interface GrantRoleOverrideRequest {
  role: Role;
  reason: string;
  /** ISO time in the future, at most ROLE_OVERRIDE_LIMITS.maxDays ahead. */
  expiresAt: string;
}
