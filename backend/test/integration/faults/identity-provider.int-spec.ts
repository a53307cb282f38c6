import { EVERYONE } from '@portal/contracts';
import { ChildProcess, fork } from 'node:child_process';
import { join } from 'node:path';
import { HttpClient } from '../../support/http-client';
import { signIn } from '../../support/sign-in';
import { createTestApp, TestApp } from '../../support/test-app';

interface Provider {
  issuer: string;
  close(): Promise<void>;
  reopen(): Promise<void>;
  stop(): void;
}

/** The local provider in a child process; close() refuses connections, reopen() listens again. */
async function startProvider(clients: object[]): Promise<Provider> {
  const child: ChildProcess = fork(join(__dirname, '../../support/oidc-provider-child.mjs'), {
    env: { ...process.env, OIDC_CHILD_CLIENTS: JSON.stringify(clients) },
    stdio: ['ignore', 'ignore', 'ignore', 'ipc'],
  });
  const next = () =>
    new Promise<Record<string, string>>((resolve, reject) => {
      child.once('message', (message) => resolve(message as Record<string, string>));
      child.once('exit', () => reject(new Error('provider process ended')));
    });
  const { issuer } = await next();
  const command = async (name: string) => {
    const done = next();
    child.send(name);
    await done;
  };
  return {
    issuer: issuer!,
    close: () => command('close'),
    reopen: () => command('reopen'),
    stop: () => child.kill(),
  };
}

describe('identity provider goes away and comes back', () => {
  let provider: Provider;
  let testApp: TestApp;

  beforeAll(async () => {
    // This file's own provider, so stopping it disturbs no other test.
    const ports = String(process.env['TEST_APP_PORTS']).split(',');
    provider = await startProvider([
      {
        clientId: 'portal-outage',
        clientSecret: 'portal-outage-secret',
        redirectUris: ports.map((port) => `http://localhost:${port}/api/auth/callback`),
        postLogoutRedirectUris: ports.map((port) => `http://localhost:${port}/abgemeldet`),
      },
    ]);
    testApp = await createTestApp({
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'portal-outage',
      OIDC_CLIENT_SECRET: 'portal-outage-secret',
    });
  });
  afterAll(async () => {
    await testApp?.close();
    provider?.stop();
  });

  it('keeps signed-in users working, shows new sign-ins a German page, and recovers by itself', async () => {
    const { client: signedIn } = await signIn(testApp.baseUrl, 'koordination.dlt');
    expect((await signedIn.get('/api/me')).status).toBe(200);

    await provider.close();

    // Sessions live in PostgreSQL: nothing asks the provider while the session is valid.
    expect((await signedIn.get('/api/me')).status).toBe(200);
    expect((await signedIn.get('/api/organisations')).status).toBe(200);
    const created = await signedIn.post('/api/news', {
      title: 'Trotz Ausfall des Anmeldedienstes',
      teaser: 'Geschrieben',
      body: 'Text',
      category: 'netzwerk',
      audience: EVERYONE,
    });
    expect(created.status).toBe(201);

    const newcomer = new HttpClient(testApp.baseUrl);
    const page = await newcomer.request('GET', '/api/auth/login', { headers: { accept: 'text/html' } });
    expect(page.status).toBe(503);
    const html = await page.text();
    expect(html).toContain('<html lang="de">');
    expect(html).toContain('Der Anmeldedienst ist derzeit nicht erreichbar.');
    expect(html).not.toMatch(/ECONNREFUSED|\n\s+at /);
    expect((await fetch(`${testApp.baseUrl}/api/health/ready`)).status).toBe(200);

    await provider.reopen();
    // No restart of the portal: the next sign-in goes through.
    const { client: later } = await signIn(testApp.baseUrl, 'fachkraft.biberach');
    expect((await later.get('/api/me')).status).toBe(200);
    expect((await signedIn.get('/api/me')).status).toBe(200);
  }, 60_000);
});
