import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const FEEDS_PERSONAL_DATA: PersonalDataSource = {
  file: 'feed-adressen.json',
  description:
    'Ob Sie eine persönliche Feed-Adresse (Kalender, Neuigkeiten) angelegt haben und wann (ohne den geheimen Schlüssel).',
  async collect(db, subject) {
    return {
      feedTokens: await jsonRows(db, 'feed_tokens', 't.user_id = $1', [subject.id], { omit: ['token_hash'] }),
    };
  },
};
