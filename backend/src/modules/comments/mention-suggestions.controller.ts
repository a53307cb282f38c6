import { Controller, Get, Query } from '@nestjs/common';
import { ApiPaths, MentionSuggestionDto, Permission } from '@portal/contracts';
import type { SessionUser } from '../../core/auth/session-user';
import { CurrentUser } from '../../core/authz/current-user.decorator';
import { RequirePermission } from '../../core/authz/require-permission.decorator';
import { CommentsService } from './comments.service';
import { MentionSuggestionQueryParams } from './dto/comment.query';

/** People to @mention while writing a comment: only those who can see the commented content. */
@Controller(ApiPaths.mentionSuggestions)
export class MentionSuggestionsController {
  constructor(private readonly comments: CommentsService) {}

  @Get()
  @RequirePermission(Permission.CommentsWrite)
  suggest(
    @CurrentUser() user: SessionUser,
    @Query() query: MentionSuggestionQueryParams,
  ): Promise<MentionSuggestionDto[]> {
    return this.comments.suggestions(user, query);
  }
}
