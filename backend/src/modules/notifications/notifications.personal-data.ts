import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const NOTIFICATIONS_PERSONAL_DATA: PersonalDataSource = {
  file: 'benachrichtigungen.json',
  description:
    'Ihre Benachrichtigungen (gelesen/ungelesen, per E-Mail versandt) und Ihre Einstellungen dazu.',
  async collect(db, subject) {
    const id = [subject.id];
    return {
      settings: await jsonRows(db, 'notification_settings', 't.user_id = $1', id, { orderBy: 't.kind' }),
      notifications: await jsonRows(db, 'notifications', 't.user_id = $1', id, {
        orderBy: 't.created_at, t.id',
      }),
    };
  },
};
