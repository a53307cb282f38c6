import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const RESOURCES_PERSONAL_DATA: PersonalDataSource = {
  file: 'digitalisierung.json',
  description:
    'Digitalisierung: Ressourcen, die Sie vorgeschlagen haben (mit Prüfstatus), Ihre Bewertungen und von Ihnen angelegte Sammlungen.',
  async collect(db, subject) {
    const id = [subject.id];
    return {
      suggested: await jsonRows(db, 'resources', 't.suggested_by_id = $1', id, {
        orderBy: 't.created_at, t.id',
      }),
      ratings: await jsonRows(db, 'resource_ratings', 't.user_id = $1', id, {
        orderBy: 't.rated_at, t.resource_id',
      }),
      collections: await jsonRows(db, 'resource_collections', 't.created_by_id = $1', id, {
        orderBy: 't.created_at, t.id',
      }),
    };
  },
};
