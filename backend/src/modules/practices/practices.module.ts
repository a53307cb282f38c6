import { Module } from '@nestjs/common';
import { BookmarksModule } from '../bookmarks/bookmarks.module';
import { CommentsModule } from '../comments/comments.module';
import { NotificationsModule } from '../notifications';
import { TaxonomiesModule } from '../taxonomies/taxonomies.module';
import { PracticeAccess } from './practice-access';
import { PracticeCommentTarget } from './practice-comment-target';
import { PracticeEngagementController } from './practice-engagement.controller';
import { PracticeEngagementService } from './practice-engagement.service';
import { PracticeFilesService } from './practice-files.service';
import { PracticeNotifier } from './practice-notifier';
import { PracticeViews } from './practice-views';
import { PracticesController } from './practices.controller';
import { PracticesRepository } from './practices.repository';
import { PracticesService } from './practices.service';

/** Gute Praxis (issue 5). */
@Module({
  imports: [CommentsModule, NotificationsModule, TaxonomiesModule, BookmarksModule],
  // The engagement controller first: its static `recommendations` route must win over `:id`.
  controllers: [PracticeEngagementController, PracticesController],
  providers: [
    PracticesRepository,
    PracticeAccess,
    PracticeViews,
    PracticesService,
    PracticeEngagementService,
    PracticeFilesService,
    PracticeNotifier,
    PracticeCommentTarget,
  ],
})
export class PracticesModule {}
