// Local development OpenID Connect provider, used by `npm start` and the test suites when no
// external OIDC_ISSUER is configured. Built on the certified `oidc-provider` package; only the
// login/logout pages and the demo accounts are our own.
//
// Development and tests only: state lives in the default in-memory adapter (lost on restart),
// signing and cookie keys are generated per start and all demo accounts share one password.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { once } from 'node:events';
import { pathToFileURL } from 'node:url';
import { Provider, errors } from 'oidc-provider';
import { calculateJwkThumbprint, exportJWK, generateKeyPair } from 'jose';

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.mjs';
import { PAGE_HEADERS, errorPage, loginPage, logoutPage, messagePage } from './pages.mjs';

const MAX_BODY_BYTES = 10 * 1024;
const INTERACTION_PAGE = /^\/interaction\/([\w-]+)$/;
const INTERACTION_LOGIN = /^\/interaction\/([\w-]+)\/login$/;

const CLAIMS = {
  openid: ['sub'],
  profile: ['name', 'given_name', 'family_name', 'preferred_username', 'roles', 'organisation'],
  email: ['email', 'email_verified'],
};

async function createSigningKey() {
  const { privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(privateKey);
  return { ...jwk, kid: await calculateJwkThumbprint(jwk), alg: 'RS256', use: 'sig' };
}

function accountClaims(account) {
  return {
    sub: account.sub,
    name: `${account.givenName} ${account.familyName}`,
    given_name: account.givenName,
    family_name: account.familyName,
    preferred_username: account.login,
    roles: [...account.roles],
    // Accounts without an organisation simply have no such claim.
    ...(account.organisation ? { organisation: account.organisation } : {}),
    email: account.email,
    email_verified: true,
  };
}

function toClientMetadata(client) {
  return {
    client_id: client.clientId,
    client_secret: client.clientSecret,
    redirect_uris: client.redirectUris,
    post_logout_redirect_uris: client.postLogoutRedirectUris ?? [],
    grant_types: ['authorization_code'],
    response_types: ['code'],
    // oidc-provider accepts client_secret_post as well for secret-based clients
    // (passport-openidconnect sends the secret in the body).
    token_endpoint_auth_method: 'client_secret_basic',
  };
}

// Adds everything the authorization request asks for. At the login prompt the consent details
// are not computed yet, so the requested scope is used; at the consent prompt the details are.
function grantRequested(grant, { prompt: { details }, params }) {
  grant.addOIDCScope(details.missingOIDCScope?.join(' ') ?? params.scope);
  if (details.missingOIDCClaims) {
    grant.addOIDCClaims(details.missingOIDCClaims);
  }
  for (const [indicator, scopes] of Object.entries(details.missingResourceScopes ?? {})) {
    grant.addResourceScope(indicator, scopes.join(' '));
  }
}

function sendHtml(res, status, html) {
  res.writeHead(status, PAGE_HEADERS);
  res.end(html);
}

async function readFormBody(req) {
  const type = req.headers['content-type'] ?? '';
  if (!type.startsWith('application/x-www-form-urlencoded')) {
    return { status: 415 };
  }
  const chunks = [];
  let size = 0;
  for await (const chunk of req) {
    size += chunk.length;
    if (size > MAX_BODY_BYTES) {
      return { status: 413 };
    }
    chunks.push(chunk);
  }
  return { form: new URLSearchParams(Buffer.concat(chunks).toString('utf8')) };
}

function createInteractionHandler({ provider, accounts }) {
  const byLogin = new Map(accounts.map((account) => [account.login, account]));
  const renderLogin = (uid, extra) => loginPage({ uid, accounts, password: DEMO_PASSWORD, ...extra });

  async function showInteraction(req, res, uid) {
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) {
      throw new errors.SessionNotFound('interaction uid mismatch');
    }
    if (interaction.prompt.name === 'login') {
      sendHtml(res, 200, renderLogin(uid));
      return;
    }
    // Demo clients are first-party: consent is granted without asking.
    const existing = interaction.grantId && (await provider.Grant.find(interaction.grantId));
    const grant =
      existing ||
      new provider.Grant({
        accountId: interaction.session.accountId,
        clientId: interaction.params.client_id,
      });
    grantRequested(grant, interaction);
    const grantId = await grant.save();
    await provider.interactionFinished(req, res, { consent: { grantId } }, { mergeWithLastSubmission: true });
  }

  async function submitLogin(req, res, uid) {
    const interaction = await provider.interactionDetails(req, res);
    if (interaction.uid !== uid) {
      throw new errors.SessionNotFound('interaction uid mismatch');
    }
    const { form, status } = await readFormBody(req);
    if (!form) {
      res.writeHead(status, { Connection: 'close' }).end();
      return;
    }
    const login = (form.get('login') ?? '').trim();
    const account = byLogin.get(login);
    if (!account || form.get('password') !== DEMO_PASSWORD) {
      const error = 'Benutzername oder Passwort ist falsch. Bitte versuchen Sie es erneut.';
      sendHtml(res, 401, renderLogin(uid, { login, error }));
      return;
    }
    // Log in and grant the requested scopes in one step: no separate consent screen.
    const grant = new provider.Grant({ accountId: account.sub, clientId: interaction.params.client_id });
    grantRequested(grant, interaction);
    const grantId = await grant.save();
    const result = { login: { accountId: account.sub }, consent: { grantId } };
    await provider.interactionFinished(req, res, result, { mergeWithLastSubmission: false });
  }

  // Returns false for requests that belong to oidc-provider itself.
  return async function handleInteraction(req, res) {
    const { pathname } = new URL(req.url, 'http://placeholder');
    const page = INTERACTION_PAGE.exec(pathname);
    const submit = INTERACTION_LOGIN.exec(pathname);
    if (!page && !submit) {
      return false;
    }
    try {
      if (page && req.method === 'GET') {
        await showInteraction(req, res, page[1]);
      } else if (submit && req.method === 'POST') {
        await submitLogin(req, res, submit[1]);
      } else {
        res.writeHead(405, { Allow: page ? 'GET' : 'POST' }).end();
      }
    } catch (err) {
      if (!(err instanceof errors.SessionNotFound)) {
        throw err;
      }
      const title = 'Anmeldevorgang nicht gefunden';
      const text =
        'Der Anmeldevorgang ist abgelaufen oder unbekannt. Bitte starten Sie die Anmeldung in der Anwendung erneut.';
      sendHtml(res, 400, messagePage(title, text));
    }
    return true;
  };
}

