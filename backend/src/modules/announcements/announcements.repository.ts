import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { AnnouncementEntity } from './announcement.entity';

const ADMIN_LIST_LIMIT = 100;

@Injectable()
export class AnnouncementsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Everything not yet over (announcements_ends_at_idx); the caller filters by start against its clock. */
  notEnded(now: Date): Promise<AnnouncementEntity[]> {
    return this.dataSource
      .getRepository(AnnouncementEntity)
      .createQueryBuilder('a')
      .where('a.endsAt > :now', { now })
      .orderBy('a.startsAt', 'ASC')
      .limit(ADMIN_LIST_LIMIT)
      .getMany();
  }

  /** Newest end first, bounded: the admin page shows current, planned and recent ones. */
  latest(): Promise<AnnouncementEntity[]> {
    return this.dataSource
      .getRepository(AnnouncementEntity)
      .find({ order: { endsAt: 'DESC', id: 'ASC' }, take: ADMIN_LIST_LIMIT });
  }

  find(manager: EntityManager, id: string): Promise<AnnouncementEntity | null> {
    return manager.getRepository(AnnouncementEntity).findOneBy({ id });
  }

  save(manager: EntityManager, values: Partial<AnnouncementEntity>): Promise<AnnouncementEntity> {
    const repository = manager.getRepository(AnnouncementEntity);
    return repository.save(repository.create(values));
  }

  async delete(manager: EntityManager, id: string): Promise<boolean> {
    const result = await manager.getRepository(AnnouncementEntity).delete({ id });
    return (result.affected ?? 0) > 0;
  }
}
