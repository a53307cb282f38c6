import type { SessionData } from 'express-session';
import { SESSION_COOKIE } from '../../../src/core/auth/session.middleware';
import { SESSION_CHANGES_CHANNEL, SessionCache } from '../../../src/core/auth/session-cache';
import { eventually } from '../../support/eventually';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

const SESSION = {
  cookie: { originalMaxAge: 1000 },
  passport: { user: { id: 'u1' } },
} as unknown as SessionData;

/** Whether the cache keeps what a fresh read hands it (it does only while it hears PostgreSQL). */
function keeps(cache: SessionCache): boolean {
  cache.remember('probe', SESSION, 10_000, cache.version());
  const kept = cache.get('probe') !== undefined;
  cache.forget('probe');
  return kept;
}

describe('session cache', () => {
  let a: TestApp;
  let b: TestApp;
  let cache: SessionCache;

  beforeAll(async () => {
    a = await createTestApp();
    // A second instance on the same database, as behind a load balancer.
    b = await createTestApp({ DATABASE_URL: a.config.databaseUrl }, { instance: 1 });
    cache = new SessionCache(a.config.databaseUrl, 30_000);
    cache.onModuleInit();
    expect(await eventually(() => keeps(cache))).toBe(true);
  });
  afterAll(async () => {
    await cache.onApplicationShutdown();
    await b.close();
    await a.close();
  });

  it('ends the session on every instance when the person signs out on one of them', async () => {
    const { client } = await signIn(a.baseUrl, 'fachkraft.offenbach');
    client.setCookie(SESSION_COOKIE, client.cookie(SESSION_COOKIE)!, b.baseUrl);
    const onB = () => client.get(`${b.baseUrl}/api/me`);
    expect((await onB()).status).toBe(200);
    expect((await onB()).status).toBe(200); // now held in instance B's memory

    expect((await client.post('/api/auth/logout')).status).toBe(200);
    expect(await eventually(async () => (await onB()).status === 401)).toBe(true);
  });

  it('forgets a session named on the channel, and hands out a copy each time', async () => {
    cache.remember('abc', SESSION, 10_000, cache.version());
    const copy = cache.get('abc')!;
    copy.passport!.user!.id = 'changed';
    expect(cache.get('abc')!.passport!.user!.id).toBe('u1');

    await a.dataSource.query('SELECT pg_notify($1, $2)', [SESSION_CHANGES_CHANNEL, 'abc']);
    expect(await eventually(() => cache.get('abc') === undefined)).toBe(true);
  });

  it('keeps nothing read before a change, and nothing past the end of the session', async () => {
    const before = cache.version();
    cache.forget('other');
    cache.remember('late', SESSION, 10_000, before);
    expect(cache.get('late')).toBeUndefined();

    cache.remember('short', SESSION, 30, cache.version());
    expect(cache.get('short')).toBeDefined();
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(cache.get('short')).toBeUndefined();
  });

  it('stops keeping sessions when its connection to PostgreSQL breaks, and resumes once it listens again', async () => {
    cache.remember('held', SESSION, 10_000, cache.version());
    await a.dataSource.query(
      `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
        WHERE application_name = 'jobcenter-portal-session-changes' AND datname = current_database()`,
    );
    // Everything held is dropped: changes during the gap would go unheard.
    expect(await eventually(() => !keeps(cache))).toBe(true);
    expect(cache.get('held')).toBeUndefined();
    expect(await eventually(() => keeps(cache))).toBe(true);
  });
});
