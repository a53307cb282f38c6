import type { OrganisationState, Role } from '@portal/contracts';

/** What the session remembers of the signed-in user; read on every request without a query. */
export interface SessionUser {
  id: string;
  displayName: string;
  roles: Role[];
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
