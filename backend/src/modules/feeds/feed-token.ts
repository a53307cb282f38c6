import { createHash, randomBytes } from 'node:crypto';

/** 256 random bits, URL-safe. */
export function newFeedToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashFeedToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/** Shape check before any database work: anything else cannot be a token of ours. */
export function looksLikeFeedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}

const FEED_PATH = /(\/api\/feeds\/)[^/?#]+/g;

/** Keeps tokens out of the request log. */
export function redactFeedToken(url: string): string {
  return url.replace(FEED_PATH, '$1[redacted]');
}
