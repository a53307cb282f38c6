import { hasPermission, Permission, PracticePermissionsDto, PracticeStatus } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';

export interface PracticeFacts {
  status: PracticeStatus;
  authorId: string | null;
  organisationId: string | null;
}

/** Coordinators (and administrators) review and edit entries of every Jobcenter. */
export function isNetworkReviewer(user: SessionUser): boolean {
  return hasPermission(user.roles, Permission.PracticesReviewNetwork);
}

/** Reviewers of this entry: the editors of the author's Jobcenter, and the coordination. */
export function mayReview(user: SessionUser, practice: PracticeFacts): boolean {
  if (isNetworkReviewer(user)) return true;
  return (
    hasPermission(user.roles, Permission.PracticesReview) &&
    user.organisationId !== null &&
    practice.organisationId === user.organisationId
  );
}

function isAuthor(user: SessionUser, practice: PracticeFacts): boolean {
  return practice.authorId !== null && practice.authorId === user.id;
}

/** Published and archived entries are open to the network; drafts to their author, entries in review also to reviewers. */
export function mayRead(user: SessionUser, practice: PracticeFacts): boolean {
  switch (practice.status) {
    case 'published':
    case 'archived':
      return true;
    case 'in-review':
      return isAuthor(user, practice) || mayReview(user, practice);
    case 'draft':
      return isAuthor(user, practice);
  }
}

/**
 * The whole version history, drafts included: the author and the entry's reviewers. Everyone
 * else sees the versions from the publication on (drafts may hold text the privacy guard flagged).
 */
export function mayReadDrafts(user: SessionUser, practice: PracticeFacts): boolean {
  return isAuthor(user, practice) || mayReview(user, practice);
}

/** Authors edit their drafts; published entries are edited by their reviewers. */
export function mayEdit(user: SessionUser, practice: PracticeFacts): boolean {
  if (practice.status === 'draft') return isAuthor(user, practice);
  if (practice.status === 'published') return mayReview(user, practice);
  return false;
}

export function maySubmit(user: SessionUser, practice: PracticeFacts): boolean {
  return practice.status === 'draft' && isAuthor(user, practice);
}

/** Four eyes: nobody reviews their own entry, so an editor's entry goes to another editor or the coordination. */
export function mayDecide(user: SessionUser, practice: PracticeFacts): boolean {
  return practice.status === 'in-review' && mayReview(user, practice) && !isAuthor(user, practice);
}

/** The reviewer is refused only for being the author (the 403 then says so). */
export function isOwnReview(user: SessionUser, practice: PracticeFacts): boolean {
  return practice.status === 'in-review' && mayReview(user, practice) && isAuthor(user, practice);
}

export function mayArchive(user: SessionUser, practice: PracticeFacts): boolean {
  return practice.status === 'published' && mayReview(user, practice);
}

export function mayDelete(user: SessionUser, practice: PracticeFacts): boolean {
  return practice.status === 'draft' && isAuthor(user, practice);
}

/** Managers and editors, on behalf of their own organisation, for published entries of others. */
export function mayAdopt(user: SessionUser, practice: PracticeFacts): boolean {
  return (
    practice.status === 'published' &&
    hasPermission(user.roles, Permission.PracticesAdopt) &&
    user.organisationId !== null &&
    practice.organisationId !== user.organisationId
  );
}

export function permissionsFor(user: SessionUser, practice: PracticeFacts): PracticePermissionsDto {
  return {
    edit: mayEdit(user, practice),
    submit: maySubmit(user, practice),
    review: mayDecide(user, practice),
    archive: mayArchive(user, practice),
    delete: mayDelete(user, practice),
    adopt: mayAdopt(user, practice),
  };
}
