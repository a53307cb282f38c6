import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { filesWithoutText } from '../search/extraction/files-without-text';
import { NewsFileEntity, NewsFileRole } from './news-file.entity';

/** Queries of `news_files`; reads join the stored file's metadata in the same query. */
@Injectable()
export class NewsFilesRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  private repository(manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).getRepository(NewsFileEntity);
  }

  /** Covers of a page of items in one query (served by news_files_cover_uq). */
  covers(newsIds: readonly string[]): Promise<NewsFileEntity[]> {
    if (newsIds.length === 0) return Promise.resolve([]);
    return this.repository().find({
      where: { newsId: In([...newsIds]), role: 'cover' },
      relations: { file: true },
    });
  }

  /** Cover and attachments of one item, attachments in their order (served by the primary key). */
  ofNews(newsId: string): Promise<NewsFileEntity[]> {
    return this.repository().find({
      where: { newsId },
      relations: { file: true },
      order: { position: 'ASC', createdAt: 'ASC' },
    });
  }

  /** Of these links, the files the search found no text in (scanned PDFs), in one query. */
  withoutText(links: readonly NewsFileEntity[]): Promise<Set<string>> {
    return filesWithoutText(
      this.dataSource,
      links.map((link) => link.fileId),
    );
  }

  find(newsId: string, fileId: string, manager?: EntityManager): Promise<NewsFileEntity | null> {
    return this.repository(manager).findOne({ where: { newsId, fileId }, relations: { file: true } });
  }

  findByRole(manager: EntityManager, newsId: string, role: NewsFileRole): Promise<NewsFileEntity[]> {
    return this.repository(manager).find({ where: { newsId, role } });
  }

  countAttachments(newsId: string, manager?: EntityManager): Promise<number> {
    return this.repository(manager).count({ where: { newsId, role: 'attachment' } });
  }

  /**
   * Locks the item's row until the transaction ends, so concurrent uploads to one item are
   * counted and positioned one after another. False when the item is gone.
   */
  async lockNews(manager: EntityManager, newsId: string): Promise<boolean> {
    const rows: unknown[] = await manager.query('SELECT id FROM news WHERE id = $1 FOR UPDATE', [newsId]);
    return rows.length === 1;
  }

  async nextPosition(manager: EntityManager, newsId: string): Promise<number> {
    const [row]: { next: number }[] = await manager.query(
      `SELECT COALESCE(MAX(position), -1) + 1 AS next FROM news_files WHERE news_id = $1`,
      [newsId],
    );
    return Number(row?.next ?? 0);
  }

  async insert(manager: EntityManager, values: Partial<NewsFileEntity>): Promise<void> {
    await this.repository(manager).insert(values);
  }

  async fileIdsOf(manager: EntityManager, newsId: string): Promise<string[]> {
    const rows = await this.repository(manager).find({ where: { newsId }, select: { fileId: true } });
    return rows.map((row) => row.fileId);
  }
}
