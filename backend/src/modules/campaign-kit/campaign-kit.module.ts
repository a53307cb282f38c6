import { Module } from '@nestjs/common';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { KitBulkService } from './kit-bulk.service';
import { KitDownloadsService } from './kit-downloads.service';
import { KitDemoSeeder } from './kit-demo.seeder';
import { KitFileStore } from './kit-file-store';
import { KitFilesController } from './kit-files.controller';
import { KitGeneratorService } from './kit-generator.service';
import { KitOutputsRepository } from './kit-outputs.repository';
import { KitProfileService } from './kit-profile.service';
import { KitRasteriser } from './kit-rasteriser';
import { KitTemplatesController } from './kit-templates.controller';
import { KitTemplatesRepository } from './kit-templates.repository';
import { KitTemplatesService } from './kit-templates.service';

/** „Für mein Jobcenter anpassen“: templates with zones, filled per Jobcenter, one at a time or all at once. */
@Module({
  imports: [CampaignsModule],
  controllers: [KitTemplatesController, KitFilesController],
  providers: [
    KitTemplatesRepository,
    KitOutputsRepository,
    KitFileStore,
    KitRasteriser,
    KitTemplatesService,
    KitProfileService,
    KitGeneratorService,
    KitDownloadsService,
    KitBulkService,
    KitDemoSeeder,
  ],
  exports: [KitDemoSeeder],
})
export class CampaignKitModule {}
