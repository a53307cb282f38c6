import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  type FilePreviewSize,
  type FileScanDto,
  hasPermission,
  isFileAvailable,
  Permission,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import { randomUUID } from 'node:crypto';
import type { Readable } from 'node:stream';
import { DataSource, EntityManager, In } from 'typeorm';
import type { SessionUser } from '../auth/session-user';
import { FileStorage, StoredFileMissing } from './file-storage';
import { assertFileAvailable, toFileScanDto } from './processing/file-availability';
import { FileProcessingService } from './processing/file-processing.service';
import { derivedKeys } from './processing/preview-keys';
import { sendPreviewContent } from './processing/preview-response';
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
    private readonly processing: FileProcessingService,
  ) {}

  /**
   * Stores a staged file: the content goes into the store first (moved on the local disk,
   * streamed to S3), outside any transaction — a 1 GB upload must hold neither a pool connection
   * nor the caller's row locks. Then one short transaction inserts the row and runs `link` (the
   * caller's own rows, e.g. `news_files`); if it fails, the content is removed again. After the
   * commit the file goes to the malware scan (`pending`, not downloadable until clean) and its
   * previews.
   */
  async store<T>(
    staged: StagedFile,
    uploadedBy: string | null,
    link: (manager: EntityManager, file: StoredFileEntity) => Promise<T>,
  ): Promise<T> {
    const storageKey = randomUUID();
    await this.storage.putFile(storageKey, staged.path);
    let stored: StoredFileEntity | undefined;
    let result: T;
    try {
      result = await this.dataSource.transaction(async (manager) => {
        const file = await manager.getRepository(StoredFileEntity).save(
          manager.getRepository(StoredFileEntity).create({
            id: randomUUID(),
            storageKey,
            originalName: staged.originalName,
            mediaType: staged.mediaType,
            size: staged.size,
            sha256: staged.sha256,
            uploadedBy,
            ...this.processing.initialStatus(staged.mediaType),
          }),
        );
        const linked = await link(manager, file);
        stored = file;
        return linked;
      });
    } catch (error) {
      // No row (rolled back), so no content either.
      await this.removeContent([storageKey]);
      throw error;
    }
    if (stored) await this.processing.enqueue(stored);
    return result;
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

  /**
   * Removes stored contents and their previews; failures are logged (an orphaned blob is
   * harmless, a lost row is not).
   */
  async removeContent(storageKeys: readonly string[]): Promise<void> {
    for (const key of storageKeys.flatMap((storageKey) => [storageKey, ...derivedKeys(storageKey)])) {
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

  /**
   * The download gate, for every path that sends a file's content (downloads, ZIPs, hand-offs):
   * only scanned-clean files (or any file when no scanner is configured) pass. Pending → 409
   * „wird noch geprüft“, infected / not scanned / failed → 403 with a German reason; people with
   * Permission.FilesInspect also read the finding. Nobody ever gets infected content.
   */
  assertAvailable(file: StoredFileEntity, viewer: SessionUser | null): void {
    assertFileAvailable(file, this.mayInspect(viewer));
  }

  /** Whether the content may be sent now (for lists and ZIPs that skip rather than fail). */
  isAvailable(file: StoredFileEntity): boolean {
    return isFileAvailable(file.scanStatus);
  }

  /** The scan status for a DTO; the finding only for people who may inspect files. */
  scanView(file: StoredFileEntity, viewer: SessionUser | null): FileScanDto {
    return toFileScanDto(file, this.mayInspect(viewer));
  }

  /**
   * Sends a preview (WebP) of an available file: 404 problem „Keine Vorschau verfügbar“ when
   * there is none (yet); cacheable privately, 304 on a matching `If-None-Match`.
   */
  async sendPreview(
    request: Request,
    response: Response,
    file: StoredFileEntity,
    size: FilePreviewSize,
  ): Promise<void> {
    await sendPreviewContent(this.storage, request, response, file, size);
  }

  private mayInspect(viewer: SessionUser | null): boolean {
    return !!viewer && hasPermission(viewer.roles, Permission.FilesInspect);
  }
}
