import type { OrganisationState, Role } from '@portal/contracts';

/** A local role override as the session keeps it (see core/authz/effective-roles.ts). */
export interface SessionRoleOverride {
  role: Role;
  /** ISO time. */
  expiresAt: string;
}

/** What the session remembers of the signed-in user; read on every request without a query. */
export interface SessionUser {
  id: string;
  displayName: string;
  /**
   * In the session: the identity provider's roles. On the request (after the access guard):
   * the effective roles, i.e. these plus the overrides that have not expired.
   */
  roles: Role[];
  /** Local overrides granted by administrators; kept current in stored sessions when they change. */
  roleOverrides?: SessionRoleOverride[];
  organisationId: string | null;
  /**
   * The Land of the organisation at sign-in: audiences address Länder, and reading it here saves
   * a query on every feed request. Absent in sessions from before it was added.
   */
  organisationState?: OrganisationState | null;
}

declare module 'express-session' {
  interface SessionData {
    /** Set at sign-in; the absolute timeout counts from here. */
    signedInAt?: number;
    /** Last time the idle timeout was extended in the store (throttles writes). */
    touchedAt?: number;
    csrfToken?: string;
    passport?: { user?: SessionUser };
  }
}
