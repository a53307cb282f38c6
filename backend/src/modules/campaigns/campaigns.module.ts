import { CampaignTagsController, CampaignTagsService } from './campaign-tags';
import { Module } from '@nestjs/common';
import { NotificationsModule } from '../notifications';
import { CampaignAssetFilesController } from './campaign-asset-files.controller';
import { CampaignAssetFilesService } from './campaign-asset-files.service';
import { CampaignAssetsDemo } from './campaign-assets-demo';
import { CampaignAssetsController } from './campaign-assets.controller';
import { CampaignAssetsRepository } from './campaign-assets.repository';
import { CampaignAssetsService } from './campaign-assets.service';
import { CampaignDownloadsRepository } from './campaign-downloads.repository';
import { CampaignRecall } from './campaign-recall';
import { CampaignStatisticsService } from './campaign-statistics.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsRepository } from './campaigns.repository';
import { CampaignsService } from './campaigns.service';
import { FilesContext } from './files-context';

@Module({
  imports: [NotificationsModule],
  // The files controller first: its `zip` route must win over the assets controller's `:id`.
  controllers: [
    CampaignsController,
    CampaignAssetFilesController,
    CampaignAssetsController,
    CampaignTagsController,
  ],
  providers: [
    CampaignsRepository,
    CampaignsService,
    CampaignAssetsRepository,
    CampaignAssetsService,
    CampaignDownloadsRepository,
    CampaignRecall,
    CampaignStatisticsService,
    CampaignAssetFilesService,
    FilesContext,
    CampaignAssetsDemo,
    CampaignTagsService,
  ],
  exports: [CampaignsService, CampaignAssetsService, CampaignAssetFilesService, CampaignAssetsDemo],
})
export class CampaignsModule {}
