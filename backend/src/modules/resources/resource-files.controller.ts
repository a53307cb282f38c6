import { Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Req, Res } from '@nestjs/common';
import { ApiPaths, FilePreviewSize, Permission, ResourceFileDto } from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { previewSizePipe } from '../../core/storage/processing/preview-size.pipe';
import { ResourceFilesService } from './resource-files.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Ressource oder Datei gibt es nicht.'),
});

/** Files of a resource (multipart uploads by the coordination, streamed downloads and previews). */
@Controller(ApiPaths.resources)
export class ResourceFilesController {
  constructor(private readonly files: ResourceFilesService) {}

  @Post(':id/files')
  @RequirePermission(Permission.ResourcesManage)
  add(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
  ): Promise<ResourceFileDto> {
    return this.files.add(user, id, request);
  }

  @Delete(':id/files/:fileId')
  @HttpCode(204)
  @RequirePermission(Permission.ResourcesManage)
  remove(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
  ): Promise<void> {
    return this.files.remove(user, id, fileId);
  }

  @Get(':id/files/:fileId')
  @RequirePermission(Permission.ResourcesRead)
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
  @RequirePermission(Permission.ResourcesRead)
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
