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
import { Clock } from '../../core/clock/clock';
import { ProvisionedUser, UsersRepository } from './users.repository';
import { RoleOverridesRepository, toSessionOverrides } from './role-overrides.repository';
import { toUserAdminDto } from './user-admin.mapper';
import { ListUsersQuery } from './dto/list-users.query';

@Injectable()
export class UsersService {
  constructor(
    private readonly users: UsersRepository,
    private readonly organisations: OrganisationsRepository,
    private readonly audit: AuditLog,
    private readonly overrides: RoleOverridesRepository,
    private readonly clock: Clock,
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
    const overrides = await this.overrides.active(user.id, this.clock.now());
    const sessionUser: SessionUser = {
      id: user.id,
      displayName: user.displayName,
      roles: user.roles,
      roleOverrides: toSessionOverrides(overrides),
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
      // Effective roles (the access guard added the overrides that run now).
      roles: sessionUser.roles,
      permissions: permissionsOf(sessionUser.roles),
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
    const overrides = await this.overrides.activeOfMany(
      items.map((user) => user.id),
      this.clock.now(),
    );
    return {
      items: items.map((user) => toUserAdminDto(user, overrides.get(user.id) ?? [])),
      total,
      page: query.page,
      pageSize: query.pageSize,
    };
  }
}
