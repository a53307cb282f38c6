import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Put, Req, Res } from '@nestjs/common';
import {
  CampaignKitPaths,
  KitBulkRunDto,
  KitCampaignOptionDto,
  KitProfileDto,
  Permission,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { KitProfileBody } from './dto/kit-data.body';
import { KitBulkService } from './kit-bulk.service';
import { KitDownloadsService } from './kit-downloads.service';
import { KitProfileService } from './kit-profile.service';
import { KitTemplatesRepository } from './kit-templates.repository';
import { ZipStreamer } from '../../core/storage/zip-stream';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Nicht gefunden.'),
});

/** Downloads, organisation profile (opening hours, logo), bulk runs and the campaign choice. */
@Controller(CampaignKitPaths.root)
export class KitFilesController {
  constructor(
    private readonly downloads: KitDownloadsService,
    private readonly profiles: KitProfileService,
    private readonly bulk: KitBulkService,
    private readonly zip: ZipStreamer,
    private readonly templates: KitTemplatesRepository,
  ) {}

  @Get('campaigns')
  @RequirePermission(Permission.CampaignsManage)
  campaigns(): Promise<KitCampaignOptionDto[]> {
    return this.templates.campaignOptions();
  }

  @Get('outputs/:id')
  @RequirePermission(Permission.CampaignKitGenerate)
  download(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.downloads.download(user, id, request, response);
  }

  @Get('organisations/:id/profile')
  @RequirePermission(Permission.CampaignKitGenerate)
  profile(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<KitProfileDto> {
    return this.profiles.get(user, id);
  }

  @Put('organisations/:id/profile')
  @RequirePermission(Permission.CampaignKitGenerate)
  updateProfile(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: KitProfileBody,
  ): Promise<KitProfileDto> {
    return this.profiles.setOpeningHours(user, id, body.openingHours);
  }

  @Put('organisations/:id/logo')
  @RequirePermission(Permission.CampaignKitGenerate)
  setLogo(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
  ): Promise<KitProfileDto> {
    return this.profiles.setLogo(user, id, request);
  }

  @Delete('organisations/:id/logo')
  @HttpCode(204)
  @RequirePermission(Permission.CampaignKitGenerate)
  removeLogo(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<void> {
    return this.profiles.removeLogo(user, id);
  }

  @Get('organisations/:id/logo')
  @RequirePermission(Permission.CampaignKitGenerate)
  logo(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.profiles.downloadLogo(user, id, request, response);
  }

  @Get('bulk-runs/:id')
  @RequirePermission(Permission.CampaignsManage)
  bulkRun(@Param('id', uuid) id: string): Promise<KitBulkRunDto> {
    return this.bulk.get(id);
  }

  @Get('bulk-runs/:id/zip')
  @RequirePermission(Permission.CampaignsManage)
  async bulkZip(
    @Param('id', uuid) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    const entries = await this.bulk.entries(id);
    await this.zip.streamZip(request, response, `kampagnen-kit-${id.slice(0, 8)}.zip`, entries);
  }
}
