import { Module } from '@nestjs/common';
import { CommentsModule } from '../comments/comments.module';
import { NotificationsModule } from '../notifications';
import { ContentReportsController } from './content-reports.controller';
import { ContentReportsService } from './content-reports.service';

/** „Melden“ for any content registered as a comment target; a queue for the coordination. */
@Module({
  imports: [CommentsModule, NotificationsModule],
  controllers: [ContentReportsController],
  providers: [ContentReportsService],
})
export class ContentReportsModule {}
