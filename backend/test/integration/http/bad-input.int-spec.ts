import type { ProblemDto } from '@portal/contracts';
import { HttpClient } from '../../support/http-client';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

describe('hostile and malformed requests', () => {
  let testApp: TestApp;
  let client: HttpClient;

  beforeAll(async () => {
    testApp = await createTestApp();
    client = (await signIn(testApp.baseUrl, 'fachkraft.biberach')).client;
  });
  afterAll(() => testApp.close());

  async function problem(response: Response, status: number): Promise<ProblemDto> {
    expect(response.status).toBe(status);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
    const body = (await response.json()) as ProblemDto;
    expect(body.status).toBe(status);
    expect(body.requestId).toBeTruthy();
    expect(JSON.stringify(body)).not.toMatch(/\n\s+at |node_modules|QueryFailedError/);
    return body;
  }

  it('answers an oversized JSON body with 413', async () => {
    const body = JSON.stringify({ filler: 'x'.repeat(2 * 1024 * 1024) });
    const result = await problem(await client.post('/api/auth/logout', body), 413);
    expect(result.title).toBe('Die Anfrage ist zu groß.');
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('answers malformed JSON with 400 in German', async () => {
    const result = await problem(await client.post('/api/auth/logout', '{"broken": '), 400);
    expect(result.detail).toBe('Der Inhalt der Anfrage ist kein gültiges JSON.');
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('answers a NUL byte in a query or text field with 400, not 500', async () => {
    const query = await problem(await client.get('/api/news?q=%00'), 400);
    expect(query.detail).toBe('Die Eingabe enthält unzulässige Zeichen.');
    expect((await client.get('/api/search?q=a%00b')).status).toBeLessThan(500);
  });

  it('answers unknown API paths with a 404 problem', async () => {
    await problem(await client.get('/api/does-not-exist'), 404);
  });

  it('refuses writes without the CSRF token or from another origin', async () => {
    await problem(await client.request('POST', '/api/auth/logout', { csrf: false }), 403);
    await problem(
      await client.request('POST', '/api/auth/logout', { headers: { origin: 'https://evil.example' } }),
      403,
    );
    expect((await client.get('/api/me')).status).toBe(200);
  });

  it('sends strict security headers', async () => {
    const response = await client.get('/api/me');
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-powered-by')).toBeNull();
    expect(response.headers.get('cache-control')).toBe('no-store');
    expect(response.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('reuses a well-formed incoming request id and replaces a malicious one', async () => {
    expect((await client.get('/api/me', { 'x-request-id': 'lb-1234' })).headers.get('x-request-id')).toBe(
      'lb-1234',
    );
    const injected = await client.get('/api/me', { 'x-request-id': 'a b<script>' });
    expect(injected.headers.get('x-request-id')).toMatch(/^[0-9a-f-]{36}$/);
  });
});
