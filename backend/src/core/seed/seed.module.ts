import { Module } from '@nestjs/common';
import { CampaignsModule } from '../../modules/campaigns/campaigns.module';
import { NewsModule } from '../../modules/news/news.module';
import { EventsModule } from '../../modules/events/events.module';
import { OrganisationsModule } from '../../modules/organisations/organisations.module';
import { CampaignKitModule } from '../../modules/campaign-kit/campaign-kit.module';
import { SeedService } from './seed.service';

@Module({
  imports: [OrganisationsModule, NewsModule, EventsModule, CampaignsModule, CampaignKitModule],
  providers: [SeedService],
  exports: [SeedService],
})
export class SeedModule {}
