import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { AudienceViewer } from '@portal/contracts';
import { whereInAudience } from '../../core/audience/audience.sql';
import { NewsEntity } from './news.entity';
import type { FeedPosition } from './news-cursor';

@Injectable()
export class NewsRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(NewsEntity);
  }

  findById(id: string): Promise<NewsEntity | null> {
    return this.repository.findOne({ where: { id }, relations: { organisation: true, author: true } });
  }

  /**
   * Published items this viewer is in the audience of, newest first, one keyset page. The
   * audience test mirrors `isInAudience` in the contracts; organisation and author come in the
   * same query (no N+1). Served by news_feed_idx.
   */
  feed(
    viewer: AudienceViewer,
    now: Date,
    after: FeedPosition | undefined,
    limit: number,
  ): Promise<NewsEntity[]> {
    const query = this.repository
      .createQueryBuilder('news')
      .leftJoinAndSelect('news.organisation', 'organisation')
      .leftJoinAndSelect('news.author', 'author')
      .where(`news.status = 'published'`)
      .andWhere('news.publishedAt <= :now', { now });
    whereInAudience(query, 'news', viewer);
    query.orderBy('news.publishedAt', 'DESC').addOrderBy('news.id', 'DESC').limit(limit);
    if (after) {
      query.andWhere('(news.publishedAt, news.id) < (:afterTime, CAST(:afterId AS uuid))', {
        afterTime: after.publishedAt,
        afterId: after.id,
      });
    }
    return query.getMany();
  }

  insert(values: Partial<NewsEntity>): Promise<NewsEntity> {
    return this.repository.save(this.repository.create(values));
  }

  /** Applies the change only if nobody changed the item since `version` was read. */
  async updateIfVersion(id: string, version: number, changes: Partial<NewsEntity>): Promise<boolean> {
    const result = await this.repository
      .createQueryBuilder()
      .update(NewsEntity)
      .set({ ...changes, version: () => 'version + 1', updatedAt: () => 'now()' })
      .where('id = :id AND version = :version', { id, version })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
