import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { NewsCommentTarget } from './news-comment-target';
import { NewsController } from './news.controller';
import { NewsRepository } from './news.repository';
import { NewsService } from './news.service';

@Module({
  imports: [CommentsModule],
  controllers: [NewsController],
  providers: [NewsRepository, NewsService, NewsCommentTarget],
  exports: [NewsRepository],
})
export class NewsModule {}