/**
 * Starts the development OpenID Connect provider.
 * @returns {Promise<{ issuer: string, port: number, close: () => Promise<void> }>}
 */
export async function startDevOidcProvider({
  port = 0,
  host = '127.0.0.1',
  publicHost = 'localhost',
  clients,
  accounts = DEMO_ACCOUNTS,
  logger = console,
} = {}) {
  // Listen first: with port 0 the issuer (which contains the port) is only known afterwards.
  // Requests arriving before the provider is attached get a 503.
  const server = createServer((_req, res) => res.writeHead(503).end());
  server.listen(port, host);
  await once(server, 'listening');
  const issuer = `http://${publicHost}:${server.address().port}`;

  try {
    return await attachProvider({ server, issuer, clients, accounts, logger });
  } catch (err) {
    server.close();
    throw err;
  }
}

async function attachProvider({ server, issuer, clients, accounts, logger }) {
  const bySub = new Map(accounts.map((account) => [account.sub, account]));

  // No `adapter` option: oidc-provider's in-memory adapter, acceptable because this provider
  // is for development and tests only (everything is lost on restart).
  const provider = new Provider(issuer, {
    clients: clients.map(toClientMetadata),
    jwks: { keys: [await createSigningKey()] },
    responseTypes: ['code'],
    // Default already requires PKCE only for public clients; stated explicitly because the
    // relying party (passport-openidconnect 0.1.2) does not send a code_challenge.
    pkce: { required: (_ctx, client) => client.clientAuthMethod === 'none' },
    claims: CLAIMS,
    // Roles and organisation must be readable from the ID token, not only from userinfo.
    conformIdTokenClaims: false,
    async findAccount(_ctx, sub) {
      const account = bySub.get(sub);
      if (!account) {
        return undefined;
      }
      return { accountId: sub, claims: async () => accountClaims(account) };
    },
    cookies: {
      // Cookies ignore ports: the app on the same host must not see a name clash.
      names: { session: 'op_session', interaction: 'op_interaction', resume: 'op_interaction_resume' },
      keys: [randomBytes(32).toString('base64url')],
    },
    features: {
      devInteractions: { enabled: false },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          ctx.set(PAGE_HEADERS);
          ctx.body = logoutPage(form);
        },
        async postLogoutSuccessSource(ctx) {
          ctx.set(PAGE_HEADERS);
          ctx.body = messagePage(
            'Abmeldung erfolgreich',
            'Sie sind beim lokalen Entwicklungs-Anbieter abgemeldet.',
          );
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async renderError(ctx, out) {
      ctx.set(PAGE_HEADERS);
      ctx.body = errorPage(out);
    },
    // The relying party talks to the provider server-side only; no browser CORS access needed.
    clientBasedCORS: () => false,
    // Explicit lifetimes (seconds); also silences oidc-provider's "you should change this" notices.
    ttl: {
      AccessToken: 60 * 60,
      AuthorizationCode: 60,
      IdToken: 60 * 60,
      Interaction: 60 * 60,
      Session: 8 * 60 * 60,
      Grant: 8 * 60 * 60,
    },
  });
  provider.on('server_error', (_ctx, err) => logger.error('[dev-oidc-provider]', err));

  const handleInteraction = createInteractionHandler({ provider, accounts });
  const oidcCallback = provider.callback();
  server.removeAllListeners('request');
  server.on('request', async (req, res) => {
    try {
      if (!(await handleInteraction(req, res))) {
        oidcCallback(req, res);
      }
    } catch (err) {
      logger.error('[dev-oidc-provider]', err);
      if (!res.headersSent) {
        sendHtml(res, 500, messagePage('Interner Fehler', 'Die Anfrage konnte nicht verarbeitet werden.'));
      } else {
        res.destroy();
      }
    }
  });

  const { port, address } = server.address();
  return {
    issuer,
    port,
    async close() {
      const closed = new Promise((resolve) => server.close(() => resolve()));
      server.closeAllConnections();
      await closed;
    },
    /** Listens again after close() with the same keys and clients (outage tests). */
    async reopen() {
      server.listen(port, address);
      await once(server, 'listening');
    },
  };
}

// Standalone: `node tools/oidc-provider/dev-oidc-provider.mjs`
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { issuer } = await startDevOidcProvider({
    port: 3001,
    clients: [
      {
        clientId: 'portal',
        clientSecret: 'portal-dev-secret',
        redirectUris: ['http://localhost:3000/api/auth/callback'],
        postLogoutRedirectUris: ['http://localhost:3000/abgemeldet'],
      },
    ],
  });
  console.info(`Lokaler OIDC-Entwicklungs-Anbieter läuft: ${issuer} (Demo-Passwort: ${DEMO_PASSWORD})`);
}
