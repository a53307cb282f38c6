import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import { ApiPaths, Permission, ResourceCollectionDto, ResourceCollectionListDto } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { SaveCollectionBody, SetCollectionItemsBody } from './dto/collection.body';
import { ResourceCollectionsService } from './resource-collections.service';

const collectionId = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Sammlung gibt es nicht.'),
});

/** Collections curated by the coordination („Einstieg E-Akte“). */
@Controller(ApiPaths.resourceCollections)
export class ResourceCollectionsController {
  constructor(private readonly collections: ResourceCollectionsService) {}

  @Get()
  @RequirePermission(Permission.ResourcesRead)
  list(@CurrentUser() user: SessionUser): Promise<ResourceCollectionListDto> {
    return this.collections.list(user);
  }

  @Get(':id')
  @RequirePermission(Permission.ResourcesRead)
  get(
    @CurrentUser() user: SessionUser,
    @Param('id', collectionId) id: string,
  ): Promise<ResourceCollectionDto> {
    return this.collections.get(user, id);
  }

  @Post()
  @RequirePermission(Permission.ResourcesManage)
  create(@CurrentUser() user: SessionUser, @Body() body: SaveCollectionBody): Promise<ResourceCollectionDto> {
    return this.collections.create(user, body);
  }

  @Put(':id')
  @RequirePermission(Permission.ResourcesManage)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', collectionId) id: string,
    @Body() body: SaveCollectionBody,
  ): Promise<ResourceCollectionDto> {
    return this.collections.update(user, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.ResourcesManage)
  remove(@Param('id', collectionId) id: string): Promise<void> {
    return this.collections.remove(id);
  }

  @Put(':id/items')
  @RequirePermission(Permission.ResourcesManage)
  setItems(
    @CurrentUser() user: SessionUser,
    @Param('id', collectionId) id: string,
    @Body() body: SetCollectionItemsBody,
  ): Promise<ResourceCollectionDto> {
    return this.collections.setItems(user, id, body);
  }
}
