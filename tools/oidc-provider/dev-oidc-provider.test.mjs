// End-to-end test of the development OpenID Connect provider: this test plays a confidential
// relying party with plain fetch, the way the portal backend does.
import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createRemoteJWKSet, jwtVerify } from 'jose';

import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.mjs';
import { startDevOidcProvider } from './dev-oidc-provider.mjs';

const CLIENT = {
  clientId: 'portal-test',
  clientSecret: 'portal-test-secret',
  redirectUris: ['http://localhost:3999/api/auth/callback'],
  postLogoutRedirectUris: ['http://localhost:3999/abgemeldet'],
};
const [REDIRECT_URI] = CLIENT.redirectUris;
const [POST_LOGOUT_URI] = CLIENT.postLogoutRedirectUris;

/** A browser stand-in: fetch without automatic redirects plus a small per-origin cookie jar. */
function createBrowser() {
  const jars = new Map();
  const jarFor = (url) => {
    const { origin } = new URL(url);
    if (!jars.has(origin)) jars.set(origin, new Map());
    return jars.get(origin);
  };

  async function request(url, init = {}) {
    const jar = jarFor(url);
    const headers = new Headers(init.headers);
    if (jar.size) {
      headers.set('cookie', [...jar].map(([name, value]) => `${name}=${value}`).join('; '));
    }
    const res = await fetch(url, { ...init, headers, redirect: 'manual' });
    for (const cookie of res.headers.getSetCookie()) {
      const [pair, ...attributes] = cookie.split(';');
      const [name, value] = [pair.slice(0, pair.indexOf('=')).trim(), pair.slice(pair.indexOf('=') + 1)];
      const expired = !value || attributes.some((a) => /expires=Thu, 01 Jan 1970/i.test(a));
      if (expired) jar.delete(name);
      else jar.set(name, value);
    }
    return res;
  }

  /** Follows redirects within the provider; stops at a redirect leaving for `stopAt`. */
  async function follow(url, init, stopAt) {
    let res = await request(url, init);
    let current = url;
    while (res.status >= 300 && res.status < 400) {
      const next = new URL(res.headers.get('location'), current).href;
      if (stopAt && next.startsWith(stopAt)) {
        return { res, location: new URL(next) };
      }
      await res.arrayBuffer();
      current = next;
      res = await request(current);
    }
    return { res, url: current };
  }

  return { request, follow };
}

function formPost(fields) {
  return {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(fields).toString(),
  };
}

function basicAuth(id, secret) {
  return `Basic ${Buffer.from(`${encodeURIComponent(id)}:${encodeURIComponent(secret)}`).toString('base64')}`;
}

