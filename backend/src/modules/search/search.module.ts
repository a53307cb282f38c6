import { Module } from '@nestjs/common';
import { SearchExtractionService } from './extraction/search-extraction.service';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchController } from './search.controller';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

/** The portal search. Indexing itself happens in the database (see search-document.entity.ts). */
@Module({
  controllers: [SearchController],
  providers: [SearchRepository, SearchService, SearchAnalyticsService, SearchExtractionService],
  exports: [SearchExtractionService],
})
export class SearchModule {}
