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
import { ApiPaths, CommentDto, CommentPageDto, CommentReactionDto, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { CommentsService } from './comments.service';
import { CreateCommentBody, UpdateCommentBody } from './dto/comment.body';
import { CommentListQueryParams } from './dto/comment.query';

const uuid = new ParseUUIDPipe({
  exceptionFactory: () => new DomainError(ErrorCode.NotFound, 'Diesen Kommentar gibt es nicht.'),
});

@Controller(ApiPaths.comments)
export class CommentsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @RequirePermission(Permission.CommentsRead)
  list(@CurrentUser() user: SessionUser, @Query() query: CommentListQueryParams): Promise<CommentPageDto> {
    return this.comments.list(user, query);
  }

  @Post()
  @RequirePermission(Permission.CommentsWrite)
  create(@CurrentUser() user: SessionUser, @Body() body: CreateCommentBody): Promise<CommentDto> {
    return this.comments.create(user, body);
  }

  @Put(':id')
  @RequirePermission(Permission.CommentsWrite)
  update(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
    @Body() body: UpdateCommentBody,
  ): Promise<CommentDto> {
    return this.comments.update(user, id, body);
  }

  /** Own comments with comments:write; anyone's with comments:moderate (checked in the service). */
  @Delete(':id')
  @HttpCode(204)
  @RequirePermission(Permission.CommentsWrite)
  remove(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<void> {
    return this.comments.remove(user, id);
  }

  @Put(':id/reactions/helpful')
  @RequirePermission(Permission.CommentsWrite)
  markHelpful(@CurrentUser() user: SessionUser, @Param('id', uuid) id: string): Promise<CommentReactionDto> {
    return this.comments.setHelpful(user, id, true);
  }

  @Delete(':id/reactions/helpful')
  @RequirePermission(Permission.CommentsWrite)
  unmarkHelpful(
    @CurrentUser() user: SessionUser,
    @Param('id', uuid) id: string,
  ): Promise<CommentReactionDto> {
    return this.comments.setHelpful(user, id, false);
  }
}
