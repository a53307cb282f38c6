import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AudienceViewer } from '@portal/contracts';
import { whereInAudience } from '../../core/audience/audience.sql';
import { EventEntity } from './event.entity';
import type { EventPosition } from './event-cursor';

/** Upper bound for one month view or feed; far above what the network publishes per month. */
export const RANGE_ROW_LIMIT = 500;

@Injectable()
export class EventsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(EventEntity);
  }

  private visibleTo(viewer: AudienceViewer) {
    const query = this.repository
      .createQueryBuilder('event')
      .leftJoinAndSelect('event.organisation', 'organisation');
    return whereInAudience(query, 'event', viewer);
  }

  findById(id: string): Promise<EventEntity | null> {
    return this.repository.findOne({ where: { id }, relations: { organisation: true, author: true } });
  }

  /** Not yet ended, by start; one keyset page served by events_start_idx. */
  upcoming(
    viewer: AudienceViewer,
    now: Date,
    after: EventPosition | undefined,
    limit: number,
  ): Promise<EventEntity[]> {
    const query = this.visibleTo(viewer)
      .andWhere('event.endsAt > :now', { now })
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .limit(limit);
    if (after) {
      query.andWhere('(event.startsAt, event.id) > (:afterTime, CAST(:afterId AS uuid))', {
        afterTime: after.startsAt,
        afterId: after.id,
      });
    }
    return query.getMany();
  }

  /** Events overlapping [from, to), by start (month view, calendar feed). */
  overlapping(viewer: AudienceViewer, from: Date, to: Date): Promise<EventEntity[]> {
    return this.visibleTo(viewer)
      .andWhere('event.startsAt < :to AND event.endsAt > :from', { from, to })
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .limit(RANGE_ROW_LIMIT)
      .getMany();
  }

  /** Everything ending after `from` (the personal calendar feed: upcoming and recent). */
  endingAfter(viewer: AudienceViewer, from: Date): Promise<EventEntity[]> {
    return this.visibleTo(viewer)
      .andWhere('event.endsAt > :from', { from })
      .orderBy('event.startsAt', 'ASC')
      .addOrderBy('event.id', 'ASC')
      .limit(RANGE_ROW_LIMIT)
      .getMany();
  }

  async organisationExists(id: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query('SELECT 1 FROM organisations WHERE id = $1', [id]);
    return rows.length > 0;
  }

  insert(values: Partial<EventEntity>): Promise<EventEntity> {
    return this.repository.save(this.repository.create(values));
  }

  /** Applies the change only if nobody changed the event since `version` was read. */
  async updateIfVersion(id: string, version: number, changes: Partial<EventEntity>): Promise<boolean> {
    const result = await this.repository
      .createQueryBuilder()
      .update(EventEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
