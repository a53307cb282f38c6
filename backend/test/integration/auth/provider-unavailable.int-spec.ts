import { HttpClient } from '../../support/http-client';
import { createTestApp, TestApp } from '../../support/test-app';

describe('identity provider unreachable', () => {
  let testApp: TestApp;

  beforeAll(async () => {
    // Port 9 (discard) on loopback: nothing listens there.
    testApp = await createTestApp({ OIDC_ISSUER: 'http://127.0.0.1:9' });
  });
  afterAll(() => testApp.close());

  it('shows a German error page at sign-in instead of crashing', async () => {
    const client = new HttpClient(testApp.baseUrl);
    const response = await client.request('GET', '/api/auth/login', { headers: { accept: 'text/html' } });
    expect(response.status).toBe(503);
    const page = await response.text();
    expect(page).toContain('<html lang="de">');
    expect(page).toContain('Der Anmeldedienst ist derzeit nicht erreichbar.');
    expect(page).not.toMatch(/ECONNREFUSED|\n\s+at /);
    expect((await fetch(`${testApp.baseUrl}/api/health`)).status).toBe(200);
  });

  it('answers API clients with a problem response', async () => {
    const response = await new HttpClient(testApp.baseUrl).get('/api/auth/login');
    expect(response.status).toBe(503);
    expect(response.headers.get('content-type')).toContain('application/problem+json');
  });
});
