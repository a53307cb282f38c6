import { Module } from '@nestjs/common';
import { TaxonomiesController } from './taxonomies.controller';
import { TaxonomiesRepository } from './taxonomies.repository';
import { TaxonomiesService } from './taxonomies.service';

/** Shared taxonomies (terms managed by coordinators); content modules import it and use the service. */
@Module({
  controllers: [TaxonomiesController],
  providers: [TaxonomiesRepository, TaxonomiesService],
  exports: [TaxonomiesService],
})
export class TaxonomiesModule {}
