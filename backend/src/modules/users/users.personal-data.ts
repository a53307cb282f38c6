import type { PersonalDataSource } from '../privacy/personal-data-source';
import { jsonRows } from '../privacy/personal-data-source';

export const PROFILE_PERSONAL_DATA: PersonalDataSource = {
  file: 'profil.json',
  description:
    'Ihr Konto: Name, E-Mail, Rollen und Organisation (vom Anmeldedienst), Anmelde-Kennung, letzte Anmeldung.',
  async collect(db, subject) {
    const [profile] = await jsonRows(db, 'users', 't.id = $1', [subject.id]);
    const organisation: { name: string; key: string }[] = await db.query(
      'SELECT o.name, o.key FROM users u JOIN organisations o ON o.id = u.organisation_id WHERE u.id = $1',
      [subject.id],
    );
    return { ...profile, organisation: organisation[0] ?? null };
  },
};
