import { Module } from '@nestjs/common';
import { OrganisationsModule } from '../organisations/organisations.module';
import { NewsController } from './news.controller';
import { NewsRepository } from './news.repository';
import { NewsService } from './news.service';

@Module({
  imports: [OrganisationsModule],
  controllers: [NewsController],
  providers: [NewsRepository, NewsService],
  exports: [NewsRepository],
})
export class NewsModule {}
