import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const PRACTICES_PERSONAL_DATA: PersonalDataSource = {
  file: 'gute-praxis.json',
  description:
    'Gute Praxis: Ihre Beispiele mit allen Versionen, von Ihnen bearbeitete Versionen, gemeldete Übernahmen, was Sie verfolgen und als hilfreich markiert haben.',
  async collect(db, subject) {
    const id = [subject.id];
    return {
      authored: await jsonRows(db, 'practices', 't.author_id = $1', id, {
        omit: ['search_vector'],
        orderBy: 't.created_at, t.id',
      }),
      versionsOfAuthored: await jsonRows(
        db,
        'practice_versions',
        't.practice_id IN (SELECT p.id FROM practices p WHERE p.author_id = $1)',
        id,
        { orderBy: 't.practice_id, t.version' },
      ),
      versionsEdited: await jsonRows(db, 'practice_versions', 't.edited_by = $1', id, {
        orderBy: 't.edited_at',
      }),
      adoptions: await jsonRows(db, 'practice_adoptions', 't.adopted_by = $1', id, {
        orderBy: 't.created_at',
      }),
      following: await jsonRows(db, 'practice_followers', 't.user_id = $1', id),
      helpfulMarks: await jsonRows(db, 'practice_helpful_marks', 't.user_id = $1', id),
    };
  },
};
