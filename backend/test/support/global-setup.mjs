// Starts what the integration tests talk to: a real PostgreSQL (embedded) and the local
// OpenID provider. Each test file then creates its own database and Nest app.
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '../../../tools/lib/embedded-postgres.mjs';
import { startDevOidcProvider } from '../../../tools/oidc-provider/dev-oidc-provider.mjs';
import { startMailCatcher } from '../../../tools/mail-catcher/mail-catcher.mjs';

const APP_PORTS_PER_RUN = 4;
const ignore = () => undefined;

export default async function globalSetup() {
  const root = await mkdtemp(join(tmpdir(), 'portal-int-'));
  // PostgreSQL runs as its own user (we are root here) and must reach its data directory.
  await chmod(root, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(root, 'pg'),
    durable: false,
    persistent: false,
    // A deadlock ends a request as 503; PostgreSQL's report names both parties.
    log: (line) => {
      if (line.includes('deadlock detected')) console.error(line);
    },
  });
  // A second cluster that one test stops and starts again (database outage).
  const outageDir = join(root, 'pg-outage');
  const outage = await startEmbeddedPostgres({ dataDir: outageDir, durable: false, persistent: false });

  const appPorts = [];
  for (let i = 0; i < APP_PORTS_PER_RUN; i++) appPorts.push(await freePort());
  const provider = await startDevOidcProvider({
    port: 0,
    clients: [
      {
        clientId: 'portal-test',
        clientSecret: 'portal-test-secret',
        redirectUris: appPorts.map((port) => `http://localhost:${port}/api/auth/callback`),
        postLogoutRedirectUris: appPorts.map((port) => `http://localhost:${port}/abgemeldet`),
      },
    ],
    logger: { info: ignore, warn: ignore, error: console.error, log: ignore },
  });

  // Real SMTP: every app of the run sends to this catcher; tests read the .eml files.
  const mailDir = join(root, 'mail');
  const mail = await startMailCatcher({ port: 0, dir: mailDir });
  process.env.SMTP_URL = mail.url;
  process.env.TEST_MAIL_DIR = mailDir;
  process.env.JOBS_POLLING_SECONDS = '0.5';
  process.env.TEST_PG_ADMIN_URL = postgres.adminUrl();
  process.env.TEST_OUTAGE_PG_URL = outage.url;
  process.env.TEST_OUTAGE_PG_DIR = outageDir;
  process.env.TEST_OUTAGE_PG_PORT = String(outage.port);
  process.env.TEST_APP_PORTS = appPorts.join(',');
  process.env.OIDC_ISSUER = provider.issuer;
  process.env.OIDC_CLIENT_ID = 'portal-test';
  process.env.OIDC_CLIENT_SECRET = 'portal-test-secret';
  globalThis.__PORTAL_TEST_STACK__ = { postgres, outage, provider, mail, root };
}
