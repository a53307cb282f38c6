import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contentDisposition } from './file-name';
import { type ByteRange, entityTags, httpSeconds, parseRange, weakMatch } from './http-range';
import { INLINE_MEDIA_TYPES } from './media-types';

export interface SendableFile {
  originalName: string;
  mediaType: string;
  size: number;
  sha256: string;
  /** When the content was stored (it never changes afterwards); becomes `Last-Modified`. */
  createdAt?: Date;
}

/** Opens the content, or only the given bytes of it; rejects before any byte is sent. */
export type OpenContent = (range?: ByteRange) => Promise<Readable>;

/** The portal's answer for a file cannot run as part of the portal, whatever a browser thinks it is. */
export function setFileSafetyHeaders(response: Response, file: SendableFile): void {
  response.setHeader('Content-Type', file.mediaType);
  response.setHeader('Content-Disposition', contentDisposition(dispositionType(file), file.originalName));
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
}

/** Raster images inline, SVG and everything else as a download. */
export function dispositionType(file: SendableFile): 'inline' | 'attachment' {
  return INLINE_MEDIA_TYPES.has(file.mediaType) ? 'inline' : 'attachment';
}

/**
 * Answers a GET or HEAD for a stored file with HTTP's download semantics: a strong `ETag` (the
 * SHA-256) and `Last-Modified` with 304 for `If-None-Match`/`If-Modified-Since`, a single `Range`
 * (206, `If-Range` honoured, 416 when it lies beyond the end; several ranges get the whole file),
 * and `HEAD` without a body. Only raster images are shown inline; the sandbox CSP and nosniff keep
 * a file from ever running as part of the portal. The content is opened only when bytes are
 * needed, and before any header is sent, so a storage failure still becomes a proper problem.
 */
export async function sendFile(
  request: Request,
  response: Response,
  file: SendableFile,
  open: OpenContent,
): Promise<void> {
  const etag = `"${file.sha256}"`;
  const lastModified = file.createdAt ? new Date(httpSeconds(file.createdAt) * 1000) : undefined;
  const validators = () => {
    response.setHeader('ETag', etag);
    if (lastModified) response.setHeader('Last-Modified', lastModified.toUTCString());
    // Cached copies must be revalidated (and so re-authorised) on every use, and only by this browser.
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('Accept-Ranges', 'bytes');
  };

  const preconditionFailed = ifMatchFails(request, etag);
  if (preconditionFailed) {
    response.status(412).setHeader('Content-Length', '0');
    response.end();
    return;
  }
  if (notModified(request, etag, lastModified)) {
    validators();
    response.status(304).end();
    return;
  }

  const wanted = ifRangeHolds(request, etag, lastModified)
    ? parseRange(request.headers.range, file.size)
    : ({ kind: 'none' } as const);
  if (wanted.kind === 'unsatisfiable') {
    validators();
    response.status(416).setHeader('Content-Range', `bytes */${file.size}`);
    response.setHeader('Content-Length', '0');
    response.end();
    return;
  }
  const range = wanted.kind === 'range' ? wanted.range : undefined;
  const head = request.method === 'HEAD';
  const content = head ? undefined : await open(range);

  validators();
  setFileSafetyHeaders(response, file);
  if (range) {
    response.status(206);
    response.setHeader('Content-Range', `bytes ${range.start}-${range.end}/${file.size}`);
    response.setHeader('Content-Length', String(range.end - range.start + 1));
  } else {
    response.status(200);
    response.setHeader('Content-Length', String(file.size));
  }
  if (!content) {
    response.end();
    return;
  }
  try {
    await pipeline(content, response);
  } catch {
    // The client went away or the store failed mid-stream: the response is already cut off.
    content.destroy();
    response.destroy();
  }
}

/** `If-None-Match` wins over `If-Modified-Since` (RFC 9110 §13.2.2). */
function notModified(request: Request, etag: string, lastModified: Date | undefined): boolean {
  const noneMatch = request.headers['if-none-match'];
  if (noneMatch) return weakMatch(noneMatch, etag);
  const since = Date.parse(request.headers['if-modified-since'] ?? '');
  return !!lastModified && Number.isFinite(since) && httpSeconds(lastModified) <= Math.floor(since / 1000);
}

function ifMatchFails(request: Request, etag: string): boolean {
  const header = request.headers['if-match'];
  if (!header) return false;
  const tags = entityTags(header);
  // Strong comparison: a weak tag never matches.
  return tags !== '*' && !tags.includes(etag);
}

/** A range only applies to the representation the client already has part of. */
function ifRangeHolds(request: Request, etag: string, lastModified: Date | undefined): boolean {
  const raw = request.headers['if-range'];
  const header = typeof raw === 'string' ? raw.trim() : '';
  if (!header) return true;
  if (header.startsWith('"') || header.startsWith('W/')) return header === etag;
  const date = Date.parse(header);
  return !!lastModified && Number.isFinite(date) && Math.floor(date / 1000) === httpSeconds(lastModified);
}
