import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import type { OrganisationEntity } from '../organisations/organisation.entity';
import { UserEntity } from '../users/user.entity';

/** What a content type's read rule learns about a person who is not the current user. */
export interface Reader {
  user: SessionUser;
  /** The person's organisation's Bundesland (audience rules by state). */
  state: OrganisationEntity['state'] | null;
}

/**
 * `CommentTarget.audienceAllows` for content types whose read rule is a pure function of the
 * person: the active people with a role among `userIds` for whom `mayRead` holds. One query for
 * the whole batch (mention suggestions, notifications).
 */
export async function readersAmong(
  dataSource: DataSource,
  userIds: readonly string[],
  mayRead: (reader: Reader) => boolean,
): Promise<Set<string>> {
  const allowed = new Set<string>();
  if (userIds.length === 0) return allowed;
  const people = await dataSource.getRepository(UserEntity).find({
    where: { id: In([...userIds]), active: true },
    relations: { organisation: true },
  });
  for (const person of people) {
    if (person.roles.length === 0) continue;
    const user: SessionUser = {
      id: person.id,
      displayName: person.displayName,
      roles: person.roles,
      organisationId: person.organisationId,
    };
    if (mayRead({ user, state: person.organisation?.state ?? null })) allowed.add(person.id);
  }
  return allowed;
}
