import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { BookmarksController } from './bookmarks.controller';
import { BookmarksService } from './bookmarks.service';

/** „Merkliste“ for any content registered as a comment target. */
@Module({
  imports: [CommentsModule],
  controllers: [BookmarksController],
  providers: [BookmarksService],
  exports: [BookmarksService],
})
export class BookmarksModule {}
