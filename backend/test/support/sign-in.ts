import { HttpClient } from './http-client';

export const DEMO_PASSWORD = 'demo';

export type DemoLogin =
  | 'admin'
  | 'koordination.dlt'
  | 'leitung.biberach'
  | 'redaktion.biberach'
  | 'fachkraft.biberach'
  | 'fachkraft.offenbach'
  | 'leitung.offenbach'
  | 'redaktion.offenbach'
  | 'ohne.rolle';

export interface SignInResult {
  client: HttpClient;
  /** Where the app sent the browser after the callback. */
  landedAt: string;
  trail: string[];
  /** The last response of the flow (e.g. the callback's error page). */
  response: Response;
}

/**
 * Signs in through the real flow: the app redirects to the local OpenID provider, the
 * provider's login form is submitted, and the code comes back to the app's callback.
 */
export async function signIn(baseUrl: string, login: DemoLogin, returnTo?: string): Promise<SignInResult> {
  const client = new HttpClient(baseUrl);
  const loginPath = `/api/auth/login${returnTo ? `?returnTo=${encodeURIComponent(returnTo)}` : ''}`;
  const start = await client.request('GET', loginPath, { headers: { accept: 'text/html' } });
  const toForm = await client.follow(start, new URL(loginPath, baseUrl).toString());
  const formUrl = toForm.trail.at(-1);
  const html = await toForm.response.text();
  const action = /<form[^>]*action="([^"]+)"/.exec(html)?.[1];
  if (!formUrl || !action || toForm.response.status !== 200) {
    throw new Error(
      `provider login form not reached (status ${toForm.response.status}) via ${toForm.trail.join(' → ')}`,
    );
  }
  const actionUrl = new URL(action.replace(/&amp;/g, '&'), formUrl).toString();
  const submitted = await client.request('POST', actionUrl, {
    form: { login, password: DEMO_PASSWORD },
    headers: { accept: 'text/html' },
  });
  const back = await client.follow(submitted, actionUrl);
  const trail = [...toForm.trail, ...back.trail];
  const landedAt =
    back.trail.find((url) => url.startsWith(baseUrl) && !url.includes('/api/auth/')) ??
    back.trail.at(-1) ??
    '';
  return { client, landedAt, trail, response: back.response };
}

/** Signs in each of these demo accounts (one after the other: the provider's login form is stateful). */
export async function signInAll(
  baseUrl: string,
  logins: readonly DemoLogin[],
  into: Partial<Record<DemoLogin, HttpClient>> = {},
): Promise<Record<DemoLogin, HttpClient>> {
  for (const login of logins) into[login] = (await signIn(baseUrl, login)).client;
  return into as Record<DemoLogin, HttpClient>;
}
