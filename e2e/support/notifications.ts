import { Client } from 'pg';
import { BASE_URL } from '../playwright.config';

/** The e2e stack's embedded PostgreSQL (PORT+2, see tools/lib/dev-stack.mjs). */
function databaseUrl(): string {
  const port = Number(new URL(BASE_URL).port) + 2;
  return `postgres://postgres:portal-dev@127.0.0.1:${port}/portal`;
}

/**
 * Test data: replaces a signed-in demo user's notifications with these, written straight into
 * the database (the real triggers — news, mentions, comments — are covered by their own tests;
 * 22 items through the UI would only be slow). A minute apart, the first one newest; no mail.
 */
export async function giveNotifications(login: string, titles: string[]): Promise<void> {
  const client = new Client({ connectionString: databaseUrl() });
  await client.connect();
  try {
    await client.query(
      `DELETE FROM notifications WHERE user_id IN (SELECT id FROM users WHERE email LIKE $1 || '@%')`,
      [login],
    );
    await client.query(
      `INSERT INTO notifications (user_id, kind, title, text, link, created_at)
       SELECT u.id, 'news', t.title, 'Kurz erklärt: ' || t.title, '/neuigkeiten',
              now() - (t.position || ' minutes')::interval
         FROM users u, unnest($2::text[]) WITH ORDINALITY AS t(title, position)
        WHERE u.email LIKE $1 || '@%'`,
      [login, titles],
    );
  } finally {
    await client.end();
  }
}
