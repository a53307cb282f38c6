import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { FileStorage } from '../../core/storage/file-storage';
import type { MediaType } from '../../core/storage/media-types';
import type { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { StoredFilesService } from '../../core/storage/stored-files.service';

/** Generated files (templates from code, kit outputs) into the one file storage; contents read back. */
@Injectable()
export class KitFileStore {
  constructor(
    private readonly storage: FileStorage,
    private readonly storedFiles: StoredFilesService,
  ) {}

  /** Stores bytes like an upload: row, link and content in one step (see StoredFilesService.store). */
  async storeBytes<T>(
    bytes: Uint8Array,
    name: string,
    mediaType: MediaType,
    userId: string | null,
    link: (manager: EntityManager, file: StoredFileEntity) => Promise<T>,
  ): Promise<T> {
    const dir = this.storage.stagingDir();
    await mkdir(dir, { recursive: true });
    const path = join(dir, `${randomUUID()}.kit`);
    await writeFile(path, bytes, { flag: 'wx' });
    try {
      return await this.storedFiles.store(
        {
          path,
          originalName: name,
          mediaType,
          size: bytes.byteLength,
          sha256: createHash('sha256').update(bytes).digest('hex'),
        },
        userId,
        link,
      );
    } finally {
      await rm(path, { force: true });
    }
  }

  /** The download gate of StoredFilesService (pending 409, blocked 403), for templates and their outputs. */
  assertAvailable(file: StoredFileEntity, viewer: SessionUser | null): void {
    this.storedFiles.assertAvailable(file, viewer);
  }

  /** The whole content (templates and logos are small; limits are enforced at upload). */
  async read(file: StoredFileEntity): Promise<Buffer> {
    const stream = await this.open(file);
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  }

  async open(file: StoredFileEntity): Promise<Readable> {
    const stream = await this.storedFiles.open(file);
    if (!stream) throw new DomainError(ErrorCode.NotFound, 'Die Datei ist nicht mehr vorhanden.');
    return stream;
  }
}
