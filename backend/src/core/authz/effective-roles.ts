import type { Role } from '@portal/contracts';
import type { SessionRoleOverride, SessionUser } from '../auth/session-user';

/** Identity-provider roles plus the overrides that have not expired at `now`, sorted, no duplicates. */
export function effectiveRoles(
  identityRoles: readonly Role[],
  overrides: readonly SessionRoleOverride[] | undefined,
  now: Date,
): Role[] {
  if (!overrides || overrides.length === 0) return [...identityRoles];
  const time = now.getTime();
  const active = overrides.filter((override) => Date.parse(override.expiresAt) > time);
  return [...new Set([...identityRoles, ...active.map((override) => override.role)])].sort();
}

/**
 * The user as the request sees them: the session keeps the provider's roles and the overrides
 * with their ends, and the roles are worked out against the clock here — an override ends at its
 * time without a job and without the person signing in again. Never mutates the session's copy.
 */
export function withEffectiveRoles(user: SessionUser, now: Date): SessionUser {
  if (!user.roleOverrides || user.roleOverrides.length === 0) return user;
  return { ...user, roles: effectiveRoles(user.roles, user.roleOverrides, now) };
}
