import { APIRequestContext, APIResponse, expect, request } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const BASE_URL = `http://localhost:${Number(process.env['E2E_PORT'] ?? 3710)}`;
export const DEMO_PASSWORD = 'demo';
export const STATE_DIR = join(__dirname, '../../dist/e2e/security-state');

/** One demo account per role (plus second accounts for ownership and other-Jobcenter checks). */
export const LOGIN_BY_ROLE = {
  staff: 'fachkraft.offenbach',
  editor: 'redaktion.biberach',
  manager: 'leitung.biberach',
  coordinator: 'koordination.dlt',
  admin: 'admin',
} as const;
export type RoleName = keyof typeof LOGIN_BY_ROLE;
export const ROLES = Object.keys(LOGIN_BY_ROLE) as RoleName[];
export const SIGNED_IN_LOGINS = [
  ...Object.values(LOGIN_BY_ROLE),
  'fachkraft.biberach',
  'redaktion.offenbach',
  'leitung.offenbach',
] as const;
export type Login = (typeof SIGNED_IN_LOGINS)[number];

export function stateFile(login: string): string {
  return join(STATE_DIR, `${login}.json`);
}

/**
 * The real sign-in through the local OpenID provider with a fresh API context: the app
 * redirects to the provider's form, the form is posted, the callback lands on /start.
 */
export async function signInContext(login: string, returnTo?: string): Promise<APIRequestContext> {
  const context = await request.newContext({ baseURL: BASE_URL });
  const loginPath = `/api/auth/login${returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(returnTo)}`}`;
  const form = await context.get(loginPath, { headers: { accept: 'text/html' } });
  expect(form.status(), `provider form for ${login}`).toBe(200);
  const action = /<form[^>]*action="([^"]+)"/.exec(await form.text())?.[1];
  if (!action) throw new Error(`no login form for ${login} at ${form.url()}`);
  const submitted = await context.post(new URL(action.replace(/&amp;/g, '&'), form.url()).toString(), {
    form: { login, password: DEMO_PASSWORD },
    headers: { accept: 'text/html' },
  });
  expect(submitted.status(), `sign-in of ${login} ends at ${submitted.url()}`).toBeLessThan(400);
  return context;
}

/** A context with the saved session of this account (signed in once in the global setup). */
export async function as(login: string): Promise<APIRequestContext> {
  return request.newContext({ baseURL: BASE_URL, storageState: stateFile(login) });
}

export async function anonymous(): Promise<APIRequestContext> {
  return request.newContext({ baseURL: BASE_URL });
}

export async function xsrf(context: APIRequestContext): Promise<Record<string, string>> {
  const token = (await context.storageState()).cookies.find((cookie) => cookie.name === 'XSRF-TOKEN')?.value;
  return { 'x-xsrf-token': token ?? '' };
}

export async function sessionCookie(context: APIRequestContext): Promise<string | undefined> {
  return (await context.storageState()).cookies.find((cookie) => cookie.name === 'portal.sid')?.value;
}

/** Writes with the CSRF token, JSON body. */
export async function write(
  context: APIRequestContext,
  method: 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  data?: unknown,
): Promise<APIResponse> {
  return context.fetch(path, { method, headers: await xsrf(context), data });
}

export async function json<T>(response: APIResponse, status: number): Promise<T> {
  expect(response.status(), `${response.url()}: ${(await response.text()).slice(0, 400)}`).toBe(status);
  return (await response.json()) as T;
}

/** Anything the server answers on purpose: German problem+json, no internals. */
export async function expectProblem(response: APIResponse, status: number | number[]): Promise<void> {
  const statuses = Array.isArray(status) ? status : [status];
  const text = await response.text();
  expect(statuses, `${response.url()} answered ${response.status()}: ${text.slice(0, 300)}`).toContain(
    response.status(),
  );
  expect(response.headers()['content-type']).toContain('application/problem+json');
  expectNoInternals(text);
}

/** No stack traces, driver errors, file system paths or secrets in a response body. */
export function expectNoInternals(text: string): void {
  expect(text).not.toMatch(
    /\n\s+at [\w.<>]+ \(|node_modules|QueryFailedError|TypeORMError|\/work\/|\/home\/|SESSION_SECRET|client_secret|postgres(ql)?:\/\/|-----BEGIN/i,
  );
}

export interface CatalogueRoute {
  method: string;
  path: string;
  access: string;
}

/**
 * Every API route with its permission, read from the reviewed permission snapshot of the
 * foundation issue (backend/test/integration/auth). The integration test fails when a new
 * route is missing there; v04 checks that the running build serves exactly these routes.
 */
export function routeCatalogue(): CatalogueRoute[] {
  const snapshot = readFileSync(
    join(__dirname, '../../backend/test/integration/auth/__snapshots__/permissions.int-spec.ts.snap'),
    'utf8',
  );
  const routes: CatalogueRoute[] = [];
  for (const match of snapshot.matchAll(/^\s+"(GET|POST|PUT|PATCH|DELETE) (\/api\/\S*) → ([^"]+)",?$/gm))
    routes.push({ method: String(match[1]), path: String(match[2]), access: String(match[3]) });
  if (routes.length < 50)
    throw new Error(`route catalogue too small (${routes.length}) – snapshot format changed?`);
  return routes;
}

export const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
