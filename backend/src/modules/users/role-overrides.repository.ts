import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { SessionRoleOverride } from '../../core/auth/session-user';
import { RoleOverrideEntity } from './role-override.entity';

const HISTORY_LIMIT = 50;

/** Role overrides and the session rows that carry them. Every query walks role_overrides_user_idx. */
@Injectable()
export class RoleOverridesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Neither revoked nor expired at `now`. */
  active(
    userId: string,
    now: Date,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RoleOverrideEntity[]> {
    return manager
      .getRepository(RoleOverrideEntity)
      .createQueryBuilder('o')
      .where('o.userId = :userId AND o.expiresAt > :now AND o.revokedAt IS NULL', { userId, now })
      .orderBy('o.expiresAt', 'ASC')
      .getMany();
  }

  /** The active overrides of a page of users, one query. */
  async activeOfMany(userIds: readonly string[], now: Date): Promise<Map<string, RoleOverrideEntity[]>> {
    const result = new Map<string, RoleOverrideEntity[]>();
    if (userIds.length === 0) return result;
    const rows = await this.dataSource
      .getRepository(RoleOverrideEntity)
      .createQueryBuilder('o')
      .where('o.userId IN (:...userIds) AND o.expiresAt > :now AND o.revokedAt IS NULL', { userIds, now })
      .getMany();
    for (const row of rows) result.set(row.userId, [...(result.get(row.userId) ?? []), row]);
    return result;
  }

  /** Latest first, bounded. */
  history(userId: string): Promise<RoleOverrideEntity[]> {
    return this.dataSource
      .getRepository(RoleOverrideEntity)
      .find({ where: { userId }, order: { grantedAt: 'DESC' }, take: HISTORY_LIMIT });
  }

  insert(manager: EntityManager, values: Partial<RoleOverrideEntity>): Promise<RoleOverrideEntity> {
    const repository = manager.getRepository(RoleOverrideEntity);
    return repository.save(repository.create(values));
  }

  /** Revokes an override that is still running; null when there is none with this id for this user. */
  async revoke(
    manager: EntityManager,
    userId: string,
    id: string,
    now: Date,
    byName: string,
  ): Promise<RoleOverrideEntity | null> {
    const rows: [{ id: string }[], number] = await manager.query(
      `UPDATE role_overrides SET revoked_at = $3, revoked_by_name = $4
        WHERE id = $1 AND user_id = $2 AND revoked_at IS NULL AND expires_at > $3
        RETURNING id`,
      [id, userId, now, byName],
    );
    if (rows[1] === 0) return null;
    return manager.getRepository(RoleOverrideEntity).findOneBy({ id });
  }

  /** Expired overrides whose end is not yet in the audit log (locked, so two instances never both write it). */
  unrecordedExpired(manager: EntityManager, now: Date, limit: number): Promise<RoleOverrideEntity[]> {
    return manager
      .getRepository(RoleOverrideEntity)
      .createQueryBuilder('o')
      .where('o.expiresAt <= :now AND o.revokedAt IS NULL AND o.expiryRecordedAt IS NULL', { now })
      .orderBy('o.expiresAt', 'ASC')
      .limit(limit)
      .setLock('pessimistic_write')
      .setOnLocked('skip_locked')
      .getMany();
  }

  async markExpiryRecorded(manager: EntityManager, ids: readonly string[], now: Date): Promise<void> {
    await manager.query('UPDATE role_overrides SET expiry_recorded_at = $2 WHERE id = ANY($1::uuid[])', [
      ids,
      now,
    ]);
  }

  /**
   * Writes the person's current overrides into each of their stored sessions, so that the next
   * request of any backend instance sees them (sessions are read from PostgreSQL every request).
   */
  async syncSessions(
    manager: EntityManager,
    userId: string,
    overrides: SessionRoleOverride[],
  ): Promise<void> {
    await manager.query(
      `UPDATE sessions SET data = jsonb_set(data, '{passport,user,roleOverrides}', $2::jsonb)
        WHERE user_id = $1 AND data #> '{passport,user}' IS NOT NULL`,
      [userId, JSON.stringify(overrides)],
    );
  }

  /** Ends every session of the person at once (sessions_user_idx). */
  async endSessions(manager: EntityManager, userId: string): Promise<number> {
    const result: [unknown[], number] = await manager.query('DELETE FROM sessions WHERE user_id = $1', [
      userId,
    ]);
    return result[1];
  }

  /** Sets the account's state; false when it already had it (nothing to record). */
  async setActive(manager: EntityManager, userId: string, active: boolean): Promise<boolean> {
    const result: [unknown[], number] = await manager.query(
      'UPDATE users SET active = $2, updated_at = now() WHERE id = $1 AND active <> $2',
      [userId, active],
    );
    return result[1] > 0;
  }
}

export function toSessionOverrides(overrides: readonly RoleOverrideEntity[]): SessionRoleOverride[] {
  return overrides.map((override) => ({ role: override.role, expiresAt: override.expiresAt.toISOString() }));
}
