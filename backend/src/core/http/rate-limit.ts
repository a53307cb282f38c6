import type { NextFunction, Request, RequestHandler, Response } from 'express';
import { DomainError, ErrorCode } from './domain-error';
import type { SessionUser } from '../auth/session-user';

const WINDOW_MS = 60_000;

/**
 * Fixed one-minute windows per key, kept in this process. With several instances each one
 * counts on its own (at most n × the limit in total) — harmless for what it guards against:
 * a single client hammering sign-in or search. Nothing to share, nothing to clean up but
 * windows that have passed.
 */
export class RateCounter {
  private readonly windows = new Map<string, { start: number; count: number }>();

  constructor(
    readonly limit: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts one hit; returns the seconds to wait when the limit is exceeded, otherwise null. */
  hit(key: string): number | null {
    const now = this.now();
    if (this.windows.size > 10_000) this.prune(now);
    const window = this.windows.get(key);
    if (!window || now - window.start >= WINDOW_MS) {
      this.windows.set(key, { start: now, count: 1 });
      return null;
    }
    window.count++;
    if (window.count <= this.limit) return null;
    return Math.max(1, Math.ceil((window.start + WINDOW_MS - now) / 1000));
  }

  private prune(now: number): void {
    for (const [key, window] of this.windows) if (now - window.start >= WINDOW_MS) this.windows.delete(key);
  }
}

/**
 * 429 (German problem+json, `Retry-After`) once a client exceeds `perMinute` requests to the
 * guarded paths; the key is the signed-in person, otherwise the client address. 0 switches it off.
 */
export function rateLimit(perMinute: number, now?: () => number): RequestHandler {
  if (perMinute <= 0) return (_request: Request, _response: Response, next: NextFunction) => next();
  const counter = new RateCounter(perMinute, now);
  return (request: Request, response: Response, next: NextFunction) => {
    const user = request.user as SessionUser | undefined;
    const key = user ? `user:${user.id}` : `ip:${request.ip ?? request.socket.remoteAddress ?? ''}`;
    const retryAfter = counter.hit(key);
    if (retryAfter === null) return next();
    response.setHeader('Retry-After', String(retryAfter));
    next(new DomainError(ErrorCode.TooManyRequests));
  };
}
