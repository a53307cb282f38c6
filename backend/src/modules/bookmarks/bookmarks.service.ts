import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { BookmarkListDto, BookmarkStateDto } from '@portal/contracts';
import { DataSource } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { Clock } from '../../core/clock/clock';
import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';
import { KeysetPageParams } from '../../core/http/keyset-page.query';
import { CommentTargetRegistry } from '../comments/comment-target.registry';
import { BookmarkEntity } from './bookmark.entity';

/**
 * The Merkliste. Which content exists and who may see it is asked of the content targets that
 * modules register for comments (`CommentTargetRegistry`): one registration, three uses.
 */
@Injectable()
export class BookmarksService {
  constructor(
    private readonly targets: CommentTargetRegistry,
    private readonly clock: Clock,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  private get repository() {
    return this.dataSource.getRepository(BookmarkEntity);
  }

  async list(user: SessionUser, query: KeysetPageParams): Promise<BookmarkListDto> {
    const builder = this.repository
      .createQueryBuilder('bookmark')
      .where('bookmark.userId = :userId', { userId: user.id })
      .orderBy('bookmark.createdAt', 'DESC')
      .addOrderBy('bookmark.targetId', 'DESC')
      .limit(query.limit + 1);
    if (query.cursor) {
      const after = decodeKeysetCursor(query.cursor);
      builder.andWhere('(bookmark.createdAt, bookmark.targetId) < (:time, CAST(:id AS uuid))', {
        time: after.time,
        id: after.id,
      });
    }
    const rows = await builder.getMany();
    const page = rows.slice(0, query.limit);
    const last = page.at(-1);
    return {
      items: page.map((row) => ({
        targetType: row.targetType,
        targetId: row.targetId,
        title: row.title,
        link: row.link,
        createdAt: row.createdAt.toISOString(),
      })),
      nextCursor:
        rows.length > query.limit && last
          ? encodeKeysetCursor({ time: last.createdAt, id: last.targetId })
          : null,
    };
  }

  async add(user: SessionUser, targetType: string, targetId: string): Promise<BookmarkStateDto> {
    const target = this.targets.get(targetType);
    await target.assertReadable(user, targetId);
    const { title, link } = await target.describe(targetId);
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(BookmarkEntity)
      .values({ userId: user.id, targetType, targetId, title, link, createdAt: this.clock.now() })
      .orUpdate(['title', 'link'], ['user_id', 'target_type', 'target_id'])
      .execute();
    return { bookmarked: true };
  }

  async remove(user: SessionUser, targetType: string, targetId: string): Promise<BookmarkStateDto> {
    this.targets.get(targetType);
    await this.repository.delete({ userId: user.id, targetType, targetId });
    return { bookmarked: false };
  }

  /** Of these targets, the ones on the user's Merkliste (one query for a page). */
  async bookmarkedIds(
    userId: string,
    targetType: string,
    targetIds: readonly string[],
  ): Promise<Set<string>> {
    if (targetIds.length === 0) return new Set();
    const rows: { target_id: string }[] = await this.dataSource.query(
      'SELECT target_id FROM bookmarks WHERE user_id = $1 AND target_type = $2 AND target_id = ANY($3::uuid[])',
      [userId, targetType, targetIds],
    );
    return new Set(rows.map((row) => row.target_id));
  }
}
