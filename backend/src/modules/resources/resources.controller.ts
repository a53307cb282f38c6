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
import {
  ApiPaths,
  Permission,
  ResourceDto,
  ResourcePageDto,
  ResourceProvidersDto,
  ResourceRatingDto,
  ResourceSummaryDto,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import {
  RateResourceBody,
  RejectResourceBody,
  ReviewResourceBody,
  SaveResourceBody,
  SuggestResourceBody,
  UpdateResourceBody,
} from './dto/resource.body';
import { ResourceListParams } from './dto/resource-list.query';
import { RESOURCE_NOT_FOUND } from './resource-access';
import { ResourceWorkflowService } from './resource-workflow.service';
import { ResourcesService } from './resources.service';

export const resourceId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, RESOURCE_NOT_FOUND),
});

/** Digitalisierung: the library, suggestions and their review, ratings. */
@Controller(ApiPaths.resources)
export class ResourcesController {
  constructor(
    private readonly resources: ResourcesService,
    private readonly workflow: ResourceWorkflowService,
  ) {}

  @Get()
  @RequirePermission(Permission.ResourcesRead)
  list(@CurrentUser() user: SessionUser, @Query() query: ResourceListParams): Promise<ResourcePageDto> {
    return this.resources.list(user, query);
  }

  @Get('providers')
  @RequirePermission(Permission.ResourcesRead)
  providers(@CurrentUser() user: SessionUser): Promise<ResourceProvidersDto> {
    return this.resources.providers(user);
  }

  /** The coordination's review queue. */
  @Get('suggestions')
  @RequirePermission(Permission.ResourcesManage)
  suggestions(): Promise<{ items: ResourceSummaryDto[] }> {
    return this.resources.suggestions();
  }

  @Get('suggestions/mine')
  @RequirePermission(Permission.ResourcesSuggest)
  mySuggestions(@CurrentUser() user: SessionUser): Promise<{ items: ResourceSummaryDto[] }> {
    return this.resources.mySuggestions(user);
  }

  @Post('suggestions')
  @RequirePermission(Permission.ResourcesSuggest)
  suggest(@CurrentUser() user: SessionUser, @Body() body: SuggestResourceBody): Promise<ResourceDto> {
    return this.workflow.suggest(user, body);
  }

  @Post()
  @RequirePermission(Permission.ResourcesManage)
  create(@CurrentUser() user: SessionUser, @Body() body: SaveResourceBody): Promise<ResourceDto> {
    return this.workflow.create(user, body);
  }

  @Get(':id')
  @RequirePermission(Permission.ResourcesRead)
  get(@CurrentUser() user: SessionUser, @Param('id', resourceId) id: string): Promise<ResourceDto> {
    return this.resources.get(user, id);
  }

  @Put(':id')
  @RequirePermission(Permission.ResourcesManage)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', resourceId) id: string,
    @Body() body: UpdateResourceBody,
  ): Promise<ResourceDto> {
    return this.workflow.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.ResourcesManage)
  remove(@CurrentUser() user: SessionUser, @Param('id', resourceId) id: string): Promise<void> {
    return this.workflow.remove(user, id);
  }

  @Post(':id/accept')
  @HttpCode(200)
  @RequirePermission(Permission.ResourcesManage)
  accept(
    @CurrentUser() user: SessionUser,
    @Param('id', resourceId) id: string,
    @Body() body: ReviewResourceBody,
  ): Promise<ResourceDto> {
    return this.workflow.accept(user, id, body);
  }

  @Post(':id/reject')
  @HttpCode(200)
  @RequirePermission(Permission.ResourcesManage)
  reject(
    @CurrentUser() user: SessionUser,
    @Param('id', resourceId) id: string,
    @Body() body: RejectResourceBody,
  ): Promise<ResourceDto> {
    return this.workflow.reject(user, id, body);
  }

  /** Queues a link check now („Jetzt prüfen“). */
  @Post(':id/link-check')
  @HttpCode(202)
  @RequirePermission(Permission.ResourcesManage)
  recheck(@CurrentUser() user: SessionUser, @Param('id', resourceId) id: string): Promise<void> {
    return this.workflow.recheck(user, id);
  }

  @Put(':id/rating')
  @RequirePermission(Permission.ResourcesRead)
  rate(
    @CurrentUser() user: SessionUser,
    @Param('id', resourceId) id: string,
    @Body() body: RateResourceBody,
  ): Promise<ResourceRatingDto> {
    return this.resources.rate(user, id, body.value);
  }

  @Delete(':id/rating')
  @RequirePermission(Permission.ResourcesRead)
  unrate(@CurrentUser() user: SessionUser, @Param('id', resourceId) id: string): Promise<ResourceRatingDto> {
    return this.resources.unrate(user, id);
  }
}
