import type { SessionUser } from './session-user';

/** Result of a sign-in at the provider: a portal user, or a person without any portal role. */
export type LoginOutcome =
  { kind: 'signed-in'; user: SessionUser } | { kind: 'no-role'; displayName: string };
