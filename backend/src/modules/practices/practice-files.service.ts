import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { FilePreviewSize, PRACTICE_LIMITS, PracticeFilesViewDto } from '@portal/contracts';
import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { FileDelivery } from '../../core/storage/file-delivery.service';
import { MediaType } from '../../core/storage/media-types';
import { previewUrls } from '../../core/storage/processing/preview-urls';
import type { StoredFileEntity } from '../../core/storage/stored-file.entity';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import { filesWithoutText } from '../search/extraction/files-without-text';
import { PracticeFileEntity, PracticeFileRole } from './practice-relations.entity';
import { PracticeAccess } from './practice-access';
import { PracticeNotifier } from './practice-notifier';

const IMAGE_TYPES = [MediaType.Png, MediaType.Jpeg, MediaType.Webp];
const ATTACHMENT_TYPES = Object.values(MediaType);
const FILE_NOT_FOUND = 'Diese Datei gibt es nicht (mehr).';

export type PracticeFilesView = PracticeFilesViewDto;

/** Images (alternative text required) and attachments of an entry, through the shared storage. */
@Injectable()
export class PracticeFilesService {
  constructor(
    private readonly access: PracticeAccess,
    private readonly uploads: UploadReceiver,
    private readonly storedFiles: StoredFilesService,
    private readonly delivery: FileDelivery,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly notifier: PracticeNotifier,
  ) {}

  /** `editor`: the viewer may edit the entry and is told which attachments have no searchable text. */
  async list(practiceId: string, editor: boolean): Promise<PracticeFilesView> {
    const links = await this.dataSource.getRepository(PracticeFileEntity).find({
      where: { practiceId },
      relations: { file: true },
      order: { position: 'ASC' },
    });
    // One query for all attachments, and only for editors: nobody else can act on a scanned PDF.
    const withoutText = editor
      ? await filesWithoutText(
          this.dataSource,
          links.filter((link) => link.role === 'attachment').map((link) => link.fileId),
        )
      : null;
    const url = (fileId: string) => `/api/practices/${practiceId}/files/${fileId}`;
    return {
      images: links
        .filter((link) => link.role === 'image')
        .map((link) => ({
          id: link.fileId,
          altText: link.altText ?? '',
          url: url(link.fileId),
          ...previewUrls(url(link.fileId), link.file),
        })),
      attachments: links.flatMap((link) =>
        link.role === 'attachment' && link.file
          ? [
              {
                id: link.fileId,
                name: link.file.originalName,
                mediaType: link.file.mediaType,
                size: Number(link.file.size),
                url: url(link.fileId),
                textMissing: withoutText ? withoutText.has(link.fileId) : null,
              },
            ]
          : [],
      ),
    };
  }

  async add(
    user: SessionUser,
    practiceId: string,
    role: PracticeFileRole,
    request: Request,
  ): Promise<PracticeFilesView> {
    const practice = await this.access.editable(user, practiceId);
    await this.assertRoom(practiceId, role);
    let fileId = '';
    const upload = await this.uploads.receive(request, {
      maxBytes: this.config.newsAttachmentMaxBytes,
      allowed: role === 'image' ? IMAGE_TYPES : ATTACHMENT_TYPES,
    });
    try {
      const altText = role === 'image' ? this.altText(upload.fields['altText']) : null;
      await this.storedFiles.store(upload.file, user.id, async (manager, file) => {
        await this.lock(manager, practiceId);
        await this.assertRoom(practiceId, role, manager);
        const [row]: { next: number }[] = await manager.query(
          'SELECT coalesce(max(position), -1)::int + 1 AS next FROM practice_files WHERE practice_id = $1',
          [practiceId],
        );
        await manager
          .getRepository(PracticeFileEntity)
          .insert({ practiceId, fileId: file.id, role, altText, position: row?.next ?? 0 });
        fileId = file.id;
      });
    } finally {
      await upload.discard();
    }
    await this.notifier.filesChanged(practice, user.id, { fileId, added: true, image: role === 'image' });
    return this.list(practiceId, true);
  }

