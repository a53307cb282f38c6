// The shared parts of the cluster test: one PostgreSQL, the OpenID provider (redirecting to the
// proxy's address) and a mail catcher. The test file starts the instances and the proxy itself,
// so it can kill and restart them.
import { existsSync } from 'node:fs';
import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startEmbeddedPostgres } from '../../../tools/lib/embedded-postgres.mjs';
import { startDevOidcProvider } from '../../../tools/oidc-provider/dev-oidc-provider.mjs';
import { startMailCatcher } from '../../../tools/mail-catcher/mail-catcher.mjs';

const ignore = () => undefined;

export default async function clusterSetup() {
  if (!existsSync('dist/backend/main.js')) {
    throw new Error('dist/backend/main.js fehlt: zuerst bauen (npm run test:cluster baut selbst).');
  }
  const root = await mkdtemp(join(tmpdir(), 'portal-cluster-'));
  await chmod(root, 0o755);
  const postgres = await startEmbeddedPostgres({
    dataDir: join(root, 'pg'),
    durable: false,
    persistent: false,
  });
  const proxyPort = await freePort();
  const appPorts = [await freePort(), await freePort()];
  const publicUrl = `http://localhost:${proxyPort}`;
  const provider = await startDevOidcProvider({
    port: 0,
    clients: [
      {
        clientId: 'portal-cluster',
        clientSecret: 'portal-cluster-secret',
        redirectUris: [`${publicUrl}/api/auth/callback`],
        postLogoutRedirectUris: [`${publicUrl}/abgemeldet`],
      },
    ],
    logger: { info: ignore, warn: ignore, error: console.error, log: ignore },
  });
  const mailDir = join(root, 'mail');
  const mail = await startMailCatcher({ port: 0, dir: mailDir });

  process.env.TEST_MAIL_DIR = mailDir;
  process.env.CLUSTER_ROOT = root;
  process.env.CLUSTER_PROXY_PORT = String(proxyPort);
  process.env.CLUSTER_APP_PORTS = appPorts.join(',');
  process.env.CLUSTER_ENV = JSON.stringify({
    PUBLIC_URL: publicUrl,
    DATABASE_URL: postgres.url,
    OIDC_ISSUER: provider.issuer,
    OIDC_CLIENT_ID: 'portal-cluster',
    OIDC_CLIENT_SECRET: 'portal-cluster-secret',
    SMTP_URL: mail.url,
    SESSION_SECRET: 'cluster-test-session-secret-0123456789',
    JOBS_POLLING_SECONDS: '0.5',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'warn',
    METRICS_TOKEN: 'cluster-metrics-token-0123456789',
    DATA_DIR: join(root, 'data'),
    FRONTEND_DIR: join(root, 'no-frontend'),
    ASSETS_DIR: 'dist/backend/assets',
    SEED_DEMO_DATA: 'true',
  });
  globalThis.__PORTAL_CLUSTER__ = { postgres, provider, mail, root };
}
