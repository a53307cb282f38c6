import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const DIRECTORY_PERSONAL_DATA: PersonalDataSource = {
  file: 'personenverzeichnis.json',
  description:
    'Personenverzeichnis: Ihr Eintrag (Sichtbarkeit, Funktion, Telefon, Themen), wo Sie als Ansprechperson eines Jobcenters genannt sind, und befristete Rollen, die Ihnen gegeben wurden.',
  async collect(db, subject) {
    const id = [subject.id];
    const profile: Record<string, unknown>[] = await db.query(
      `SELECT directory_opt_out AS "directoryOptOut", job_title AS "jobTitle", phone, topics
         FROM users WHERE id = $1`,
      id,
    );
    const contactFor: Record<string, unknown>[] = await db.query(
      `SELECT c.organisation_id, o.name AS organisation_name, c.topic, c.position, c.created_at
         FROM organisation_contacts c JOIN organisations o ON o.id = c.organisation_id
        WHERE c.user_id = $1 ORDER BY o.name, c.topic`,
      id,
    );
    return {
      profile: profile[0] ?? null,
      contactFor,
      roleOverrides: await jsonRows(db, 'role_overrides', 't.user_id = $1', id, {
        orderBy: 't.granted_at, t.id',
      }),
    };
  },
};
