import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { CommentsModule } from '../comments/comments.module';
import { NotificationsModule } from '../notifications';
import { NewsNotifier } from './news-notifier';
import { NewsCommentTarget } from './news-comment-target';
import { NewsController } from './news.controller';
import { NewsFilesController } from './news-files.controller';
import { NewsFilesRepository } from './news-files.repository';
import { NewsFeedCache } from './news-feed-cache';
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
    {
      provide: NewsFeedCache,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        new NewsFeedCache(config.databaseUrl, config.feedCacheSeconds * 1000),
    },
  ],
  exports: [NewsRepository, NewsFilesService],
})
export class NewsModule {}
