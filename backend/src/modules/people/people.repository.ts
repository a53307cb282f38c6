import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { escapeLike } from '../../core/database/escape-like';
import { UserEntity } from '../users/user.entity';

export interface PeoplePosition {
  name: string;
  id: string;
}

export interface DirectoryProfileChanges {
  directoryOptOut: boolean;
  jobTitle: string | null;
  phone: string | null;
  topics: string[];
}

/**
 * The people directory reads the users table: active persons with a role who did not opt out.
 * Ordered by (display_name, id) — users_display_name_idx; the search is a union of three indexed
 * paths (name trigram, organisation name trigram, topics GIN on portal_lower_array).
 */
@Injectable()
export class PeopleRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  page(q: string | undefined, after: PeoplePosition | null, limit: number): Promise<UserEntity[]> {
    const query = this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .leftJoinAndSelect('user.organisation', 'organisation')
      .where('user.active AND NOT user.directoryOptOut AND cardinality(user.roles) > 0')
      .orderBy('user.displayName', 'ASC')
      .addOrderBy('user.id', 'ASC')
      .limit(limit);
    if (after) {
      query.andWhere('(user.displayName, user.id) > (:name, :id)', { name: after.name, id: after.id });
    }
    if (q) {
      query.andWhere(
        `user.id IN (
           SELECT u.id FROM users u WHERE u.display_name ILIKE :pattern
           UNION SELECT u.id FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE o.name ILIKE :pattern
           UNION SELECT u.id FROM users u WHERE portal_lower_array(u.topics) @> ARRAY[lower(:topic)]
         )`,
        { pattern: `%${escapeLike(q)}%`, topic: q },
      );
    }
    return query.getMany();
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.dataSource.getRepository(UserEntity).findOneBy({ id });
  }

  async updateProfile(id: string, changes: DirectoryProfileChanges): Promise<void> {
    await this.dataSource.query(
      `UPDATE users SET directory_opt_out = $2, job_title = $3, phone = $4, topics = $5, updated_at = now()
        WHERE id = $1`,
      [id, changes.directoryOptOut, changes.jobTitle, changes.phone, changes.topics],
    );
  }
}
