import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { CommentDeletion, CommentReactionDto } from '@portal/contracts';
import { escapeLike } from '../../core/database/escape-like';
import { UserEntity } from '../users/user.entity';
import { CommentMentionEntity } from './comment-mention.entity';
import { CommentReactionEntity } from './comment-reaction.entity';
import { CommentEntity } from './comment.entity';
import type { ThreadPosition } from './comment-cursor';

export interface MentionedPerson {
  userId: string;
  displayName: string;
}

/** The only place with comment queries. Every path is served by an index named beside it. */
@Injectable()
export class CommentsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get comments() {
    return this.dataSource.getRepository(CommentEntity);
  }

  /** One page of a thread, oldest first, authors joined (comments_thread_idx). */
  thread(
    targetType: string,
    targetId: string,
    after: ThreadPosition | undefined,
    limit: number,
  ): Promise<CommentEntity[]> {
    const query = this.comments
      .createQueryBuilder('comment')
      .leftJoinAndSelect('comment.author', 'author')
      .where('comment.targetType = :targetType AND comment.targetId = :targetId', { targetType, targetId })
      .orderBy('comment.createdAt', 'ASC')
      .addOrderBy('comment.id', 'ASC')
      .limit(limit);
    if (after) {
      query.andWhere('(comment.createdAt, comment.id) > (:afterTime, CAST(:afterId AS uuid))', {
        afterTime: after.createdAt,
        afterId: after.id,
      });
    }
    return query.getMany();
  }

  findById(id: string): Promise<CommentEntity | null> {
    return this.comments.findOne({ where: { id }, relations: { author: true } });
  }

  /** Count and „mine“ of one reaction kind for a page of comments, in one query (primary key). */
  async reactions(
    commentIds: string[],
    kind: string,
    userId: string,
  ): Promise<Map<string, CommentReactionDto>> {
    const result = new Map<string, CommentReactionDto>();
    if (commentIds.length === 0) return result;
    const rows: { comment_id: string; count: number; mine: boolean }[] = await this.dataSource.query(
      `SELECT comment_id, count(*)::int AS count, bool_or(user_id = $3) AS mine
         FROM comment_reactions
        WHERE comment_id = ANY($1::uuid[]) AND kind = $2
        GROUP BY comment_id`,
      [commentIds, kind, userId],
    );
    for (const row of rows) result.set(row.comment_id, { count: row.count, mine: row.mine });
    return result;
  }

  /** The mentioned people of a page of comments with their current names, in one query. */
  async mentions(commentIds: string[]): Promise<Map<string, Map<string, string>>> {
    const result = new Map<string, Map<string, string>>();
    if (commentIds.length === 0) return result;
    const rows: { comment_id: string; user_id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT mention.comment_id, mention.user_id, person.display_name
         FROM comment_mentions mention
         JOIN users person ON person.id = mention.user_id
        WHERE mention.comment_id = ANY($1::uuid[])`,
      [commentIds],
    );
    for (const row of rows) {
      const names = result.get(row.comment_id) ?? new Map<string, string>();
      names.set(row.user_id, row.display_name);
      result.set(row.comment_id, names);
    }
    return result;
  }

  /** Of these ids, the people that exist and are active (primary key lookups). */
  /** Everyone who has commented on the target (they follow the thread); capped. */
  async participants(targetType: string, targetId: string): Promise<string[]> {
    const rows: { author_id: string }[] = await this.dataSource.query(
      `SELECT DISTINCT author_id FROM comments
        WHERE target_type = $1 AND target_id = $2 AND deleted_at IS NULL AND author_id IS NOT NULL
        LIMIT 500`,
      [targetType, targetId],
    );
    return rows.map((row) => row.author_id);
  }

  async activeUsers(ids: string[]): Promise<MentionedPerson[]> {
    if (ids.length === 0) return [];
    const rows: { id: string; display_name: string }[] = await this.dataSource.query(
      `SELECT id, display_name FROM users WHERE id = ANY($1::uuid[]) AND active`,
      [ids],
    );
    return rows.map((row) => ({ userId: row.id, displayName: row.display_name }));
  }

  /**
   * Active people with a role whose name, or a word of it, starts with `prefix`; by name. Served
   * by users_display_name_trgm_idx (trigram index, answers ILIKE patterns).
   */
  suggestionCandidates(
    prefix: string,
    excludeUserId: string,
    organisationId: string | null,
    offset: number,
    limit: number,
  ): Promise<UserEntity[]> {
    const escaped = escapeLike(prefix);
    return (
      this.dataSource
        .getRepository(UserEntity)
        .createQueryBuilder('user')
        .leftJoinAndSelect('user.organisation', 'organisation')
        .where('user.active AND cardinality(user.roles) > 0 AND user.id <> :exclude', {
          exclude: excludeUserId,
        })
        // Opted out of the people directory: suggested only to colleagues of the same Jobcenter.
        .andWhere('(NOT user.directoryOptOut OR user.organisationId = :organisationId)', {
          organisationId,
        })
        .andWhere('(user.displayName ILIKE :start OR user.displayName ILIKE :word)', {
          start: `${escaped}%`,
          word: `% ${escaped}%`,
        })
        .orderBy('user.displayName', 'ASC')
        .addOrderBy('user.id', 'ASC')
        .offset(offset)
        .limit(limit)
        .getMany()
    );
  }

  /** Inserts the comment and its mentions together. */
  insert(values: Partial<CommentEntity>, mentionedIds: string[]): Promise<CommentEntity> {
    return this.dataSource.transaction(async (manager) => {
      const comment = await manager.save(manager.create(CommentEntity, values));
      await this.saveMentions(manager, comment.id, mentionedIds);
      return comment;
    });
  }

  /** Changes body and mentions only if nobody changed the comment since `version` was read. */
  updateBodyIfVersion(
    id: string,
    version: number,
    body: string,
    editedAt: Date,
    mentionedIds: string[],
  ): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const result = await manager
        .createQueryBuilder()
        .update(CommentEntity)
        .set({ body, editedAt, version: () => 'version + 1' })
        .where('id = :id AND version = :version AND deleted_at IS NULL', { id, version })
        .execute();
      if ((result.affected ?? 0) !== 1) return false;
      await manager.delete(CommentMentionEntity, { commentId: id });
      await this.saveMentions(manager, id, mentionedIds);
      return true;
    });
  }

  async softDelete(id: string, by: string, kind: CommentDeletion, at: Date): Promise<void> {
    await this.comments
      .createQueryBuilder()
      .update(CommentEntity)
      .set({ deletedAt: at, deletedBy: by, deletionKind: kind, version: () => 'version + 1' })
      .where('id = :id AND deleted_at IS NULL', { id })
      .execute();
  }

  /** Idempotent: a second „Hilfreich“ of the same person changes nothing. */
  async addReaction(commentId: string, userId: string, kind: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .insert()
      .into(CommentReactionEntity)
      .values({ commentId, userId, kind })
      .orIgnore()
      .execute();
  }

  async removeReaction(commentId: string, userId: string, kind: string): Promise<void> {
    await this.dataSource.getRepository(CommentReactionEntity).delete({ commentId, userId, kind });
  }

  private async saveMentions(manager: EntityManager, commentId: string, userIds: string[]): Promise<void> {
    if (userIds.length === 0) return;
    await manager.insert(
      CommentMentionEntity,
      userIds.map((userId) => ({ commentId, userId })),
    );
  }
}
