import type { NotificationDelivery } from '@portal/contracts';

/** Mail cadences stored on a notification: the deliveries that send a mail. */
export type MailCadence = Exclude<NotificationDelivery, 'off'>;
export type DigestCadence = Exclude<MailCadence, 'immediately'>;
