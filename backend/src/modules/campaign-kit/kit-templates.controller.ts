import {
  Body,
  Controller,
  Delete,
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
import {
  CampaignKitPaths,
  KitBulkRunDto,
  KitOutputDto,
  KitTemplateDto,
  KitTemplatePageDto,
  Permission,
} from '@portal/contracts';
import type { Request, Response } from 'express';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { KitGenerateBody, KitRequestBody } from './dto/kit-data.body';
import { KitTemplatesQuery } from './dto/kit-templates.query';
import { KitZonesBody } from './dto/kit-zones.body';
import { KitBulkService } from './kit-bulk.service';
import { KitGeneratorService } from './kit-generator.service';
import { KitTemplatesService } from './kit-templates.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Vorlage gibt es nicht.'),
});

/** Templates of the campaign kit: coordinators manage them, managers and editors fill them. */
@Controller(CampaignKitPaths.templates)
export class KitTemplatesController {
  constructor(
    private readonly templates: KitTemplatesService,
    private readonly generator: KitGeneratorService,
    private readonly bulk: KitBulkService,
  ) {}

  @Get()
  @RequirePermission(Permission.CampaignKitGenerate)
  list(@CurrentUser() user: SessionUser, @Query() query: KitTemplatesQuery): Promise<KitTemplatePageDto> {
    return this.templates.list(user, query);
  }

  @Post()
  @RequirePermission(Permission.CampaignsManage)
  create(@CurrentUser() user: SessionUser, @Req() request: Request): Promise<KitTemplateDto> {
    return this.templates.create(user, request);
  }

  @Get(':id')
  @RequirePermission(Permission.CampaignKitGenerate)
  get(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<KitTemplateDto> {
    return this.templates.get(user, id);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.CampaignsManage)
  delete(@Param('id', uuid) id: string): Promise<void> {
    return this.templates.delete(id);
  }

  @Post(':id/versions')
  @RequirePermission(Permission.CampaignsManage)
  addVersion(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Req() request: Request,
  ): Promise<KitTemplateDto> {
    return this.templates.addVersion(id, user, request);
  }

  @Put(':id/zones')
  @RequirePermission(Permission.CampaignsManage)
  updateZones(@Param('id', uuid) id: string, @Body() body: KitZonesBody): Promise<KitTemplateDto> {
    return this.templates.updateZones(id, body.version, body.zones);
  }

  @Get(':id/pages/:page')
  @RequirePermission(Permission.CampaignKitGenerate)
  async page(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Param('page') page: string,
    @Res() response: Response,
  ): Promise<void> {
    sendPng(response, await this.templates.pagePng(user, id, Number(page)));
  }

  @Post(':id/preview')
  @HttpCode(200)
  @RequirePermission(Permission.CampaignKitGenerate)
  async preview(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: KitRequestBody,
    @Res() response: Response,
  ): Promise<void> {
    sendPng(response, await this.generator.preview(user, id, body.organisationId, body.data));
  }

  @Post(':id/outputs')
  @RequirePermission(Permission.CampaignKitGenerate)
  generate(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: KitGenerateBody,
  ): Promise<KitOutputDto> {
    return this.generator.generate(user, id, body.organisationId, body.data, body.format);
  }

  @Post(':id/bulk-runs')
  @HttpCode(202)
  @RequirePermission(Permission.CampaignsManage)
  startBulk(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<KitBulkRunDto> {
    return this.bulk.start(user, id);
  }
}

function sendPng(response: Response, png: Buffer): void {
  response.status(200);
  response.setHeader('Content-Type', 'image/png');
  response.setHeader('Content-Length', String(png.length));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.end(png);
}
