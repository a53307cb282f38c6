import { Module } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { sidePoolSize } from '../../core/database/side-pool-size';
import { SearchExtractionService } from './extraction/search-extraction.service';
import { SearchAnalyticsService } from './search-analytics.service';
import { SearchController } from './search.controller';
import { SearchPool } from './search-pool';
import { SearchRepository } from './search.repository';
import { SearchService } from './search.service';

/** The portal search. Indexing itself happens in the database (see search-document.entity.ts). */
@Module({
  controllers: [SearchController],
  providers: [
    {
      provide: SearchPool,
      inject: [APP_CONFIG],
      // Like PreparedReads: half the main pool; a search holds a connection for a few statements.
      useFactory: (config: AppConfig) =>
        new SearchPool(
          config.databaseUrl,
          sidePoolSize(config.databasePoolSize),
          config.searchStatementTimeoutMs,
        ),
    },
    SearchRepository,
    SearchService,
    SearchAnalyticsService,
    SearchExtractionService,
  ],
  exports: [SearchExtractionService],
})
export class SearchModule {}
