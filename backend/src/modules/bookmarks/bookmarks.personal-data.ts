import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const BOOKMARKS_PERSONAL_DATA: PersonalDataSource = {
  file: 'merkliste.json',
  description: 'Ihre Merkliste.',
  async collect(db, subject) {
    return {
      bookmarks: await jsonRows(db, 'bookmarks', 't.user_id = $1', [subject.id], { orderBy: 't.created_at' }),
    };
  },
};
