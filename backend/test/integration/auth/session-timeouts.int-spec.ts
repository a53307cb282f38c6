import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

describe('session lifetime', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp();
  });
  afterAll(() => testApp.close());

  it('stores the session in PostgreSQL with the user, so any instance can serve it', async () => {
    const { client } = await signIn(testApp.baseUrl, 'redaktion.biberach');
    const rows: { display_name: string }[] = await testApp.dataSource.query(
      `SELECT u.display_name FROM sessions s JOIN users u ON u.id = s.user_id`,
    );
    expect(rows.map((row) => row.display_name)).toContain('Lukas Schneider');
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('ends a session after the idle timeout', async () => {
    const { client } = await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    await testApp.dataSource.query(
      `UPDATE sessions SET expires_at = now() - interval '1 second' WHERE user_id IS NOT NULL`,
    );
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('ends a session at the absolute timeout even when active', async () => {
    const { client } = await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    await testApp.dataSource.query(
      `UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE user_id IS NOT NULL`,
    );
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('reads the session on every request, so removing it ends access at once', async () => {
    const first = await signIn(testApp.baseUrl, 'leitung.biberach');
    const second = await signIn(testApp.baseUrl, 'leitung.biberach');
    await testApp.dataSource.query(
      `DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE display_name = 'Martina Weber')`,
    );
    expect((await first.client.get('/api/me')).status).toBe(401);
    expect((await second.client.get('/api/me')).status).toBe(401);
  });
});
