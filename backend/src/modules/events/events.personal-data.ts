import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const EVENTS_PERSONAL_DATA: PersonalDataSource = {
  file: 'termine.json',
  description: 'Termine, die Sie angelegt haben.',
  async collect(db, subject) {
    return {
      authored: await jsonRows(db, 'events', 't.author_id = $1', [subject.id], {
        omit: ['search_vector'],
        orderBy: 't.created_at, t.id',
      }),
    };
  },
};
