import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Role } from '@portal/contracts';
import { escapeLike } from '../../core/database/escape-like';
import { UserEntity } from './user.entity';

export interface ProvisionedUser {
  id: string;
  displayName: string;
  roles: Role[];
  organisationId: string | null;
  active: boolean;
  /** Roles before this sign-in; null at the first one. */
  previousRoles: Role[] | null;
}

export interface UserSearch {
  q?: string;
  offset: number;
  limit: number;
}

@Injectable()
export class UsersRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Creates the user at first sign-in, or refreshes name, e-mail, roles and organisation from the claims. */
  async upsertFromIdentity(input: {
    issuer: string;
    subject: string;
    displayName: string;
    email: string | null;
    roles: Role[];
    organisationId: string | null;
  }): Promise<ProvisionedUser> {
    const rows: ProvisionedUser[] = await this.dataSource.query(
      `WITH previous AS (SELECT roles FROM users WHERE issuer = $1 AND subject = $2)
       INSERT INTO users (issuer, subject, display_name, email, roles, organisation_id, last_login_at)
       VALUES ($1, $2, $3, $4, $5, $6, now())
       ON CONFLICT (issuer, subject) DO UPDATE
         SET display_name = EXCLUDED.display_name, email = EXCLUDED.email, roles = EXCLUDED.roles,
             organisation_id = EXCLUDED.organisation_id,
             last_login_at = CASE WHEN users.active THEN now() ELSE users.last_login_at END,
             updated_at = now()
       RETURNING id, display_name AS "displayName", roles, organisation_id AS "organisationId", active,
                 (SELECT roles FROM previous) AS "previousRoles"`,
      [input.issuer, input.subject, input.displayName, input.email, input.roles, input.organisationId],
    );
    const user = rows[0];
    if (!user) throw new Error('upsert returned no row');
    return user;
  }

  /** Records that a known person signed in without any portal role (no new row is created). */
  async clearRoles(issuer: string, subject: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE users SET roles = '{}', updated_at = now() WHERE issuer = $1 AND subject = $2`,
      [issuer, subject],
    );
  }

  async displayNames(ids: readonly string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      'SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])',
      [[...new Set(ids)]],
    );
    return new Map(rows.map((row) => [row.id, row.display_name]));
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .findOne({ where: { id }, relations: { organisation: true } });
  }

  async search({ q, offset, limit }: UserSearch): Promise<[UserEntity[], number]> {
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.organisation', 'organisation')
      .orderBy('user.displayName', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .offset(offset)
      .limit(limit);
    if (q) {
      query.where('(user.displayName ILIKE :pattern OR user.email ILIKE :pattern)', {
        pattern: `%${escapeLike(q)}%`,
      });
    }
    return query.getManyAndCount();
  }
}
