import { Injectable } from '@nestjs/common';
import type { MeDto, PageDto, UserAdminDto } from '@portal/contracts';
import { AuditAction, permissionsOf, Role, ROLE_LABELS } from '@portal/contracts';
import { AuditLog } from '../../core/audit/audit-log';
import type { Identity } from '../../core/auth/claims';
import type { LoginOutcome } from '../../core/auth/login-outcome';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { OrganisationsRepository } from '../organisations/organisations.repository';
import { toOrganisationSummary } from '../organisations/organisation.mapper';
import { ProvisionedUser, UsersRepository } from './users.repository';
import { UserEntity } from './user.entity';
import { ListUsersQuery } from './dto/list-users.query';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditLog,
  ) {}

  /** Provisions or refreshes the user from the provider's claims at every sign-in. */
  async signIn(identity: Identity): Promise<LoginOutcome> {
    if (identity.roles.length === 0) {
      await this.users.clearRoles(identity.issuer, identity.subject);
      return { kind: 'no-role', displayName: identity.displayName };
    }
    const organisation = identity.organisationKey
      ? await this.organisations.findByKey(identity.organisationKey)
      : null;
    const user = await this.users.upsertFromIdentity({
      issuer: identity.issuer,
      subject: identity.subject,
      displayName: identity.displayName,
      email: identity.email,
      roles: identity.roles,
      organisationId: organisation?.id ?? null,
    });
    await this.recordRoleChange(user);
    if (!user.active)
      throw new DomainError(
        ErrorCode.AccountDisabled,
        'Bitte wenden Sie sich an die Administration des Portals.',
      );
    const sessionUser: SessionUser = {
      id: user.id,
      displayName: user.displayName,
      roles: user.roles,
      organisationId: user.organisationId,
      organisationState: organisation?.state ?? null,
    };
    return { kind: 'signed-in', user: sessionUser };
  }

  /** The identity provider decides the roles; the log shows when they changed and how. */
  private async recordRoleChange(user: ProvisionedUser): Promise<void> {
    const before = [...(user.previousRoles ?? [])].sort();
    const after = [...user.roles].sort();
    if (user.previousRoles === null || before.join() === after.join()) return;
    const labels = (roles: Role[]) => roles.map((role) => ROLE_LABELS[role]).join(', ') || 'keine';
    await this.audit.record({
      action: AuditAction.RolesChanged,
      actor: { system: 'Identitätsanbieter' },
      target: { type: 'user', id: user.id },
      summary: `${user.displayName}: ${labels(before)} → ${labels(after)}`,
      details: { before, after },
    });
  }

  async me(sessionUser: SessionUser): Promise<MeDto> {
    const user = await this.users.findById(sessionUser.id);
    if (!user) throw new DomainError(ErrorCode.NotAuthenticated);
    return {
      id: user.id,
      displayName: user.displayName,
      email: user.email,
      roles: user.roles,
      permissions: permissionsOf(user.roles),
      organisation: user.organisation ? toOrganisationSummary(user.organisation) : null,
      lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    };
  }

  async list(query: ListUsersQuery): Promise<PageDto<UserAdminDto>> {
    const [items, total] = await this.users.search({
      q: query.q,
      offset: (query.page - 1) * query.pageSize,
      limit: query.pageSize,
    });
    return { items: items.map(toUserAdminDto), total, page: query.page, pageSize: query.pageSize };
  }
}

function toUserAdminDto(user: UserEntity): UserAdminDto {
  return {
    id: user.id,
    displayName: user.displayName,
    email: user.email,
    roles: user.roles,
    organisation: user.organisation ? toOrganisationSummary(user.organisation) : null,
    active: user.active,
    lastLoginAt: user.lastLoginAt?.toISOString() ?? null,
    createdAt: user.createdAt.toISOString(),
  };
}
