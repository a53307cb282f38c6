import {
  Controller,
  Delete,
  Get,
  HttpCode,
  Param,
  ParseIntPipe,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import { ApiPaths, Permission, type AssetVersionDto, type FilePreviewSize } from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { previewSizePipe } from '../../core/storage/processing/preview-size.pipe';
import { CampaignAssetFilesService } from './campaign-asset-files.service';
import { AssetSelectionQueryParams } from './dto/asset-list.query';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () =>
    new DomainError(ErrorCode.NotFound, 'Dieses Material oder diese Datei gibt es nicht.'),
});
const versionNumber = new ParseIntPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Version gibt es nicht.'),
});

/** Versions and files of assets: multipart uploads, streamed downloads, thumbnails. */
@Controller(ApiPaths.campaignAssets)
export class CampaignAssetFilesController {
  constructor(private readonly files: CampaignAssetFilesService) {}

  /** The selection basket as one ZIP (`?ids=a,b,c`), with only what this user may download. */
  @Get('zip')
  @RequirePermission(Permission.CampaignsRead)
  zip(
    @CurrentUser() user: SessionUser,
    @Query() query: AssetSelectionQueryParams,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.zipSelection(user, query.ids, request, response);
  }

  /** A new version (form field `file`, optional `note`); older versions stay in the history. */
  @Post(':id/versions')
  @RequirePermission(Permission.CampaignsManage)
  addVersion(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
  ): Promise<AssetVersionDto> {
    return this.files.addVersion(user, id, request);
  }

  /** Another variant (format) of a version. */
  @Post(':id/versions/:number/files')
  @RequirePermission(Permission.CampaignsManage)
  addVariant(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('number', versionNumber) number: number,
    @Req() request: Request,
  ): Promise<AssetVersionDto> {
    return this.files.addVariant(user, id, number, request);
  }

  @Delete(':id/files/:fileId')
  @HttpCode(204)
  @RequirePermission(Permission.CampaignsManage)
  removeVariant(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
  ): Promise<void> {
    return this.files.removeVariant(user, id, fileId);
  }

  @Get(':id/files/:fileId')
  @RequirePermission(Permission.CampaignsRead)
  download(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('fileId', uuid) fileId: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.download(user, id, fileId, request, response);
  }

  /** Preview image (WebP) of the latest version: `thumb` for the gallery, `large` for the detail. */
  @Get(':id/preview/:size')
  @RequirePermission(Permission.CampaignsRead)
  preview(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('size', previewSizePipe) size: FilePreviewSize,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.preview(user, id, size, request, response);
  }
}
