import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import { FileStorage, StoredFileMissing } from './file-storage';
import { StoredFileEntity } from './stored-file.entity';
import type { StagedFile } from './upload-receiver';

/**
 * Keeps `stored_files` rows and stored contents in step: a row exists exactly when its content
 * does (as far as a crash between the two steps allows: then only an unreferenced blob remains).
 */
@Injectable()
export class StoredFilesService {
  private readonly logger = new Logger(StoredFilesService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly storage: FileStorage,
  ) {}

  /**
   * Stores a staged file: in one transaction the row is inserted, `link` runs (the caller's own
   * rows, e.g. `news_files`), and the content is moved into the store last. If anything fails
   * the transaction rolls back and the moved content is removed again.
   */
  async store<T>(
    staged: StagedFile,
    uploadedBy: string | null,
    link: (manager: EntityManager, file: StoredFileEntity) => Promise<T>,
  ): Promise<T> {
    const storageKey = randomUUID();
    let moved = false;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const file = await manager.getRepository(StoredFileEntity).save(
          manager.getRepository(StoredFileEntity).create({
            id: randomUUID(),
            storageKey,
            originalName: staged.originalName,
            mediaType: staged.mediaType,
            size: staged.size,
            sha256: staged.sha256,
            uploadedBy,
          }),
        );
        const result = await link(manager, file);
        await this.storage.putFile(storageKey, staged.path);
        moved = true;
        return result;
      });
    } catch (error) {
      if (moved) await this.removeContent([storageKey]);
      throw error;
    }
  }

  /**
   * Deletes rows inside the caller's transaction (links referencing them cascade) and returns
   * their storage keys; pass them to `removeContent` once the transaction has committed.
   */
  async deleteRows(manager: EntityManager, fileIds: readonly string[]): Promise<string[]> {
    if (fileIds.length === 0) return [];
    const repository = manager.getRepository(StoredFileEntity);
    const rows = await repository.find({
      where: { id: In([...fileIds]) },
      select: { id: true, storageKey: true },
    });
    if (rows.length > 0) await repository.delete({ id: In(rows.map((row) => row.id)) });
    return rows.map((row) => row.storageKey);
  }

  /** Removes stored contents; failures are logged (an orphaned blob is harmless, a lost row is not). */
  async removeContent(storageKeys: readonly string[]): Promise<void> {
    for (const key of storageKeys) {
      await this.storage
        .delete(key)
        .catch((error: unknown) =>
          this.logger.warn({ err: error, key }, 'Stored content could not be removed'),
        );
    }
  }

  findById(id: string): Promise<StoredFileEntity | null> {
    return this.dataSource.getRepository(StoredFileEntity).findOneBy({ id });
  }

  /** The content of a file; null when the row's content is missing from the store. */
  async open(file: StoredFileEntity): Promise<Readable | null> {
    try {
      return await this.storage.get(file.storageKey);
    } catch (error) {
      if (error instanceof StoredFileMissing) {
        this.logger.error({ fileId: file.id }, 'Stored content missing for an existing row');
        return null;
      }
      throw error;
    }
  }
}
