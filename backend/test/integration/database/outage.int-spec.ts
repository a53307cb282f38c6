import { EVERYONE } from '@portal/contracts';
import { JobQueue } from '../../../src/core/jobs/job-queue';
import { EXTRACT_JOB } from '../../../src/modules/search/extraction/search-extraction.service';
import { pgCtl } from '../../support/postgres-control';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

async function waitFor(check: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error('condition not met in time');
}

describe('database outage', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    testApp = await createTestApp({ DATABASE_URL: process.env['TEST_OUTAGE_PG_URL']! });
  });
  afterAll(async () => {
    await testApp.close();
    // Stop the cluster here: after pg_ctl restarted it, it is no child of the global setup any more.
    pgCtl('stop');
  });

  it('answers 503 while PostgreSQL is down and recovers by itself when it returns', async () => {
    const { client } = await signIn(testApp.baseUrl, 'fachkraft.offenbach');
    expect((await client.get('/api/organisations')).status).toBe(200);
    // The readiness probe has run once (as the orchestrator's would) and seen all migrations applied.
    expect((await fetch(`${testApp.baseUrl}/api/health/ready`)).status).toBe(200);

    pgCtl('stop');
    const health = await fetch(`${testApp.baseUrl}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toEqual({ status: 'unavailable', database: 'down' });
    // The instance stays ready: it answers for itself (503 problem+json below) instead of leaving the balancer.
    const ready = await fetch(`${testApp.baseUrl}/api/health/ready`);
    expect(ready.status).toBe(200);
    expect(((await ready.json()) as { checks: { database: string } }).checks.database).toBe('down');
    const api = await client.get('/api/organisations');
    expect(api.status).toBe(503);
    expect(api.headers.get('content-type')).toContain('application/problem+json');
    expect(api.headers.get('retry-after')).toBe('5');
    const anonymous = await fetch(`${testApp.baseUrl}/api/me`);
    expect([401, 503]).toContain(anonymous.status);

    pgCtl('start');
    await waitFor(async () => (await fetch(`${testApp.baseUrl}/api/health`)).status === 200, 15_000);
    expect((await client.get('/api/organisations')).status).toBe(200);
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('loses no acknowledged write when PostgreSQL restarts while writes are in flight', async () => {
    const { client } = await signIn(testApp.baseUrl, 'koordination.dlt');
    const acknowledged: string[] = [];
    const statuses = new Map<number, number>();
    let writing = true;
    let sequence = 0;
    const writer = async () => {
      while (writing) {
        const title = `Schreiblast ${++sequence}`;
        const response = await client.post('/api/news', {
          title,
          teaser: 'Während des Neustarts geschrieben',
          body: 'Text',
          category: 'netzwerk',
          audience: EVERYONE,
        });
        statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
        if (response.status === 201) acknowledged.push(((await response.json()) as { id: string }).id);
        else {
          expect(response.headers.get('content-type')).toContain('application/problem+json');
          await response.body?.cancel();
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    const writers = [writer(), writer(), writer(), writer()];
    await waitFor(async () => acknowledged.length >= 10, 15_000);

    pgCtl('stop');
    await waitFor(async () => (statuses.get(503) ?? 0) >= 4, 15_000);
    pgCtl('start');
    const before = acknowledged.length;
    await waitFor(async () => acknowledged.length >= before + 10, 20_000);
    writing = false;
    await Promise.all(writers);

    // During the outage: 503, never 500; afterwards writes succeed again without a restart.
    expect([...statuses.keys()].sort()).toEqual([201, 503]);
    const rows: { id: string }[] = await testApp.dataSource.query(`SELECT id FROM news WHERE id = ANY($1)`, [
      acknowledged,
    ]);
    expect(rows).toHaveLength(acknowledged.length);
  }, 60_000);

  it('runs background jobs again after PostgreSQL restarted, without a restart of its own', async () => {
    const jobs = testApp.app.get(JobQueue);
    pgCtl('stop');
    await waitFor(async () => (await fetch(`${testApp.baseUrl}/api/health`)).status === 503, 15_000);
    pgCtl('start');
    await waitFor(async () => (await fetch(`${testApp.baseUrl}/api/health`)).status === 200, 15_000);

    // The queue's own pool and its polling worker both lived through the outage.
    await waitFor(async () => (await jobs.send(EXTRACT_JOB, {}).catch(() => null)) !== null, 15_000);
    await jobs.drained([EXTRACT_JOB], 30_000);
    const [job] = (await testApp.dataSource.query(
      `SELECT state::text AS state FROM pgboss.job WHERE name = $1 ORDER BY created_on DESC LIMIT 1`,
      [EXTRACT_JOB],
    )) as { state: string }[];
    expect(job?.state).toBe('completed');
  }, 60_000);
});
