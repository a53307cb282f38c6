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
} from '@nestjs/common';
import { ApiPaths, Permission, type AssetDto, type AssetListDto } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CampaignAssetsService } from './campaign-assets.service';
import { CreateAssetBody, UpdateAssetBody } from './dto/asset.body';
import { AssetListQueryParams } from './dto/asset-list.query';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Dieses Material gibt es nicht (mehr).'),
});

/** The material gallery and the coordinators' metadata editing. */
@Controller(ApiPaths.campaignAssets)
export class CampaignAssetsController {
  constructor(private readonly assets: CampaignAssetsService) {}

  @Get()
  @RequirePermission(Permission.CampaignsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: AssetListQueryParams): Promise<AssetListDto> {
    return this.assets.list(user, query);
  }

  @Get(':id')
  @RequirePermission(Permission.CampaignsRead)
  get(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<AssetDto> {
    return this.assets.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.CampaignsManage)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateAssetBody): Promise<AssetDto> {
    return this.assets.create(user, body);
  }

  @Put(':id')
  @RequirePermission(Permission.CampaignsManage)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateAssetBody,
  ): Promise<AssetDto> {
    return this.assets.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.CampaignsManage)
  delete(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<void> {
    return this.assets.delete(user, id);
  }
}
