import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Query } from '@nestjs/common';
import { ApiPaths, PageDto, Permission, UserAdminDetailDto, UserAdminDto } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { AdminUsersService } from './admin-users.service';
import { GrantRoleOverrideBody } from './dto/grant-role-override.body';
import { ListUsersQuery } from './dto/list-users.query';
import { UsersService } from './users.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Nicht gefunden.'),
});

@Controller(ApiPaths.adminUsers)
export class AdminUsersController {
  constructor(
    private readonly users: UsersService,
    private readonly admin: AdminUsersService,
  ) {}

  @Get()
  @RequirePermission(Permission.UsersRead)
  list(@Query() query: ListUsersQuery): Promise<PageDto<UserAdminDto>> {
    return this.users.list(query);
  }

  @Get(':id')
  @RequirePermission(Permission.UsersRead)
  detail(@Param('id', uuid) id: string): Promise<UserAdminDetailDto> {
    return this.admin.detail(id);
  }

  @Post(':id/role-overrides')
  @RequirePermission(Permission.UsersManage)
  grant(
    @CurrentUser() actor: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: GrantRoleOverrideBody,
  ): Promise<UserAdminDetailDto> {
    return this.admin.grant(actor, id, body);
  }

  @Delete(':id/role-overrides/:overrideId')
  @RequirePermission(Permission.UsersManage)
  revoke(
    @CurrentUser() actor: SessionUser,
    @Param('id', uuid) id: string,
    @Param('overrideId', uuid) overrideId: string,
  ): Promise<UserAdminDetailDto> {
    return this.admin.revoke(actor, id, overrideId);
  }

  @Post(':id/deactivate')
  @HttpCode(200)
  @RequirePermission(Permission.UsersManage)
  deactivate(@CurrentUser() actor: SessionUser, @Param('id', uuid) id: string): Promise<UserAdminDetailDto> {
    return this.admin.setActive(actor, id, false);
  }

  @Post(':id/reactivate')
  @HttpCode(200)
  @RequirePermission(Permission.UsersManage)
  reactivate(@CurrentUser() actor: SessionUser, @Param('id', uuid) id: string): Promise<UserAdminDetailDto> {
    return this.admin.setActive(actor, id, true);
  }
}
