import type { NotificationKind } from '@portal/contracts';

/** What other modules hand to `NotificationsService.notifyUsers` / `notifyAudience`. */
export interface NewNotification {
  kind: NotificationKind;
  /** Short, e.g. the news title; shortened to 200 characters. */
  title: string;
  /** One or two sentences (teaser, comment excerpt); shortened to 500 characters. */
  text: string;
  /** Portal path the notification opens, e.g. `/neuigkeiten/<id>`. */
  link: string;
  /**
   * What caused it (e.g. `{ type: 'news', id }`, `{ type: 'comment', id }`). With a source,
   * notifying the same user of the same kind and source again is a no-op (safe to retry).
   */
  source?: { type: string; id: string };
}
