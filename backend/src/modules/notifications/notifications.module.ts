import { Module } from '@nestjs/common';
import { NotificationMailer } from './notification-mailer';
import { NotificationsController } from './notifications.controller';
import { NotificationsRepository } from './notifications.repository';
import { NotificationsService } from './notifications.service';

/** Import this module and inject `NotificationsService` to notify people. */
@Module({
  controllers: [NotificationsController],
  providers: [NotificationsRepository, NotificationsService, NotificationMailer],
  exports: [NotificationsService],
})
export class NotificationsModule {}
