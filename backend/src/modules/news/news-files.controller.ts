import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Req, Res } from '@nestjs/common';
import { ApiPaths, FilePreviewSize, NewsAttachmentDto, NewsCoverDto, Permission } from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { previewSizePipe } from '../../core/storage/processing/preview-size.pipe';
import { NewsFilesService } from './news-files.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Neuigkeit oder Datei gibt es nicht.'),
});

/** Cover image and attachments of a news item (multipart uploads, streamed downloads). */
@Controller(ApiPaths.news)
export class NewsFilesController {
  constructor(private readonly files: NewsFilesService) {}

  @Post(':id/attachments')
  @RequirePermission(Permission.NewsWrite)
  addAttachment(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
  ): Promise<NewsAttachmentDto> {
    return this.files.addAttachment(user, id, request);
  }

  @Delete(':id/attachments/:fileId')
  @HttpCode(204)
  @RequirePermission(Permission.NewsWrite)
  removeAttachment(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
  ): Promise<void> {
    return this.files.removeAttachment(user, id, fileId);
  }

  @Put(':id/cover')
  @RequirePermission(Permission.NewsWrite)
  setCover(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
  ): Promise<NewsCoverDto> {
    return this.files.setCover(user, id, request);
  }

  @Delete(':id/cover')
  @HttpCode(204)
  @RequirePermission(Permission.NewsWrite)
  removeCover(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<void> {
    return this.files.removeCover(user, id);
  }

  @Get(':id/files/:fileId')
  @RequirePermission(Permission.NewsRead)
  download(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.download(user, id, fileId, request, response);
  }

  @Get(':id/files/:fileId/preview/:size')
  @RequirePermission(Permission.NewsRead)
  preview(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Param('size', previewSizePipe) size: FilePreviewSize,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.preview(user, id, fileId, size, request, response);
  }
}
