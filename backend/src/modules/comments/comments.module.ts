import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { CommentEvents } from './comment-events';
import { CommentTargetRegistry } from './comment-target.registry';
import { CommentsController } from './comments.controller';
import { CommentsRepository } from './comments.repository';
import { CommentsService } from './comments.service';
import { MentionSuggestionsController } from './mention-suggestions.controller';

/**
 * Comments on any registered target. Content modules import this module and register a
 * `CommentTarget` with `CommentTargetRegistry` (see news/news-comment-target.ts).
 */
@Module({
  imports: [NotificationsModule],
  controllers: [CommentsController, MentionSuggestionsController],
  providers: [CommentsRepository, CommentsService, CommentTargetRegistry, CommentEvents],
  exports: [CommentTargetRegistry],
})
export class CommentsModule {}
