import { Injectable } from '@nestjs/common';
import type { DirectoryProfileDto, PersonDto, PersonListDto } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import type { UserEntity } from '../users/user.entity';
import { PeopleListQuery, UpdateDirectoryProfileBody } from './dto/people.dto';
import { PeoplePosition, PeopleRepository } from './people.repository';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

@Injectable()
export class PeopleService {
  constructor(private readonly people: PeopleRepository) {}

  async list(query: PeopleListQuery): Promise<PersonListDto> {
    const after = query.cursor ? decodeCursor(query.cursor) : null;
    const rows = await this.people.page(query.q?.trim() || undefined, after, query.limit + 1);
    const items = rows.slice(0, query.limit);
    const last = items.at(-1);
    return {
      items: items.map(toPersonDto),
      nextCursor:
        rows.length > query.limit && last ? encodeCursor({ name: last.displayName, id: last.id }) : null,
    };
  }

  async profile(user: SessionUser): Promise<DirectoryProfileDto> {
    const row = await this.people.findById(user.id);
    if (!row) throw new DomainError(ErrorCode.NotAuthenticated);
    return toProfileDto(row);
  }

  async updateProfile(user: SessionUser, body: UpdateDirectoryProfileBody): Promise<DirectoryProfileDto> {
    const topics = [...new Map(body.topics.map((topic) => [topic.toLowerCase(), topic])).values()];
    const changes = {
      directoryOptOut: body.directoryOptOut,
      jobTitle: body.jobTitle || null,
      phone: body.phone || null,
      topics,
    };
    await this.people.updateProfile(user.id, changes);
    return changes;
  }
}

function toPersonDto(user: UserEntity): PersonDto {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    organisation: user.organisation ? toOrganisationSummary(user.organisation) : null,
    jobTitle: user.jobTitle,
    phone: user.phone,
    topics: user.topics,
  };
}

function toProfileDto(user: UserEntity): DirectoryProfileDto {
  return {
    directoryOptOut: user.directoryOptOut,
    jobTitle: user.jobTitle,
    phone: user.phone,
    topics: user.topics,
  };
}

/** base64url of JSON [name, id]: the position after the last person of the page. */
function encodeCursor(position: PeoplePosition): string {
  return Buffer.from(JSON.stringify([position.name, position.id])).toString('base64url');
}

function decodeCursor(cursor: string): PeoplePosition {
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (
      Array.isArray(value) &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      UUID.test(value[1])
    ) {
      return { name: value[0], id: value[1] };
    }
  } catch {
    // falls through to the German 400 below
  }
  throw new DomainError(ErrorCode.ValidationFailed, undefined, {
    cursor: ['Ungültige Position in der Liste.'],
  });
}
