import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { UserEntity } from '../users/user.entity';
import { FeedTokenEntity } from './feed-token.entity';

@Injectable()
export class FeedTokensRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  findByUser(userId: string): Promise<FeedTokenEntity | null> {
    return this.dataSource.getRepository(FeedTokenEntity).findOne({ where: { userId } });
  }

  /** Create or rotate in one statement: the old token stops working at once. */
  async replace(userId: string, tokenHash: string, now: Date): Promise<Date> {
    const rows: { created_at: Date }[] = await this.dataSource.query(
      `INSERT INTO feed_tokens (user_id, token_hash, created_at) VALUES ($1, $2, $3)
       ON CONFLICT (user_id) DO UPDATE SET token_hash = EXCLUDED.token_hash, created_at = EXCLUDED.created_at
       RETURNING created_at`,
      [userId, tokenHash, now],
    );
    const row = rows[0];
    if (!row) throw new Error('feed token upsert returned no row');
    return row.created_at;
  }

  async remove(userId: string): Promise<void> {
    await this.dataSource.getRepository(FeedTokenEntity).delete({ userId });
  }

  /** The active user a token belongs to, with current roles and organisation (unique index). */
  async userByHash(tokenHash: string): Promise<UserEntity | null> {
    return this.dataSource
      .getRepository(UserEntity)
      .createQueryBuilder('user')
      .innerJoin(FeedTokenEntity, 'token', 'token.userId = user.id')
      .where('token.tokenHash = :tokenHash', { tokenHash })
      .andWhere('user.active = true')
      .getOne();
  }
}
