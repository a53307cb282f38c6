import { Controller, Delete, Get, Param, ParseUUIDPipe, Put, Query } from '@nestjs/common';
import { ApiPaths, BookmarkListDto, BookmarkStateDto, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { KeysetPageParams } from '../../core/http/keyset-page.query';
import { BookmarksService } from './bookmarks.service';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diesen Inhalt gibt es nicht.'),
});

@Controller(ApiPaths.bookmarks)
export class BookmarksController {
  constructor(private readonly bookmarks: BookmarksService) {}

  @Get()
  @RequirePermission(Permission.BookmarksUse)
  list(@CurrentUser() user: SessionUser, @Query() query: KeysetPageParams): Promise<BookmarkListDto> {
    return this.bookmarks.list(user, query);
  }

  @Put(':type/:id')
  @RequirePermission(Permission.BookmarksUse)
  add(
    @CurrentUser() user: SessionUser,
    @Param('type') type: string,
    @Param('id', uuid) id: string,
  ): Promise<BookmarkStateDto> {
    return this.bookmarks.add(user, type, id);
  }

  @Delete(':type/:id')
  @RequirePermission(Permission.BookmarksUse)
  remove(
    @CurrentUser() user: SessionUser,
    @Param('type') type: string,
    @Param('id', uuid) id: string,
  ): Promise<BookmarkStateDto> {
    return this.bookmarks.remove(user, type, id);
  }
}
