import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { NotificationsModule } from '../notifications';
import { NewsNotifier } from './news-notifier';
import { NewsCommentTarget } from './news-comment-target';
import { NewsController } from './news.controller';
import { NewsFilesController } from './news-files.controller';
import { NewsFilesRepository } from './news-files.repository';
import { NewsFilesService } from './news-files.service';
import { NewsRepository } from './news.repository';
import { NewsService } from './news.service';

@Module({
  imports: [CommentsModule, NotificationsModule],
  controllers: [NewsController, NewsFilesController],
  providers: [
    NewsRepository,
    NewsService,
    NewsNotifier,
    NewsCommentTarget,
    NewsFilesRepository,
    NewsFilesService,
  ],
  exports: [NewsRepository, NewsFilesService],
})
export class NewsModule {}
