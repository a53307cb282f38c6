import type { SessionData } from 'express-session';
import { PgSessionStore } from '../../../src/core/auth/pg-session.store';
import { PreparedReads } from '../../../src/core/database/prepared-reads';
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

  it('does not bring back the session of a person deactivated while a request was running', async () => {
    const { client } = await signIn(testApp.baseUrl, 'fachkraft.biberach');
    const { id: userId } = (await (await client.get('/api/me')).json()) as { id: string };
    const [session] = (await testApp.dataSource.query('SELECT sid, data FROM sessions WHERE user_id = $1', [
      userId,
    ])) as { sid: string; data: SessionData }[];
    const store = new PgSessionStore(testApp.dataSource, testApp.app.get(PreparedReads), {
      idleMs: 60_000,
      absoluteMs: 3_600_000,
    });
    const save = (): Promise<void> =>
      new Promise((resolve, reject) =>
        store.set(session!.sid, session!.data, (error) => (error ? reject(error) : resolve())),
      );
    const count = async (): Promise<number> =>
      (
        (await testApp.dataSource.query('SELECT count(*)::int AS n FROM sessions WHERE sid = $1', [
          session!.sid,
        ])) as { n: number }[]
      )[0]!.n;

    await save();
    expect(await count()).toBe(1);
    // What deactivation does; then the late save of a request that began before it.
    await testApp.dataSource.query('UPDATE users SET active = false WHERE id = $1', [userId]);
    await testApp.dataSource.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    await save();
    expect(await count()).toBe(0);
    await testApp.dataSource.query('UPDATE users SET active = true WHERE id = $1', [userId]);
  });
});
