import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { AudienceViewer, ResourceKind } from '@portal/contracts';
import { DataSource, EntityManager, SelectQueryBuilder } from 'typeorm';
import { whereInAudience } from '../../core/audience/audience.sql';
import type { KeysetPosition } from '../../core/http/keyset-cursor';
import { ResourceEntity } from './resource.entity';

export const RESOURCE_TARGET = 'resource';

export interface ResourceFilter {
  kind?: ResourceKind;
  topicId?: string;
  providerOrganisationId?: string;
  providerName?: string;
  brokenLinks?: boolean;
}

/** Whose view a list is for: the coordination sees every audience, everyone else only theirs. */
export type ListViewer = { manage: true } | { manage: false; viewer: AudienceViewer };

const QUEUE_MAX = 100;

/** TypeORM answers UPDATE/DELETE … RETURNING with `[rows, count]`, SELECT/INSERT with the rows. */
function rowsOf<T>(result: unknown): T[] {
  if (
    Array.isArray(result) &&
    result.length === 2 &&
    Array.isArray(result[0]) &&
    typeof result[1] === 'number'
  )
    return result[0] as T[];
  return result as T[];
}

@Injectable()
export class ResourcesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repository(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(ResourceEntity);
  }

  findById(id: string, manager?: EntityManager): Promise<ResourceEntity | null> {
    return this.repository(manager).findOne({
      where: { id },
      relations: { providerOrganisation: true, suggestedBy: true },
    });
  }

  async insert(manager: EntityManager, row: Partial<ResourceEntity>): Promise<string> {
    const result = await this.repository(manager).insert(row);
    return (result.identifiers[0] as { id: string }).id;
  }

  /** Changes a row if it still has `version`; null when someone else changed it meanwhile. */
  async updateIfVersion(
    manager: EntityManager,
    id: string,
    version: number,
    changes: Partial<ResourceEntity>,
  ): Promise<number | null> {
    const result = await this.repository(manager)
      .createQueryBuilder()
      .update(ResourceEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .returning(['version'])
      .execute();
    const row = (result.raw as { version: number }[])[0];
    return row ? row.version : null;
  }

  async delete(manager: EntityManager, id: string): Promise<void> {
    await this.repository(manager).delete({ id });
  }

  /** Published resources the viewer may see (the SQL twin of `mayRead` for published rows). */
  private published(who: ListViewer): SelectQueryBuilder<ResourceEntity> {
    const query = this.repository()
      .createQueryBuilder('resource')
      .leftJoinAndSelect('resource.providerOrganisation', 'providerOrganisation')
      .where(`resource.status = 'published'`);
    if (!who.manage) whereInAudience(query, 'resource', who.viewer);
    return query;
  }

  /** One keyset page, newest first; the topic filter is a semi-join on taxonomy_assignments_term_idx. */
  list(
    filter: ResourceFilter,
    who: ListViewer,
    after: KeysetPosition | undefined,
    limit: number,
  ): Promise<ResourceEntity[]> {
    const query = this.published(who);
    if (filter.kind) query.andWhere('resource.kind = :kind', { kind: filter.kind });
    if (filter.topicId) {
      query.andWhere(
        `EXISTS (SELECT 1 FROM taxonomy_assignments topic WHERE topic.term_id = :topicId AND topic.target_type = '${RESOURCE_TARGET}' AND topic.target_id = resource.id)`,
        { topicId: filter.topicId },
      );
    }
    if (filter.providerOrganisationId) {
      query.andWhere('resource.providerOrganisationId = :providerOrganisationId', {
        providerOrganisationId: filter.providerOrganisationId,
      });
    }
    if (filter.providerName) {
      query.andWhere('resource.providerName = :providerName', { providerName: filter.providerName });
    }
    if (filter.brokenLinks) query.andWhere(`resource.linkStatus = 'broken'`);
    if (after) {
      query.andWhere('(resource.publishedAt, resource.id) < (:afterTime, CAST(:afterId AS uuid))', {
        afterTime: after.time,
        afterId: after.id,
      });
    }
    return query
      .orderBy('resource.publishedAt', 'DESC')
      .addOrderBy('resource.id', 'DESC')
      .limit(limit)
      .getMany();
  }

  /** Distinct providers of what the viewer may see (for the filter). */
  async providers(who: ListViewer): Promise<{ organisationId: string | null; name: string }[]> {
    const query = this.published(who)
      .select('resource.providerOrganisationId', 'organisationId')
      .addSelect(`coalesce(providerOrganisation.name, resource.providerName)`, 'name')
      .andWhere(`(resource.providerOrganisationId IS NOT NULL OR resource.providerName <> '')`)
      .groupBy('resource.providerOrganisationId')
      .addGroupBy('providerOrganisation.name')
      .addGroupBy('resource.providerName')
      .orderBy('name', 'ASC')
      .limit(200);
    const rows: { organisationId: string | null; name: string }[] = await query.getRawMany();
    return rows;
  }

  /** Suggestions waiting for review, oldest first (resources_suggested_idx). */
  suggestions(): Promise<ResourceEntity[]> {
    return this.repository()
      .createQueryBuilder('resource')
      .leftJoinAndSelect('resource.providerOrganisation', 'providerOrganisation')
      .leftJoinAndSelect('resource.suggestedBy', 'suggestedBy')
      .where(`resource.status = 'suggested'`)
      .orderBy('resource.createdAt', 'ASC')
      .addOrderBy('resource.id', 'ASC')
      .limit(QUEUE_MAX)
      .getMany();
  }

  /** The person's own suggestions that are not published (yet). */
  suggestionsOf(userId: string): Promise<ResourceEntity[]> {
    return this.repository()
      .createQueryBuilder('resource')
      .leftJoinAndSelect('resource.providerOrganisation', 'providerOrganisation')
      .where('resource.suggestedById = :userId', { userId })
      .andWhere(`resource.status IN ('suggested', 'rejected')`)
      .orderBy('resource.createdAt', 'DESC')
      .limit(QUEUE_MAX)
      .getMany();
  }

  /** Of these ids, the published ones the viewer may see, with their rows (for collections). */
  visibleByIds(ids: readonly string[], who: ListViewer): Promise<ResourceEntity[]> {
    if (ids.length === 0) return Promise.resolve([]);
    return this.published(who)
      .andWhere('resource.id IN (:...ids)', { ids: [...ids] })
      .getMany();
  }

  async fileCounts(ids: readonly string[]): Promise<Map<string, number>> {
    if (ids.length === 0) return new Map();
    const rows: { resource_id: string; count: number }[] = await this.dataSource.query(
      'SELECT resource_id, count(*)::int AS count FROM resource_files WHERE resource_id = ANY($1::uuid[]) GROUP BY resource_id',
      [ids],
    );
    return new Map(rows.map((row) => [row.resource_id, row.count]));
  }

  async myRating(resourceId: string, userId: string): Promise<number | null> {
    const rows: { value: number }[] = await this.dataSource.query(
      'SELECT value FROM resource_ratings WHERE resource_id = $1 AND user_id = $2',
      [resourceId, userId],
    );
    return rows[0]?.value ?? null;
  }

  /**
   * Sets or changes one person's rating and the counters in one transaction. Raw SQL: the
   * counters are not an edit of the resource (no new `version`, no 409 for its editors).
   */
  async rate(resourceId: string, userId: string, value: number, now: Date): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const previous: { value: number }[] = await manager.query(
        'SELECT value FROM resource_ratings WHERE resource_id = $1 AND user_id = $2 FOR UPDATE',
        [resourceId, userId],
      );
      const old = previous[0]?.value;
      await manager.query(
        `INSERT INTO resource_ratings (resource_id, user_id, value, rated_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (resource_id, user_id) DO UPDATE SET value = EXCLUDED.value, rated_at = EXCLUDED.rated_at`,
        [resourceId, userId, value, now],
      );
      await manager.query(
        'UPDATE resources SET rating_sum = rating_sum + $2, rating_count = rating_count + $3 WHERE id = $1',
        [resourceId, value - (old ?? 0), old === undefined ? 1 : 0],
      );
    });
  }

  async unrate(resourceId: string, userId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const removed = rowsOf<{ value: number }>(
        await manager.query(
          'DELETE FROM resource_ratings WHERE resource_id = $1 AND user_id = $2 RETURNING value',
          [resourceId, userId],
        ),
      );
      const old = removed[0]?.value;
      if (old === undefined) return;
      await manager.query(
        'UPDATE resources SET rating_sum = rating_sum - $2, rating_count = rating_count - 1 WHERE id = $1',
        [resourceId, old],
      );
    });
  }

  /** Links due for the nightly check (never demo rows): unchecked or checked before `before`. */
  async dueForCheck(before: Date, limit: number): Promise<string[]> {
    const rows: { id: string }[] = await this.dataSource.query(
      `SELECT id FROM resources
       WHERE url IS NOT NULL AND NOT demo AND status <> 'rejected'
         AND (link_checked_at IS NULL OR link_checked_at < $1)
       ORDER BY link_checked_at ASC NULLS FIRST
       LIMIT $2`,
      [before, limit],
    );
    return rows.map((row) => row.id);
  }

  /** Writes a check's result (raw SQL: a job must not raise `version`/`updated_at`). */
  async recordCheck(
    id: string,
    url: string,
    result: { status: string; httpStatus: number | null; detail: string | null },
    at: Date,
  ): Promise<{ previous: string } | null> {
    const rows = rowsOf<{ previous: string }>(
      await this.dataSource.query(
        `UPDATE resources r SET link_status = $3, link_http_status = $4, link_detail = $5, link_checked_at = $6
       FROM (SELECT id, link_status AS previous FROM resources WHERE id = $1 FOR UPDATE) old
       WHERE r.id = old.id AND r.url = $2
       RETURNING old.previous`,
        [id, url, result.status, result.httpStatus, result.detail, at],
      ),
    );
    return rows[0] ?? null;
  }
}
