import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  AuditAction,
  OrganisationDto,
  OrganisationListDto,
  OrganisationMemberDto,
  OrganisationProfileDto,
  OrganisationStateCountDto,
} from '@portal/contracts';
import { DataSource } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { ListOrganisationsQuery } from './dto/list-organisations.query';
import { UpdateOrganisationBody } from './dto/organisation.bodies';
import { decodeNameCursor, encodeNameCursor } from './organisation-cursor';
import { OrganisationEntity } from './organisation.entity';
import { toOrganisationDto } from './organisation.mapper';
import { mayAdministerOrganisations, mayEditOrganisation } from './organisation.policy';
import { OrganisationProfileRepository } from './organisation-profile.repository';
import { OrganisationsRepository } from './organisations.repository';

export const ORGANISATION_NOT_FOUND = 'Diese Organisation gibt es nicht.';
const FORBIDDEN_EDIT =
  'Das Profil können nur die Jobcenter-Leitung und die Redaktion der Organisation sowie die Koordination ändern.';
const FORBIDDEN_MASTER = 'Name, Art, Bundesland und Kategorie ändert nur die Administration.';
const CONFLICT = 'Das Profil wurde inzwischen von jemand anderem geändert. Bitte laden Sie es neu.';

const PROFILE_FIELDS = [
  'street',
  'postalCode',
  'city',
  'website',
  'email',
  'phone',
  'openingHours',
  'description',
] as const;
const MASTER_FIELDS = ['name', 'kind', 'state', 'category'] as const;

@Injectable()
export class OrganisationsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly organisations: OrganisationsRepository,
    private readonly profiles: OrganisationProfileRepository,
    private readonly audit: AuditLog,
  ) {}

  async list(query: ListOrganisationsQuery): Promise<OrganisationListDto> {
    const limit = query.limit;
    const { items, total } = await this.organisations.list({
      state: query.state,
      kind: query.kind,
      category: query.category,
      q: query.q?.trim() || undefined,
      after: query.cursor ? decodeNameCursor(query.cursor) : undefined,
      limit: limit + 1,
    });
    const page = items.slice(0, limit);
    const last = page[page.length - 1];
    return {
      items: page.map(toOrganisationDto),
      nextCursor: items.length > limit && last ? encodeNameCursor(last) : null,
      total,
    };
  }

  stateCounts(): Promise<OrganisationStateCountDto[]> {
    return this.organisations.jobcenterCountsByState();
  }

  async get(user: SessionUser, id: string): Promise<OrganisationProfileDto> {
    const organisation = await this.find(id);
    const [contacts, activity] = await Promise.all([
      this.profiles.contacts(organisation.id),
      this.profiles.activity(organisation.id),
    ]);
    return {
      ...toOrganisationDto(organisation),
      contacts,
      activity,
      mayEdit: organisation.mergedIntoId === null && mayEditOrganisation(user, organisation.id),
      mayAdminister: mayAdministerOrganisations(user),
    };
  }

  /** Candidates for contact persons; only for those who may edit the profile. */
  async members(user: SessionUser, id: string): Promise<OrganisationMemberDto[]> {
    this.assertMayEdit(user, id);
    const organisation = await this.find(id);
    return this.profiles.members(organisation.id);
  }

  async update(user: SessionUser, id: string, body: UpdateOrganisationBody): Promise<OrganisationProfileDto> {
    this.assertMayEdit(user, id);
    const touchesMaster = MASTER_FIELDS.some((field) => body[field] !== undefined);
    if (touchesMaster && !mayAdministerOrganisations(user)) {
      throw new DomainError(ErrorCode.Forbidden, FORBIDDEN_MASTER);
    }
    await this.dataSource.transaction(async (manager) => {
      const repository = manager.getRepository(OrganisationEntity);
      const current = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!current || current.mergedIntoId) throw new DomainError(ErrorCode.NotFound, ORGANISATION_NOT_FOUND);
      if (current.version !== body.version) throw new DomainError(ErrorCode.Conflict, CONFLICT);

      const changes: Partial<OrganisationEntity> = {};
      for (const field of PROFILE_FIELDS) {
        const value = body[field];
        if (value !== undefined) changes[field] = normalise(value);
      }
      for (const field of MASTER_FIELDS) {
        const value = body[field];
        if (value !== undefined) Object.assign(changes, { [field]: field === 'name' ? value.trim() : value });
      }
      if (body.contacts) {
        const userIds = [...new Set(body.contacts.map((contact) => contact.userId))];
        const members = await this.profiles.memberIds(manager, id, userIds);
        const strangers = userIds.filter((userId) => !members.has(userId));
        if (strangers.length > 0) {
          throw new DomainError(ErrorCode.ValidationFailed, undefined, {
            contacts: ['Ansprechpersonen müssen zur Organisation gehören.'],
          });
        }
        await this.profiles.replaceContacts(manager, id, body.contacts);
      }
      // Always written, so that the version also moves when only the contact persons changed.
      await repository.update(
        { id },
        { ...changes, description: changes.description ?? current.description },
      );
      if (changes.state !== undefined || changes.category !== undefined) {
        // Practices keep a copy of Land and category for filters (raw SQL: no version bump there).
        await manager.query(
          'UPDATE practices SET state = $2, organisation_category = $3 WHERE organisation_id = $1',
          [id, changes.state ?? current.state, changes.category ?? current.category],
        );
      }
      const changed = [
        ...Object.keys(changes).filter(
          (key) => changes[key as keyof OrganisationEntity] !== current[key as keyof OrganisationEntity],
        ),
        ...(body.contacts ? ['contacts'] : []),
      ];
      await this.audit.record(
        {
          action: AuditAction.OrganisationUpdated,
          actor: user,
          target: { type: 'organisation', id },
          summary: changes.name ?? current.name,
          details: { fields: changed },
        },
        manager,
      );
    });
    return this.get(user, id);
  }

  async find(id: string): Promise<OrganisationEntity> {
    const organisation = await this.organisations.findById(id);
    if (!organisation) throw new DomainError(ErrorCode.NotFound, ORGANISATION_NOT_FOUND);
    return organisation;
  }

  assertMayEdit(user: SessionUser, id: string): void {
    if (!mayEditOrganisation(user, id)) throw new DomainError(ErrorCode.Forbidden, FORBIDDEN_EDIT);
  }

  toDto(organisation: OrganisationEntity): OrganisationDto {
    return toOrganisationDto(organisation);
  }
}

/** Blank text is stored as null; line endings are normalised. */
function normalise(value: string | null): string | null {
  if (value === null) return null;
  const text = value.replace(/\r\n?/g, '\n').trim();
  return text === '' ? null : text;
}
