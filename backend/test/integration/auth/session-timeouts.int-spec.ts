import type { SessionData } from 'express-session';
import { PgSessionStore } from '../../../src/core/auth/pg-session.store';
import { SessionCache } from '../../../src/core/auth/session-cache';
import { PreparedReads } from '../../../src/core/database/prepared-reads';
import type { HttpClient } from '../../support/http-client';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * A change written straight into PostgreSQL (as another instance would) reaches this process by
 * notification, a moment after the commit: the status is asked until it arrives (at most 3 s).
 */
async function statusSoon(client: HttpClient, path: string, expected: number): Promise<number> {
  const until = Date.now() + 3_000;
  for (;;) {
    const { status } = await client.get(path);
    if (status === expected || Date.now() > until) return status;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

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
    expect(await statusSoon(client, '/api/me', 401)).toBe(401);
  });

  it('ends a session at the absolute timeout even when active', async () => {
    const { client } = await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    await testApp.dataSource.query(
      `UPDATE sessions SET absolute_expires_at = now() - interval '1 second' WHERE user_id IS NOT NULL`,
    );
    expect(await statusSoon(client, '/api/me', 401)).toBe(401);
  });

  it('ends access when another instance removes the sessions, though this one holds them in memory', async () => {
    const first = await signIn(testApp.baseUrl, 'leitung.biberach');
    const second = await signIn(testApp.baseUrl, 'leitung.biberach');
    // Both sessions read once, so both are held in memory now.
    expect((await first.client.get('/api/me')).status).toBe(200);
    expect((await second.client.get('/api/me')).status).toBe(200);
    await testApp.dataSource.query(
      `DELETE FROM sessions WHERE user_id = (SELECT id FROM users WHERE display_name = 'Martina Weber')`,
    );
    expect(await statusSoon(first.client, '/api/me', 401)).toBe(401);
    expect(await statusSoon(second.client, '/api/me', 401)).toBe(401);
  });

  it('serves a signed-in person from memory until PostgreSQL reports a change of the session', async () => {
    const { client } = await signIn(testApp.baseUrl, 'redaktion.biberach');
    const roles = async () => ((await (await client.get('/api/me')).json()) as { roles: string[] }).roles;
    expect(await roles()).toEqual(['editor']);
    const { id: userId } = (await (await client.get('/api/me')).json()) as { id: string };
    const setRoles = (to: string[]) =>
      testApp.dataSource.query(
        `UPDATE sessions SET data = jsonb_set(data, '{passport,user,roles}', $2::jsonb) WHERE user_id = $1`,
        [userId, JSON.stringify(to)],
      );
    // Without the notification this process keeps what it read: the request did not ask the database.
    await testApp.dataSource.query('ALTER TABLE sessions DISABLE TRIGGER sessions_notify_change');
    try {
      await setRoles(['staff']);
    } finally {
      await testApp.dataSource.query('ALTER TABLE sessions ENABLE TRIGGER sessions_notify_change');
    }
    expect(await roles()).toEqual(['editor']);
    // With it (every writer: sign-out, deactivation, role changes, merges), the change arrives.
    await setRoles(['staff']);
    const until = Date.now() + 3_000;
    while ((await roles())[0] !== 'staff' && Date.now() < until) await new Promise((r) => setTimeout(r, 20));
    expect(await roles()).toEqual(['staff']);
  });

  it('does not bring back the session of a person deactivated while a request was running', async () => {
    const { client } = await signIn(testApp.baseUrl, 'fachkraft.biberach');
    const { id: userId } = (await (await client.get('/api/me')).json()) as { id: string };
    const [session] = (await testApp.dataSource.query('SELECT sid, data FROM sessions WHERE user_id = $1', [
      userId,
    ])) as { sid: string; data: SessionData }[];
    const store = new PgSessionStore(
      testApp.dataSource,
      testApp.app.get(PreparedReads),
      testApp.app.get(SessionCache),
      {
        idleMs: 60_000,
        absoluteMs: 3_600_000,
      },
    );
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
