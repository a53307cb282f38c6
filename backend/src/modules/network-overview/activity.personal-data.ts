import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const ACTIVITY_PERSONAL_DATA: PersonalDataSource = {
  file: 'nutzungstage.json',
  description:
    'An welchen Tagen Sie das Portal genutzt haben (ein Vermerk je Tag, Grundlage der Zahl „aktive Nutzende je Woche“).',
  async collect(db, subject) {
    return {
      days: await jsonRows(db, 'user_activity', 't.user_id = $1', [subject.id], { orderBy: 't.day' }),
    };
  },
};