  async remove(user: SessionUser, practiceId: string, fileId: string): Promise<void> {
    const practice = await this.access.editable(user, practiceId);
    const { keys, image } = await this.dataSource.transaction(async (manager) => {
      const link = await manager.getRepository(PracticeFileEntity).findOneBy({ practiceId, fileId });
      if (!link) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
      return { keys: await this.storedFiles.deleteRows(manager, [fileId]), image: link.role === 'image' };
    });
    await this.storedFiles.removeContent(keys);
    await this.notifier.filesChanged(practice, user.id, { fileId, added: false, image });
  }

  /** Delivers a file of an entry the user may see (GET, HEAD, Range) once the malware scan cleared it. */
  async download(
    user: SessionUser,
    practiceId: string,
    fileId: string,
    request: Request,
    response: Response,
  ): Promise<void> {
    const file = await this.visibleFile(user, practiceId, fileId);
    this.storedFiles.assertAvailable(file, user);
    await this.delivery.send(request, response, file);
  }

  /** A preview image of a file of an entry the user may see; 404 when there is none (yet). */
  async preview(
    user: SessionUser,
    practiceId: string,
    fileId: string,
    size: FilePreviewSize,
    request: Request,
    response: Response,
  ): Promise<void> {
    await this.storedFiles.sendPreview(
      request,
      response,
      await this.visibleFile(user, practiceId, fileId),
      size,
    );
  }

  /** A file of an entry the user may see; 404 like the entry otherwise. */
  private async visibleFile(
    user: SessionUser,
    practiceId: string,
    fileId: string,
  ): Promise<StoredFileEntity> {
    await this.access.visible(user, practiceId);
    const link = await this.dataSource
      .getRepository(PracticeFileEntity)
      .findOne({ where: { practiceId, fileId }, relations: { file: true } });
    if (!link?.file) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
    return link.file;
  }

  /** Deletes the entry's files inside the caller's transaction; storage keys to remove after commit. */
  async deleteAllOf(manager: EntityManager, practiceId: string): Promise<string[]> {
    const links = await manager.getRepository(PracticeFileEntity).findBy({ practiceId });
    return this.storedFiles.deleteRows(
      manager,
      links.map((link) => link.fileId),
    );
  }

  removeContent(keys: string[]): Promise<void> {
    return this.storedFiles.removeContent(keys);
  }

  private async lock(manager: EntityManager, practiceId: string): Promise<void> {
    const rows: unknown[] = await manager.query('SELECT id FROM practices WHERE id = $1 FOR UPDATE', [
      practiceId,
    ]);
    if (rows.length === 0)
      throw new DomainError(ErrorCode.NotFound, 'Dieses Praxisbeispiel gibt es nicht mehr.');
  }

  private async assertRoom(
    practiceId: string,
    role: PracticeFileRole,
    manager?: EntityManager,
  ): Promise<void> {
    const count = await (manager ?? this.dataSource.manager)
      .getRepository(PracticeFileEntity)
      .countBy({ practiceId, role });
    const max = role === 'image' ? PRACTICE_LIMITS.images : PRACTICE_LIMITS.attachments;
    if (count >= max) {
      throw new DomainError(
        ErrorCode.Conflict,
        role === 'image'
          ? `Ein Praxisbeispiel kann höchstens ${max} Bilder haben.`
          : `Ein Praxisbeispiel kann höchstens ${max} Anhänge haben.`,
      );
    }
  }

  private altText(raw: string | undefined): string {
    const altText = raw?.trim() ?? '';
    const problem = !altText
      ? 'Bitte beschreiben Sie das Bild mit einem Alternativtext.'
      : altText.length > PRACTICE_LIMITS.altText
        ? `Der Alternativtext darf höchstens ${PRACTICE_LIMITS.altText} Zeichen lang sein.`
        : undefined;
    if (problem) throw new DomainError(ErrorCode.ValidationFailed, problem, { altText: [problem] });
    return altText;
  }
}
