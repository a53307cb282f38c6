import { type AuthorSummaryDto, FORMER_PERSON_LABEL } from '@portal/contracts';

/** The user columns an author summary needs. */
export interface AuthorRow {
  id: string;
  displayName: string;
}

/**
 * The one mapping from an author-like column (author, editor, adopter, suggester) to what the API
 * shows: the person while the account exists, „ehemalige Person“ once it was deleted (the row's
 * `*_deleted` flag, set by the account deletion), and null for content no person wrote (demo).
 */
export function authorSummary(
  user: AuthorRow | null | undefined,
  deleted: boolean | null | undefined,
): AuthorSummaryDto | null {
  if (user) return { id: user.id, displayName: user.displayName };
  return deleted ? { id: null, displayName: FORMER_PERSON_LABEL } : null;
}
