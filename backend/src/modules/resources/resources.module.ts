import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { NotificationsModule } from '../notifications';
import { TaxonomiesModule } from '../taxonomies/taxonomies.module';
import { ResourceAccess } from './resource-access';
import { ResourceCollectionsController } from './resource-collections.controller';
import { ResourceCollectionsService } from './resource-collections.service';
import { ResourceCommentTarget } from './resource-comment-target';
import { ResourceFilesController } from './resource-files.controller';
import { ResourceFilesService } from './resource-files.service';
import { ResourceLinkJobs } from './resource-link-jobs';
import { ResourceNotifier } from './resource-notifier';
import { ResourceViews } from './resource-views';
import { ResourceWorkflowDeps } from './resource-workflow-deps';
import { ResourceWorkflowService } from './resource-workflow.service';
import { ResourcesController } from './resources.controller';
import { ResourcesRepository } from './resources.repository';
import { ResourcesService } from './resources.service';

/** Digitalisierung resource library (issue 6). */
@Module({
  imports: [CommentsModule, NotificationsModule, TaxonomiesModule],
  controllers: [ResourcesController, ResourceFilesController, ResourceCollectionsController],
  providers: [
    ResourcesRepository,
    ResourceAccess,
    ResourceViews,
    ResourcesService,
    ResourceWorkflowService,
    ResourceWorkflowDeps,
    ResourceFilesService,
    ResourceCollectionsService,
    ResourceNotifier,
    ResourceLinkJobs,
    ResourceCommentTarget,
  ],
})
export class ResourcesModule {}
