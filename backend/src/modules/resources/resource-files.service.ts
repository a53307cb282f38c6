import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FilePreviewSize,
  hasPermission,
  Permission,
  RESOURCE_LIMITS,
  ResourceFileDto,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { FileDelivery } from '../../core/storage/file-delivery.service';
import { MediaType } from '../../core/storage/media-types';
import { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import { toFileDto } from './resource.mapper';
import { ResourceAccess } from './resource-access';
import { ResourceFileEntity } from './resource-relations.entity';

const FILE_NOT_FOUND = 'Diese Datei gibt es nicht (mehr).';

/** Files of a resource through the shared storage (upload, scan gate, streamed delivery, previews). */
@Injectable()
export class ResourceFilesService {
  constructor(
    private readonly access: ResourceAccess,
    private readonly uploads: UploadReceiver,
    private readonly storedFiles: StoredFilesService,
    private readonly delivery: FileDelivery,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** The coordination attaches a file (rights and the limit are checked before a byte is read). */
  async add(user: SessionUser, resourceId: string, request: Request): Promise<ResourceFileDto> {
    await this.access.managed(user, resourceId);
    await this.assertRoom(resourceId);
    const upload = await this.uploads.receive(request, {
      maxBytes: this.config.newsAttachmentMaxBytes,
      allowed: Object.values(MediaType),
    });
    try {
      return await this.storedFiles.store(upload.file, user.id, async (manager, file) => {
        const locked: unknown[] = await manager.query('SELECT id FROM resources WHERE id = $1 FOR UPDATE', [
          resourceId,
        ]);
        if (locked.length === 0)
          throw new DomainError(ErrorCode.NotFound, 'Diese Ressource gibt es nicht mehr.');
        await this.assertRoom(resourceId, manager);
        const [row]: { next: number }[] = await manager.query(
          'SELECT coalesce(max(position), -1)::int + 1 AS next FROM resource_files WHERE resource_id = $1',
          [resourceId],
        );
        const link = { resourceId, fileId: file.id, position: row?.next ?? 0 };
        await manager.getRepository(ResourceFileEntity).insert(link);
        // Only the coordination gets here; the text is read later, so nothing is known to be missing yet.
        return toFileDto({ ...link, file }, hasPermission(user.roles, Permission.FilesInspect), false);
      });
    } finally {
      await upload.discard();
    }
  }

  async remove(user: SessionUser, resourceId: string, fileId: string): Promise<void> {
    await this.access.managed(user, resourceId);
    const keys = await this.dataSource.transaction(async (manager) => {
      const link = await manager.getRepository(ResourceFileEntity).findOneBy({ resourceId, fileId });
      if (!link) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
      return this.storedFiles.deleteRows(manager, [fileId]);
    });
    await this.storedFiles.removeContent(keys);
  }

  /** GET/HEAD/Range of a file of a resource the user may see, once the malware scan cleared it. */
  async download(
    user: SessionUser,
    resourceId: string,
    fileId: string,
    request: Request,
    response: Response,
  ): Promise<void> {
    const file = await this.visibleFile(user, resourceId, fileId);
    this.storedFiles.assertAvailable(file, user);
    await this.delivery.send(request, response, file);
  }

  async preview(
    user: SessionUser,
    resourceId: string,
    fileId: string,
    size: FilePreviewSize,
    request: Request,
    response: Response,
  ): Promise<void> {
    const file = await this.visibleFile(user, resourceId, fileId);
    await this.storedFiles.sendPreview(request, response, file, size);
  }

  /** Inside the caller's transaction; storage keys to remove after the commit. */
  async deleteAllOf(manager: EntityManager, resourceId: string): Promise<string[]> {
    const links = await manager.getRepository(ResourceFileEntity).findBy({ resourceId });
    return this.storedFiles.deleteRows(
      manager,
      links.map((link) => link.fileId),
    );
  }

  removeContent(keys: string[]): Promise<void> {
    return this.storedFiles.removeContent(keys);
  }

  private async visibleFile(
    user: SessionUser,
    resourceId: string,
    fileId: string,
  ): Promise<StoredFileEntity> {
    await this.access.visible(user, resourceId);
    const link = await this.dataSource
      .getRepository(ResourceFileEntity)
      .findOne({ where: { resourceId, fileId }, relations: { file: true } });
    if (!link?.file) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
    return link.file;
  }

  private async assertRoom(resourceId: string, manager?: EntityManager): Promise<void> {
    const count = await (manager ?? this.dataSource.manager)
      .getRepository(ResourceFileEntity)
      .countBy({ resourceId });
    if (count >= RESOURCE_LIMITS.attachments)
      throw new DomainError(
        ErrorCode.Conflict,
        `Eine Ressource kann höchstens ${RESOURCE_LIMITS.attachments} Dateien haben.`,
      );
  }
}
