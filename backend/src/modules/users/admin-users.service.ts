import { Injectable, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { RoleOverrideDto, UserAdminDetailDto } from '@portal/contracts';
import { AuditAction, ROLE_LABELS, ROLE_OVERRIDE_LIMITS } from '@portal/contracts';
import { DataSource, EntityManager } from 'typeorm';
import { AuditLog } from '../../core/audit/audit-log';
import { SessionCache } from '../../core/auth/session-cache';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { JobQueue } from '../../core/jobs/job-queue';
import { GrantRoleOverrideBody } from './dto/grant-role-override.body';
import { RoleOverrideEntity } from './role-override.entity';
import { RoleOverridesRepository, toSessionOverrides } from './role-overrides.repository';
import { toUserAdminDto } from './user-admin.mapper';
import { UsersRepository } from './users.repository';

const NOT_FOUND = 'Diese Person gibt es nicht.';
const EXPIRY_JOB = 'users.role-override-expiry';
const EXPIRY_BATCH = 200;
const DAY_MS = 86_400_000;

interface LockedUser {
  id: string;
  displayName: string;
  active: boolean;
}

/**
 * Local role overrides and (de)activation. Each change, its audit line and the update of the
 * person's stored sessions happen in one transaction.
 */
@Injectable()
export class AdminUsersService implements OnModuleInit {
  constructor(
    private readonly users: UsersRepository,
    private readonly overrides: RoleOverridesRepository,
    private readonly audit: AuditLog,
    private readonly clock: Clock,
    private readonly jobs: JobQueue,
    private readonly sessions: SessionCache,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    // Only the audit line waits for this job; the role itself ends at its time without it.
    this.jobs.register(EXPIRY_JOB, () => this.recordExpired().then(() => undefined), {
      cron: '*/10 * * * *',
    });
  }

  async detail(id: string): Promise<UserAdminDetailDto> {
    await this.recordExpired();
    const user = await this.users.findById(id);
    if (!user) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    const now = this.clock.now();
    const history = await this.overrides.history(id);
    const active = history.filter((override) => isActive(override, now));
    return { ...toUserAdminDto(user, active), overrides: history.map((o) => toOverrideDto(o, now)) };
  }

  async grant(actor: SessionUser, userId: string, body: GrantRoleOverrideBody): Promise<UserAdminDetailDto> {
    const now = this.clock.now();
    const expiresAt = new Date(body.expiresAt);
    if (expiresAt.getTime() <= now.getTime()) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        expiresAt: ['Das Ablaufdatum muss in der Zukunft liegen.'],
      });
    }
    if (expiresAt.getTime() > now.getTime() + ROLE_OVERRIDE_LIMITS.maxDays * DAY_MS) {
      throw new DomainError(ErrorCode.ValidationFailed, undefined, {
        expiresAt: [`Eine zusätzliche Rolle gilt höchstens ${ROLE_OVERRIDE_LIMITS.maxDays} Tage.`],
      });
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      const override = await this.overrides.insert(manager, {
        userId,
        role: body.role,
        reason: body.reason,
        expiresAt,
        grantedAt: now,
        grantedById: actor.id,
        grantedByName: actor.displayName,
      });
      await this.syncSessions(manager, userId, now);
      await this.audit.record(
        {
          action: AuditAction.RoleOverrideGranted,
          actor,
          target: { type: 'user', id: userId },
          summary: `${user.displayName}: ${ROLE_LABELS[body.role]} bis ${berlin(expiresAt)}`,
          details: {
            overrideId: override.id,
            role: body.role,
            expiresAt: expiresAt.toISOString(),
            reason: body.reason,
          },
        },
        manager,
      );
    });
    this.sessions.forgetUser(userId);
    return this.detail(userId);
  }

  async revoke(actor: SessionUser, userId: string, overrideId: string): Promise<UserAdminDetailDto> {
    const now = this.clock.now();
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      const revoked = await this.overrides.revoke(manager, userId, overrideId, now, actor.displayName);
      if (!revoked) {
        throw new DomainError(
          ErrorCode.NotFound,
          'Diese zusätzliche Rolle gibt es nicht oder sie gilt nicht mehr.',
        );
      }
      await this.syncSessions(manager, userId, now);
      await this.audit.record(
        {
          action: AuditAction.RoleOverrideRevoked,
          actor,
          target: { type: 'user', id: userId },
          summary: `${user.displayName}: ${ROLE_LABELS[revoked.role]} entzogen`,
          details: { overrideId, role: revoked.role },
        },
        manager,
      );
    });
    this.sessions.forgetUser(userId);
    return this.detail(userId);
  }

  /** Deactivation ends every session of the person in the same transaction; sign-in is refused after. */
  async setActive(actor: SessionUser, userId: string, active: boolean): Promise<UserAdminDetailDto> {
    if (!active && actor.id === userId) {
      throw new DomainError(ErrorCode.Conflict, 'Sie können Ihr eigenes Konto nicht deaktivieren.');
    }
    await this.dataSource.transaction(async (manager) => {
      const user = await this.lockUser(manager, userId);
      if (!(await this.overrides.setActive(manager, userId, active))) return;
      const endedSessions = active ? 0 : await this.overrides.endSessions(manager, userId);
      await this.audit.record(
        {
          action: active ? AuditAction.UserReactivated : AuditAction.UserDeactivated,
          actor,
          target: { type: 'user', id: userId },
          summary: `${user.displayName} ${active ? 'reaktiviert' : 'deaktiviert'}`,
          details: active ? {} : { endedSessions },
        },
        manager,
      );
    });
    this.sessions.forgetUser(userId);
    return this.detail(userId);
  }

  /** Writes one audit line per override that has run out (by the cron job, and before showing a user). */
  async recordExpired(): Promise<number> {
    const now = this.clock.now();
    return this.dataSource.transaction(async (manager) => {
      const expired = await this.overrides.unrecordedExpired(manager, now, EXPIRY_BATCH);
      if (expired.length === 0) return 0;
      const names = await this.users.displayNames(expired.map((override) => override.userId));
      for (const override of expired) {
        await this.audit.record(
          {
            action: AuditAction.RoleOverrideExpired,
            actor: { system: EXPIRY_JOB },
            target: { type: 'user', id: override.userId },
            summary: `${names.get(override.userId) ?? 'Unbekannt'}: ${ROLE_LABELS[override.role]} abgelaufen`,
            details: {
              overrideId: override.id,
              role: override.role,
              expiresAt: override.expiresAt.toISOString(),
            },
          },
          manager,
        );
      }
      await this.overrides.markExpiryRecorded(
        manager,
        expired.map((override) => override.id),
        now,
      );
      return expired.length;
    });
  }

  private async lockUser(manager: EntityManager, userId: string): Promise<LockedUser> {
    const rows: LockedUser[] = await manager.query(
      'SELECT id, display_name AS "displayName", active FROM users WHERE id = $1 FOR UPDATE',
      [userId],
    );
    const user = rows[0];
    if (!user) throw new DomainError(ErrorCode.NotFound, NOT_FOUND);
    return user;
  }

  private async syncSessions(manager: EntityManager, userId: string, now: Date): Promise<void> {
    const active = await this.overrides.active(userId, now, manager);
    await this.overrides.syncSessions(manager, userId, toSessionOverrides(active));
  }
}

function isActive(override: RoleOverrideEntity, now: Date): boolean {
  return override.revokedAt === null && override.expiresAt.getTime() > now.getTime();
}

function berlin(time: Date): string {
  return time.toLocaleString('de-DE', { timeZone: 'Europe/Berlin', dateStyle: 'medium', timeStyle: 'short' });
}

function toOverrideDto(override: RoleOverrideEntity, now: Date): RoleOverrideDto {
  return {
    id: override.id,
    role: override.role,
    reason: override.reason,
    expiresAt: override.expiresAt.toISOString(),
    grantedAt: override.grantedAt.toISOString(),
    grantedByName: override.grantedByName,
    revokedAt: override.revokedAt?.toISOString() ?? null,
    revokedByName: override.revokedByName,
    active: isActive(override, now),
  };
}
