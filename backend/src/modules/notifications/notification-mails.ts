import { NOTIFICATION_KINDS, type NotificationKind } from '@portal/contracts';
import type { MailContent } from '../../core/mail/mail-layout';
import type { DigestCadence } from './notification-delivery';

export interface MailableNotification {
  kind: NotificationKind;
  title: string;
  text: string;
  link: string;
}

/** Items beyond this are summarised with a link to the full list. */
export const DIGEST_MAX_ITEMS = 50;

export function immediateMail(
  notification: MailableNotification,
  url: (path: string) => string,
): MailContent {
  const kind = NOTIFICATION_KINDS[notification.kind];
  return {
    subject: `${kind.label}: ${notification.title}`,
    heading: notification.title,
    intro: `${kind.description}:`,
    items: [{ title: notification.title, text: notification.text, url: url(notification.link) }],
  };
}

export function digestMail(
  cadence: DigestCadence,
  notifications: readonly MailableNotification[],
  url: (path: string) => string,
): MailContent {
  const count = notifications.length;
  const noun = count === 1 ? 'neue Benachrichtigung' : 'neue Benachrichtigungen';
  const period = cadence === 'daily' ? 'tägliche' : 'wöchentliche';
  const shown = notifications.slice(0, DIGEST_MAX_ITEMS);
  const items = shown.map((notification) => ({
    title: `${NOTIFICATION_KINDS[notification.kind].label}: ${notification.title}`,
    text: notification.text,
    url: url(notification.link),
  }));
  if (count > shown.length) {
    items.push({
      title: `… und ${(count - shown.length).toLocaleString('de-DE')} weitere`,
      text: 'Alle Benachrichtigungen finden Sie im Portal.',
      url: url('/benachrichtigungen'),
    });
  }
  return {
    subject: `Ihre ${period} Zusammenfassung: ${count.toLocaleString('de-DE')} ${noun}`,
    heading: 'Neues im Netzwerk-Portal',
    intro: `Seit der letzten Zusammenfassung gibt es ${count.toLocaleString('de-DE')} ${noun} für Sie:`,
    items,
  };
}
