import { Controller, Get } from '@nestjs/common';
import { ApiPaths, MeDto, Permission } from '@portal/contracts';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import type { SessionUser } from '../../core/auth/session-user';
import { UsersService } from './users.service';

@Controller(ApiPaths.me)
export class MeController {
  constructor(private readonly users: UsersService) {}

  @Get()
  @RequirePermission(Permission.ProfileRead)
  me(@CurrentUser() user: SessionUser): Promise<MeDto> {
    return this.users.me(user);
  }
}
