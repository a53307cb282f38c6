import { Module } from '@nestjs/common';
import { EventsModule } from '../events/events.module';
import { NewsModule } from '../news/news.module';
import { FeedTokenController } from './feed-token.controller';
import { FeedsController } from './feeds.controller';
import { FeedTokensRepository } from './feed-tokens.repository';
import { FeedsService } from './feeds.service';

@Module({
  imports: [EventsModule, NewsModule],
  controllers: [FeedTokenController, FeedsController],
  providers: [FeedTokensRepository, FeedsService],
})
export class FeedsModule {}