describe('dev OIDC provider', () => {
  let provider;
  let discovery;

  before(async () => {
    provider = await startDevOidcProvider({ port: 0, clients: [CLIENT] });
    const res = await fetch(`${provider.issuer}/.well-known/openid-configuration`);
    assert.equal(res.status, 200);
    discovery = await res.json();
  });

  after(() => provider?.close());

  function authorizationUrl({ state, nonce, redirectUri = REDIRECT_URI }) {
    const url = new URL(discovery.authorization_endpoint);
    url.search = new URLSearchParams({
      client_id: CLIENT.clientId,
      response_type: 'code',
      scope: 'openid profile email',
      redirect_uri: redirectUri,
      state,
      nonce,
    }).toString();
    return url.href;
  }

  async function redeemCode(code, { clientSecretPost = false } = {}) {
    const fields = { grant_type: 'authorization_code', code, redirect_uri: REDIRECT_URI };
    const init = clientSecretPost
      ? formPost({ ...fields, client_id: CLIENT.clientId, client_secret: CLIENT.clientSecret })
      : formPost(fields);
    if (!clientSecretPost) init.headers.authorization = basicAuth(CLIENT.clientId, CLIENT.clientSecret);
    const res = await fetch(discovery.token_endpoint, init);
    const body = await res.json();
    assert.equal(res.status, 200, JSON.stringify(body));
    return body;
  }

  async function verifyIdToken(idToken) {
    const jwks = createRemoteJWKSet(new URL(discovery.jwks_uri));
    const { payload } = await jwtVerify(idToken, jwks, {
      issuer: provider.issuer,
      audience: CLIENT.clientId,
    });
    return payload;
  }

  /** Runs the authorization request up to the login page and logs in. */
  async function logIn(browser, login, { state = 'state-1', nonce = 'nonce-1' } = {}) {
    const { res, url } = await browser.follow(authorizationUrl({ state, nonce }));
    assert.equal(res.status, 200);
    await res.arrayBuffer();
    const done = await browser.follow(
      url + '/login',
      formPost({ login, password: DEMO_PASSWORD }),
      REDIRECT_URI,
    );
    assert.ok(done.location, `expected a redirect to the client, got ${done.res.status}`);
    return { callback: done.location };
  }

  it('publishes a discovery document for the issuer', () => {
    assert.equal(discovery.issuer, provider.issuer);
    assert.equal(provider.issuer, `http://localhost:${provider.port}`);
    assert.ok(discovery.end_session_endpoint);
    assert.deepEqual(discovery.response_types_supported, ['code']);
  });

  it('logs a demo account in and issues a verifiable ID token with roles and organisation', async () => {
    const browser = createBrowser();
    const { res, url } = await browser.follow(authorizationUrl({ state: 'st-abc', nonce: 'no-xyz' }));
    assert.equal(res.status, 200);
    assert.match(url, /\/interaction\/[\w-]+$/);
    const html = await res.text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<h1>Anmeldung \(lokaler Entwicklungs-Anbieter\)<\/h1>/);
    assert.match(html, /<input[^>]+name="login"/);
    assert.match(html, /<input[^>]+name="password"/);
    for (const account of DEMO_ACCOUNTS) {
      assert.ok(html.includes(`<code>${account.login}</code>`), `login page lists ${account.login}`);
    }

    const wrong = await browser.request(
      url + '/login',
      formPost({ login: 'fachkraft.offenbach', password: 'falsch' }),
    );
    assert.equal(wrong.status, 401);
    assert.match(await wrong.text(), /role="alert"/);

    const done = await browser.follow(
      url + '/login',
      formPost({ login: 'fachkraft.offenbach', password: DEMO_PASSWORD }),
      REDIRECT_URI,
    );
    assert.ok(done.location, 'redirected to the client');
    assert.equal(done.location.searchParams.get('state'), 'st-abc');
    const code = done.location.searchParams.get('code');
    assert.ok(code);

    const tokens = await redeemCode(code);
    const claims = await verifyIdToken(tokens.id_token);
    assert.equal(claims.nonce, 'no-xyz');
    assert.deepEqual(claims.roles, ['staff']);
    assert.equal(claims.organisation, 'kreis-offenbach');
    assert.equal(claims.name, 'Thomas Becker');
    assert.equal(claims.preferred_username, 'fachkraft.offenbach');
    assert.equal(claims.email, 'fachkraft.offenbach@demo.kommunale-jobcenter.example');

    const userinfo = await fetch(discovery.userinfo_endpoint, {
      headers: { authorization: `Bearer ${tokens.access_token}` },
    });
    assert.equal(userinfo.status, 200);
    const profile = await userinfo.json();
    assert.equal(profile.sub, claims.sub);
    assert.deepEqual(profile.roles, ['staff']);
    assert.equal(profile.organisation, 'kreis-offenbach');
  });

  it('reuses the provider session and accepts client_secret_post (as passport-openidconnect sends it)', async () => {
    const browser = createBrowser();
    await logIn(browser, 'admin');
    const again = await browser.follow(
      authorizationUrl({ state: 'st-2', nonce: 'no-2' }),
      undefined,
      REDIRECT_URI,
    );
    assert.ok(again.location, 'no login page the second time');
    assert.equal(again.location.searchParams.get('state'), 'st-2');
    const tokens = await redeemCode(again.location.searchParams.get('code'), { clientSecretPost: true });
    const claims = await verifyIdToken(tokens.id_token);
    assert.deepEqual(claims.roles, ['admin']);
    assert.equal(claims.organisation, undefined);
  });

  it('issues an empty roles claim for the account without a portal role', async () => {
    const { callback } = await logIn(createBrowser(), 'ohne.rolle');
    const tokens = await redeemCode(callback.searchParams.get('code'));
    const claims = await verifyIdToken(tokens.id_token);
    assert.deepEqual(claims.roles, []);
    assert.equal(claims.organisation, 'landkreis-biberach');
  });

  it('refuses an unknown redirect_uri without redirecting', async () => {
    const res = await fetch(
      authorizationUrl({ state: 's', nonce: 'n', redirectUri: 'http://evil.example/cb' }),
      {
        redirect: 'manual',
      },
    );
    assert.equal(res.status, 400);
    assert.equal(res.headers.get('location'), null);
    assert.match(await res.text(), /<html lang="de">[\s\S]*redirect_uri/);
  });

  it('shows a German confirmation for RP-initiated logout with client_id and post_logout_redirect_uri', async () => {
    const browser = createBrowser();
    await logIn(browser, 'redaktion.biberach');
    const url = new URL(discovery.end_session_endpoint);
    url.search = new URLSearchParams({
      client_id: CLIENT.clientId,
      post_logout_redirect_uri: POST_LOGOUT_URI,
      state: 'bye',
    }).toString();
    const res = await browser.request(url.href);
    assert.equal(res.status, 200);
    const html = await res.text();
    assert.match(html, /<html lang="de">/);
    assert.match(html, /<h1>Abmelden beim Anbieter bestätigen<\/h1>/);
    assert.match(html, />Abmelden<\/button>/);

    const form = /<form[^>]*action="([^"]+)"[\s\S]*?name="xsrf" value="([^"]+)"/.exec(html);
    assert.ok(form, 'logout form with xsrf field');
    const confirm = await browser.request(
      new URL(form[1], url).href,
      formPost({ xsrf: form[2], logout: 'yes' }),
    );
    assert.equal(confirm.status, 303);
    const location = new URL(confirm.headers.get('location'));
    assert.equal(location.origin + location.pathname, POST_LOGOUT_URI);
    assert.equal(location.searchParams.get('state'), 'bye');

    // Logged out: the next authorization request shows the login page again.
    const next = await browser.follow(authorizationUrl({ state: 's', nonce: 'n' }));
    assert.match(next.url, /\/interaction\//);
  });
});
