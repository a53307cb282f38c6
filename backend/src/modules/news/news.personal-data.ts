import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const NEWS_PERSONAL_DATA: PersonalDataSource = {
  file: 'neuigkeiten.json',
  description:
    'Neuigkeiten, die Sie verfasst haben (mit Entwürfen), und die Dateien daran (nur Angaben, kein Inhalt).',
  async collect(db, subject) {
    return {
      authored: await jsonRows(db, 'news', 't.author_id = $1', [subject.id], {
        omit: ['search_vector'],
        orderBy: 't.created_at, t.id',
      }),
    };
  },
};

export const NEWS_READER_PERSONAL_DATA: PersonalDataSource = {
  file: 'neuigkeiten-gelesen-und-bestaetigt.json',
  description: 'Welche Neuigkeiten Sie geöffnet und welche wichtigen Sie „zur Kenntnis genommen“ haben.',
  async collect(db, subject) {
    return {
      readMarks: await jsonRows(db, 'news_reads', 't.user_id = $1', [subject.id], { orderBy: 't.read_at' }),
      acknowledgements: await jsonRows(db, 'news_acknowledgements', 't.user_id = $1', [subject.id], {
        orderBy: 't.acknowledged_at',
      }),
    };
  },
};
