import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Post,
  Put,
  Query,
  Req,
  Res,
} from '@nestjs/common';
import type { Request, Response } from 'express';
import {
  ApiPaths,
  Permission,
  type CampaignDto,
  type CampaignListDto,
  type CampaignRolloutDto,
  type CampaignStatisticsDto,
  type TermsAcceptanceDto,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CampaignAssetFilesService } from './campaign-asset-files.service';
import { CampaignStatisticsService } from './campaign-statistics.service';
import { CampaignsService } from './campaigns.service';
import { StatisticsQueryParams } from './dto/asset-list.query';
import { AcceptTermsBody, SaveCampaignBody, UpdateCampaignBody } from './dto/campaign.body';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Kampagne gibt es nicht.'),
});

@Controller(ApiPaths.campaigns)
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly statistics: CampaignStatisticsService,
    private readonly files: CampaignAssetFilesService,
  ) {}

  @Get()
  @RequirePermission(Permission.CampaignsRead)
  list(@CurrentUser() user: SessionUser): Promise<CampaignListDto> {
    return this.campaigns.list(user);
  }

  /** Downloads per asset and day (coordinators' dashboard). */
  @Get('statistics')
  @RequirePermission(Permission.CampaignsManage)
  downloadStatistics(@Query() query: StatisticsQueryParams): Promise<CampaignStatisticsDto> {
    return this.statistics.statistics(query);
  }

  @Get(':id')
  @RequirePermission(Permission.CampaignsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<CampaignDto> {
    return this.campaigns.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.CampaignsManage)
  create(@CurrentUser() user: SessionUser, @Body() body: SaveCampaignBody): Promise<CampaignDto> {
    return this.campaigns.create(user, body);
  }

  @Put(':id')
  @RequirePermission(Permission.CampaignsManage)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateCampaignBody,
  ): Promise<CampaignDto> {
    return this.campaigns.update(user, id, body);
  }

  /** „Nutzungsbedingungen akzeptieren“ (once per terms version; idempotent). */
  @Post(':id/terms-acceptance')
  @HttpCode(200)
  @RequirePermission(Permission.CampaignsRead)
  acceptTerms(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: AcceptTermsBody,
  ): Promise<TermsAcceptanceDto> {
    return this.campaigns.acceptTerms(user, id, body);
  }

  /** Everything currently available of the campaign as one ZIP (only what this user may download). */
  @Get(':id/zip')
  @RequirePermission(Permission.CampaignsRead)
  zip(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
    @Res() response: Response,
  ): Promise<void> {
    return this.files.zipCampaign(user, id, request, response);
  }

  /** Which Jobcenter per Bundesland have not downloaded anything of the campaign yet. */
  @Get(':id/rollout')
  @RequirePermission(Permission.CampaignsManage)
  rollout(@Param('id', uuid) id: string): Promise<CampaignRolloutDto> {
    return this.statistics.rollout(id);
  }
}
