import { Body, Controller, Delete, Get, HttpCode, Param, ParseUUIDPipe, Post, Put } from '@nestjs/common';
import {
  AnnouncementDto,
  AnnouncementListDto,
  ApiPaths,
  CurrentAnnouncementsDto,
  Permission,
} from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { AnnouncementsService } from './announcements.service';
import { SaveAnnouncementBody } from './dto/save-announcement.body';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diesen Hinweis gibt es nicht.'),
});

@Controller(ApiPaths.announcements)
export class AnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  /** The banner for everyone signed in (every page load asks; answered from a short cache). */
  @Get('current')
  @RequirePermission(Permission.ProfileRead)
  current(): Promise<CurrentAnnouncementsDto> {
    return this.announcements.current();
  }
}

@Controller(ApiPaths.adminAnnouncements)
export class AdminAnnouncementsController {
  constructor(private readonly announcements: AnnouncementsService) {}

  @Get()
  @RequirePermission(Permission.AnnouncementsManage)
  list(): Promise<AnnouncementListDto> {
    return this.announcements.list();
  }

  @Post()
  @RequirePermission(Permission.AnnouncementsManage)
  create(@CurrentUser() actor: SessionUser, @Body() body: SaveAnnouncementBody): Promise<AnnouncementDto> {
    return this.announcements.create(actor, body);
  }

  @Put(':id')
  @RequirePermission(Permission.AnnouncementsManage)
  update(
    @CurrentUser() actor: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: SaveAnnouncementBody,
  ): Promise<AnnouncementDto> {
    return this.announcements.update(actor, id, body);
  }

  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.AnnouncementsManage)
  remove(@CurrentUser() actor: SessionUser, @Param('id', uuid) id: string): Promise<void> {
    return this.announcements.remove(actor, id);
  }
}
