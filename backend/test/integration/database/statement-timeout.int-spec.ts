import type { ProblemDto } from '@portal/contracts';
import { Client } from 'pg';
import { HttpClient } from '../../support/http-client';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * A query that runs past PostgreSQL's statement_timeout is cancelled by the server (SQLSTATE 57014);
 * the API answers a German 503 problem that invites a retry, never a 500. The queries here really
 * run into the limit: another connection holds an exclusive lock on the table they read.
 */
describe('statement timeout → 503', () => {
  let testApp: TestApp;
  let staff: HttpClient;

  beforeAll(async () => {
    testApp = await createTestApp({
      SEARCH_STATEMENT_TIMEOUT_MS: '1000',
      DATABASE_STATEMENT_TIMEOUT_MS: '4000',
    });
    staff = (await signIn(testApp.baseUrl, 'fachkraft.offenbach')).client;
  }, 120_000);
  afterAll(() => testApp.close());

  /** Runs `request` while another session holds an ACCESS EXCLUSIVE lock on `table`. */
  async function whileLocked(table: string, request: () => Promise<Response>): Promise<Response> {
    const locker = new Client({ connectionString: testApp.config.databaseUrl });
    await locker.connect();
    try {
      await locker.query('BEGIN');
      await locker.query(`LOCK TABLE ${table} IN ACCESS EXCLUSIVE MODE`);
      return await request();
    } finally {
      await locker.query('ROLLBACK').catch(() => undefined);
      await locker.end();
    }
  }

  async function problem(response: Response): Promise<ProblemDto> {
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    expect(response.headers.get('retry-after')).toBe('5');
    return (await response.json()) as ProblemDto;
  }

  it('reports the configured limits', () => {
    expect(testApp.config.searchStatementTimeoutMs).toBe(1000);
    expect(testApp.config.databaseStatementTimeoutMs).toBe(4000);
  });

  it('search: cancelled after SEARCH_STATEMENT_TIMEOUT_MS with „Die Suche hat zu lange gedauert“', async () => {
    const started = Date.now();
    const response = await whileLocked('search_documents', () => staff.get('/api/search?q=Jobcenter'));
    const elapsed = Date.now() - started;
    const body = await problem(response);
    expect(body).toMatchObject({ status: 503, code: 'service-unavailable' });
    expect(body.detail).toMatch(/^Die Suche hat zu lange gedauert\./);
    // The search's own limit, not the general one.
    expect(elapsed).toBeGreaterThanOrEqual(1000);
    expect(elapsed).toBeLessThan(4000);
    expect((await staff.get('/api/search?q=Jobcenter')).status).toBe(200);
  });

  it('suggestions are cancelled the same way', async () => {
    const response = await whileLocked('search_documents', () => staff.get('/api/search/suggest?q=Jobc'));
    expect((await problem(response)).detail).toMatch(/^Die Suche hat zu lange gedauert\./);
  });

  it('any other query: cancelled after DATABASE_STATEMENT_TIMEOUT_MS with a German 503', async () => {
    const started = Date.now();
    const response = await whileLocked('organisations', () => staff.get('/api/organisations'));
    const body = await problem(response);
    expect(Date.now() - started).toBeGreaterThanOrEqual(4000);
    expect(body.detail).toBe('Die Anfrage hat zu lange gedauert. Bitte versuchen Sie es gleich noch einmal.');
    expect(JSON.stringify(body)).not.toMatch(/canceling statement|57014|stack/i);
    // The connection went back to the pool healthy.
    expect((await staff.get('/api/organisations')).status).toBe(200);
  });
});
