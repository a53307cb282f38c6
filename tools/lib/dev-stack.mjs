// The services `npm start`, `npm run dev` and the e2e tests run beside the backend:
// embedded PostgreSQL (unless DATABASE_URL is set) and the local OpenID provider (unless
// OIDC_ISSUER is set) and the mail catcher (unless SMTP_URL is set). All keep their state under DATA_DIR, so a restart finds the data again.
import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres.mjs';
import { startDevOidcProvider } from '../oidc-provider/dev-oidc-provider.mjs';
import { startMailCatcher } from '../mail-catcher/mail-catcher.mjs';

const ignore = () => undefined;

export class StartupError extends Error {}

/** A secret that survives restarts (sessions stay valid) but is never committed. */
function persistentSecret(dataDir, name) {
  const file = join(dataDir, name);
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  const secret = randomBytes(32).toString('base64url');
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return secret;
}

/**
 * @param {{ port: number, publicUrl?: string, dataDir: string, env?: NodeJS.ProcessEnv, log?: (line: string) => void }} options
 * @returns {Promise<{ env: Record<string, string>, stop: () => Promise<void> }>}
 */
export async function startDevStack({ port, publicUrl, dataDir, env = process.env, log = console.log }) {
  const production = env.NODE_ENV === 'production';
  if (production && !env.OIDC_ISSUER) {
    throw new StartupError(
      'Konfigurationsfehler: OIDC_ISSUER fehlt. Im Produktivbetrieb (NODE_ENV=production) startet kein lokaler Anmeldedienst.',
    );
  }
  if (production && !env.DATABASE_URL) {
    throw new StartupError(
      'Konfigurationsfehler: DATABASE_URL fehlt. Im Produktivbetrieb (NODE_ENV=production) startet keine eingebettete Datenbank.',
    );
  }
  const dir = resolve(dataDir);
  await mkdir(dir, { recursive: true });
  const stoppers = [];
  const stop = async () => {
    for (const stopper of stoppers.reverse())
      await stopper().catch((error) => log(`Beim Beenden: ${error.message}`));
  };
  const base = publicUrl ?? `http://localhost:${port}`;
  const result = {
    PORT: String(port),
    PUBLIC_URL: base,
    DATA_DIR: dir,
    SESSION_SECRET: env.SESSION_SECRET ?? persistentSecret(dir, 'session-secret'),
  };

  try {
    if (env.DATABASE_URL) {
      result.DATABASE_URL = env.DATABASE_URL;
    } else {
      const postgres = await startEmbeddedPostgres({
        dataDir: join(dir, 'postgres'),
        port: Number(env.PGPORT ?? port + 2),
      });
      stoppers.push(() => postgres.stop());
      result.DATABASE_URL = postgres.url;
      log(`PostgreSQL (eingebettet) läuft auf Port ${postgres.port}, Daten in ${join(dir, 'postgres')}`);
    }

    if (env.OIDC_ISSUER) {
      Object.assign(result, {
        OIDC_ISSUER: env.OIDC_ISSUER,
        OIDC_CLIENT_ID: env.OIDC_CLIENT_ID ?? '',
        OIDC_CLIENT_SECRET: env.OIDC_CLIENT_SECRET ?? '',
      });
    } else {
      // A fixed port keeps the issuer (and so each demo user's identity) stable across restarts.
      const providerPort = Number(env.OIDC_PORT ?? port + 1);
      const clientSecret = persistentSecret(dir, 'oidc-client-secret');
      const provider = await startDevOidcProvider({
        port: providerPort,
        clients: [
          {
            clientId: 'portal',
            clientSecret,
            redirectUris: [`${base}/api/auth/callback`],
            postLogoutRedirectUris: [`${base}/abgemeldet`],
          },
        ],
        logger: { info: ignore, log: ignore, warn: ignore, error: (...args) => log(args.join(' ')) },
      });
      stoppers.push(() => provider.close());
      Object.assign(result, {
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: 'portal',
        OIDC_CLIENT_SECRET: clientSecret,
      });
      log(`Lokaler Anmeldedienst (OpenID Connect) läuft auf ${provider.issuer}`);
    }

    if (env.SMTP_URL) {
      result.SMTP_URL = env.SMTP_URL;
    } else {
      const catcher = await startMailCatcher({
        port: Number(env.MAIL_CATCHER_PORT ?? port + 3),
        webPort: Number(env.MAIL_CATCHER_WEB_PORT ?? port + 4),
        dir: join(dir, 'mail'),
      });
      stoppers.push(() => catcher.close());
      result.SMTP_URL = catcher.url;
      log(
        `Lokaler Mail-Catcher (SMTP) auf Port ${catcher.port}; empfangene E-Mails: http://localhost:${catcher.webPort}/`,
      );
    }
  } catch (error) {
    await stop();
    throw error;
  }
  return { env: result, stop };
}
