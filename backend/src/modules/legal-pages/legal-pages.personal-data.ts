import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const ACCESSIBILITY_FEEDBACK_PERSONAL_DATA: PersonalDataSource = {
  file: 'rueckmeldungen-barrierefreiheit.json',
  description:
    'Rückmeldungen, die Sie über die Erklärung zur Barrierefreiheit geschickt haben, und von Ihnen geänderte rechtliche Seiten.',
  async collect(db, subject) {
    return {
      feedback: await jsonRows(db, 'accessibility_feedback', 't.user_id = $1', [subject.id], {
        orderBy: 't.created_at',
      }),
      legalPagesLastEdited: await jsonRows(db, 'legal_pages', 't.updated_by = $1', [subject.id], {
        omit: ['body'],
      }),
    };
  },
};
