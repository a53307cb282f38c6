import { Controller, Get, Query } from '@nestjs/common';
import { ApiPaths, PageDto, Permission, UserAdminDto } from '@portal/contracts';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { ListUsersQuery } from './dto/list-users.query';
import { UsersService } from './users.service';

@Controller(ApiPaths.adminUsers)
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission(Permission.UsersRead)
  list(@Query() query: ListUsersQuery): Promise<PageDto<UserAdminDto>> {
    return this.users.list(query);
  }
}
