import type { Request } from 'express';

/**
 * Whether a request is a new download worth counting: resumed (Range not from the start), HEAD
 * and revalidating requests are not.
 */
export function isFreshDownload(request: Request): boolean {
  if (request.method !== 'GET' || request.headers['if-none-match'] || request.headers['if-modified-since'])
    return false;
  const range = request.headers.range;
  return !range || /^bytes=0-/.test(range);
}
