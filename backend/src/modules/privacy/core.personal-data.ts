import type { PersonalDataSource } from './personal-data-source';
import { jsonRows } from './personal-data-source';

/** Sources for data that core services keep (files, audit log); modules keep theirs next to them. */
export const STORED_FILES_PERSONAL_DATA: PersonalDataSource = {
  file: 'hochgeladene-dateien.json',
  description:
    'Dateien, die Sie hochgeladen haben: Name, Art, Größe, Zeitpunkt, Prüfergebnis (ohne den Inhalt).',
  async collect(db, subject) {
    return {
      files: await jsonRows(db, 'stored_files', 't.uploaded_by = $1', [subject.id], {
        omit: ['storage_key'],
        orderBy: 't.created_at',
      }),
    };
  },
};

export const AUDIT_PERSONAL_DATA: PersonalDataSource = {
  file: 'protokoll.json',
  description:
    'Einträge im Sicherheitsprotokoll, die Sie ausgelöst haben oder die Ihr Konto betreffen (Anmeldungen, Rollenänderungen, Exporte …).',
  async collect(db, subject) {
    return {
      entries: await jsonRows(
        db,
        'audit_log',
        `(t.actor_id = $1 OR (t.target_type = 'user' AND t.target_id = $1::text))`,
        [subject.id],
        { orderBy: 't.occurred_at, t.id' },
      ),
    };
  },
};
