/** What other modules use to notify people (import NotificationsModule, inject the service). */
export { NotificationsModule } from './notifications.module';
export { NotificationsService } from './notifications.service';
export type { NewNotification } from './notification-input';
export { NotificationJobs } from './notification-mailer';
