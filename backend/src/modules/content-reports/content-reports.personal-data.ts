import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const CONTENT_REPORTS_PERSONAL_DATA: PersonalDataSource = {
  file: 'meldungen.json',
  description: 'Inhalte, die Sie gemeldet haben, und Meldungen, die Sie bearbeitet haben.',
  async collect(db, subject) {
    const id = [subject.id];
    return {
      filed: await jsonRows(db, 'content_reports', 't.reporter_id = $1', id, { orderBy: 't.created_at' }),
      resolved: await jsonRows(db, 'content_reports', 't.resolved_by = $1', id, { orderBy: 't.resolved_at' }),
    };
  },
};
