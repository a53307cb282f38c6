import { Controller, Delete, Get, HttpCode, Post } from '@nestjs/common';
import { ApiPaths, FeedTokenCreatedDto, FeedTokenStatusDto, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { FeedsService } from './feeds.service';

/** The signed-in user's own feed token: everyone may have one (their feeds show only their content). */
@Controller(ApiPaths.feedToken)
export class FeedTokenController {
  constructor(private readonly feeds: FeedsService) {}

  @Get()
  @RequirePermission(Permission.ProfileRead)
  status(@CurrentUser() user: SessionUser): Promise<FeedTokenStatusDto> {
    return this.feeds.status(user);
  }

  @Post()
  @HttpCode(201)
  @RequirePermission(Permission.ProfileRead)
  rotate(@CurrentUser() user: SessionUser): Promise<FeedTokenCreatedDto> {
    return this.feeds.rotate(user);
  }

  @Delete()
  @HttpCode(204)
  @RequirePermission(Permission.ProfileRead)
  revoke(@CurrentUser() user: SessionUser): Promise<void> {
    return this.feeds.revoke(user);
  }
}
