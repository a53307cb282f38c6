import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  FilePreviewSize,
  NEWS_FILE_LIMITS,
  NewsAttachmentDto,
  NewsCoverDto,
  hasPermission,
  Permission,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import { DataSource, EntityManager } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import type { SessionUser } from '../../core/auth/session-user';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { FileDelivery } from '../../core/storage/file-delivery.service';
import { MediaType } from '../../core/storage/media-types';
import { StoredFilesService } from '../../core/storage/stored-files.service';
import { UploadReceiver } from '../../core/storage/upload-receiver';
import { NewsFilesRepository } from './news-files.repository';
import { toAttachmentDto, toCoverDto } from './news-files.mapper';
import { NewsFeedCache } from './news-feed-cache';
import { NewsService } from './news.service';

const COVER_TYPES = [MediaType.Png, MediaType.Jpeg, MediaType.Webp];
const ATTACHMENT_TYPES = Object.values(MediaType);
const FILE_NOT_FOUND = 'Diese Datei gibt es nicht (mehr).';
const GONE = 'Diese Neuigkeit gibt es nicht mehr.';

/** Cover image and attachments of news items: who may add, remove and download them. */
@Injectable()
export class NewsFilesService {
  constructor(
    private readonly news: NewsService,
    private readonly files: NewsFilesRepository,
    private readonly uploads: UploadReceiver,
    private readonly storedFiles: StoredFilesService,
    private readonly delivery: FileDelivery,
    private readonly feedCache: NewsFeedCache,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async addAttachment(user: SessionUser, newsId: string, request: Request): Promise<NewsAttachmentDto> {
    // Rights and the limit are checked before a byte of the file is read.
    await this.news.editable(user, newsId);
    await this.assertRoomForAttachment(newsId);
    const upload = await this.uploads.receive(request, {
      maxBytes: this.config.newsAttachmentMaxBytes,
      allowed: ATTACHMENT_TYPES,
    });
    try {
      return await this.storedFiles.store(upload.file, user.id, async (manager, file) => {
        await this.lock(manager, newsId);
        await this.assertRoomForAttachment(newsId, manager);
        const link = {
          newsId,
          fileId: file.id,
          role: 'attachment' as const,
          altText: null,
          position: await this.files.nextPosition(manager, newsId),
        };
        await this.files.insert(manager, link);
        return toAttachmentDto(
          { ...link, file, createdAt: file.createdAt },
          hasPermission(user.roles, Permission.FilesInspect),
          // Just uploaded by an editor: the search has not read it yet.
          false,
        );
      });
    } finally {
      await upload.discard();
    }
  }

  async removeAttachment(user: SessionUser, newsId: string, fileId: string): Promise<void> {
    await this.news.editable(user, newsId);
    const keys = await this.dataSource.transaction(async (manager) => {
      const link = await this.files.find(newsId, fileId, manager);
      if (!link || link.role !== 'attachment') throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
      return this.storedFiles.deleteRows(manager, [fileId]);
    });
    await this.storedFiles.removeContent(keys);
  }

  /** Sets or replaces the cover; the replaced image is deleted. */
  async setCover(user: SessionUser, newsId: string, request: Request): Promise<NewsCoverDto> {
    await this.news.editable(user, newsId);
    const upload = await this.uploads.receive(request, {
      maxBytes: this.config.newsAttachmentMaxBytes,
      allowed: COVER_TYPES,
    });
    try {
      const altText = this.altText(upload.fields['altText']);
      const { cover, replaced } = await this.storedFiles.store(
        upload.file,
        user.id,
        async (manager, file) => {
          await this.lock(manager, newsId);
          const previous = await this.files.findByRole(manager, newsId, 'cover');
          const replaced = await this.storedFiles.deleteRows(
            manager,
            previous.map((link) => link.fileId),
          );
          const link = { newsId, fileId: file.id, role: 'cover' as const, altText, position: 0 };
          await this.files.insert(manager, link);
          return { cover: toCoverDto({ ...link, createdAt: file.createdAt }), replaced };
        },
      );
      // Feed cards show the cover: this process's pages are stale at once (others hear it from PostgreSQL).
      this.feedCache.forgetPages();
      await this.storedFiles.removeContent(replaced);
      return cover;
    } finally {
      await upload.discard();
    }
  }

  async removeCover(user: SessionUser, newsId: string): Promise<void> {
    await this.news.editable(user, newsId);
    const keys = await this.dataSource.transaction(async (manager) => {
      const covers = await this.files.findByRole(manager, newsId, 'cover');
      return this.storedFiles.deleteRows(
        manager,
        covers.map((link) => link.fileId),
      );
    });
    this.feedCache.forgetPages();
    await this.storedFiles.removeContent(keys);
  }

  /**
   * Delivers a file of an item the user may see (GET, HEAD, Range); otherwise 404, like the item.
   * Files not (yet) cleared by the malware scan are refused (409 while pending, 403 when blocked).
   */
  async download(
    user: SessionUser,
    newsId: string,
    fileId: string,
    request: Request,
    response: Response,
  ): Promise<void> {
    await this.news.visible(user, newsId);
    const link = await this.files.find(newsId, fileId);
    if (!link?.file) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
    this.storedFiles.assertAvailable(link.file, user);
    await this.delivery.send(request, response, link.file);
  }

  /** A preview image of a file of an item the user may see; 404 when there is none. */
  async preview(
    user: SessionUser,
    newsId: string,
    fileId: string,
    size: FilePreviewSize,
    request: Request,
    response: Response,
  ): Promise<void> {
    await this.news.visible(user, newsId);
    const link = await this.files.find(newsId, fileId);
    if (!link?.file) throw new DomainError(ErrorCode.NotFound, FILE_NOT_FOUND);
    await this.storedFiles.sendPreview(request, response, link.file, size);
  }

  /**
   * Deletes every file of an item inside the caller's transaction (call it before deleting the
   * item); returns storage keys for `StoredFilesService.removeContent` after the commit.
   */
  async deleteAllOf(manager: EntityManager, newsId: string): Promise<string[]> {
    return this.storedFiles.deleteRows(manager, await this.files.fileIdsOf(manager, newsId));
  }

  private async lock(manager: EntityManager, newsId: string): Promise<void> {
    if (!(await this.files.lockNews(manager, newsId))) throw new DomainError(ErrorCode.NotFound, GONE);
  }

  private async assertRoomForAttachment(newsId: string, manager?: EntityManager): Promise<void> {
    if ((await this.files.countAttachments(newsId, manager)) >= NEWS_FILE_LIMITS.attachments) {
      throw new DomainError(
        ErrorCode.Conflict,
        `Eine Neuigkeit kann höchstens ${NEWS_FILE_LIMITS.attachments} Anhänge haben. Bitte entfernen Sie zuerst einen Anhang.`,
      );
    }
  }

  private altText(raw: string | undefined): string {
    const altText = raw?.trim() ?? '';
    const problem = !altText
      ? 'Bitte beschreiben Sie das Bild mit einem Alternativtext.'
      : altText.length > NEWS_FILE_LIMITS.altText
        ? `Der Alternativtext darf höchstens ${NEWS_FILE_LIMITS.altText} Zeichen lang sein.`
        : undefined;
    if (problem) throw new DomainError(ErrorCode.ValidationFailed, problem, { altText: [problem] });
    return altText;
  }
}
