import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CookieOptions, NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError, ErrorCode } from './domain-error';

export const CSRF_COOKIE = 'XSRF-TOKEN';
export const CSRF_HEADER = 'x-xsrf-token';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

function cookieValue(request: Request, name: string): string | undefined {
  for (const part of (request.headers.cookie ?? '').split(';')) {
    const separator = part.indexOf('=');
    if (separator > 0 && part.slice(0, separator).trim() === name) return part.slice(separator + 1).trim();
  }
  return undefined;
}

function sameToken(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** Readable by the app's script (it echoes the value), sent only to the portal itself. */
export function csrfCookieOptions(secure: boolean): CookieOptions {
  return { sameSite: 'lax', secure, httpOnly: false, path: '/' };
}

export function newCsrfToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Synchronizer token for cookie-authenticated writes: the token lives in the session and is
 * mirrored to a readable cookie that Angular's HttpClient echoes in the X-XSRF-TOKEN header.
 * Together with SameSite=Lax and an Origin check this stops cross-site form posts and fetches.
 */
export function csrfProtection(options: { secure: boolean; publicOrigin: string }): RequestHandler {
  return (request: Request, response: Response, next: NextFunction) => {
    const session = request.session;
    const signedIn = !!session?.passport?.user;
    if (!signedIn) return next();

    if (!session.csrfToken) session.csrfToken = newCsrfToken();
    if (cookieValue(request, CSRF_COOKIE) !== session.csrfToken) {
      response.cookie(CSRF_COOKIE, session.csrfToken, csrfCookieOptions(options.secure));
    }
    if (SAFE_METHODS.has(request.method)) return next();

    const origin = request.headers.origin;
    const header = request.headers[CSRF_HEADER];
    const originOk = origin === undefined || origin === options.publicOrigin;
    const tokenOk = typeof header === 'string' && sameToken(header, session.csrfToken);
    if (!originOk || !tokenOk) return next(new DomainError(ErrorCode.CsrfRejected));
    next();
  };
}
