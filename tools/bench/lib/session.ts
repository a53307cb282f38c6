import { signIn, type DemoLogin } from '../../../backend/test/support/sign-in';
import type { HttpClient } from '../../../backend/test/support/http-client';

export const BASE_URL = process.env['BENCH_URL'] ?? 'http://localhost:3600';

export interface Session {
  client: HttpClient;
  /** Cookie header with the session and the CSRF cookie. */
  cookie: string;
  csrf: string;
}

/** A demo user signed in through the real OIDC flow. */
export async function session(login: DemoLogin): Promise<Session> {
  const { client } = await signIn(BASE_URL, login);
  // Any API request hands out the CSRF cookie for writes.
  await client.get('/api/news?limit=1');
  const csrf = client.cookie('XSRF-TOKEN') ?? '';
  return { client, cookie: `portal.sid=${client.cookie('portal.sid')}; XSRF-TOKEN=${csrf}`, csrf };
}
