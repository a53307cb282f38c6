import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query } from '@nestjs/common';
import {
  ApiPaths,
  Permission,
  type NotificationDto,
  type NotificationListDto,
  type NotificationSettingsDto,
  type UnreadCountDto,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { NotificationListQueryParams } from './dto/notification-list.query';
import { UpdateNotificationSettingsBody } from './dto/notification-settings.body';
import { NotificationsService } from './notifications.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diese Benachrichtigung gibt es nicht.'),
});

/** The signed-in user's own notifications; nobody sees anyone else's. */
@Controller(ApiPaths.notifications)
export class NotificationsController {
  constructor(private readonly notifications: NotificationsService) {}

  @Get()
  @RequirePermission(Permission.NotificationsRead)
  list(
    @CurrentUser() user: SessionUser,
    @Query() query: NotificationListQueryParams,
  ): Promise<NotificationListDto> {
    return this.notifications.list(user, query);
  }

  @Get('unread-count')
  @RequirePermission(Permission.NotificationsRead)
  unreadCount(@CurrentUser() user: SessionUser): Promise<UnreadCountDto> {
    return this.notifications.unreadCount(user);
  }

  @Post('read-all')
  @HttpCode(200)
  @RequirePermission(Permission.NotificationsRead)
  readAll(@CurrentUser() user: SessionUser): Promise<UnreadCountDto> {
    return this.notifications.markAllRead(user);
  }

  @Get('settings')
  @RequirePermission(Permission.NotificationsRead)
  settings(@CurrentUser() user: SessionUser): Promise<NotificationSettingsDto> {
    return this.notifications.settings(user);
  }

  @Put('settings')
  @RequirePermission(Permission.NotificationsRead)
  updateSettings(
    @CurrentUser() user: SessionUser,
    @Body() body: UpdateNotificationSettingsBody,
  ): Promise<NotificationSettingsDto> {
    return this.notifications.updateSettings(user, body);
  }

  @Post(':id/read')
  @HttpCode(200)
  @RequirePermission(Permission.NotificationsRead)
  read(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<NotificationDto> {
    return this.notifications.markRead(user, id);
  }
}
