import type { Response } from 'express';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { contentDisposition } from './file-name';
import { INLINE_MEDIA_TYPES } from './media-types';

export interface SendableFile {
  originalName: string;
  mediaType: string;
  size: number;
  sha256: string;
}

/**
 * Streams a stored file to the browser. Only raster images are shown inline; SVG and everything
 * else is a download. The sandbox CSP and nosniff keep a file from ever running as part of the
 * portal, even if a browser were tempted to render it.
 */
export async function sendFile(response: Response, file: SendableFile, content: Readable): Promise<void> {
  const inline = INLINE_MEDIA_TYPES.has(file.mediaType);
  response.status(200);
  response.setHeader('Content-Type', file.mediaType);
  response.setHeader('Content-Length', String(file.size));
  response.setHeader(
    'Content-Disposition',
    contentDisposition(inline ? 'inline' : 'attachment', file.originalName),
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Content-Security-Policy', "default-src 'none'; img-src 'self'; sandbox");
  response.setHeader('Cross-Origin-Resource-Policy', 'same-origin');
  response.setHeader('ETag', `"${file.sha256}"`);
  try {
    await pipeline(content, response);
  } catch {
    // The client went away or the disk failed mid-stream: the response is already cut off.
    response.destroy();
  }
}
