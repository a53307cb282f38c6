import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const COMMENTS_PERSONAL_DATA: PersonalDataSource = {
  file: 'kommentare.json',
  description: 'Ihre Kommentare, Ihre Reaktionen („Hilfreich“) und wo Sie erwähnt wurden.',
  async collect(db, subject) {
    const id = [subject.id];
    return {
      authored: await jsonRows(db, 'comments', 't.author_id = $1', id, { orderBy: 't.created_at, t.id' }),
      reactions: await jsonRows(db, 'comment_reactions', 't.user_id = $1', id, { orderBy: 't.created_at' }),
      mentions: await jsonRows(db, 'comment_mentions', 't.user_id = $1', id),
    };
  },
};
