import { type FilePreviewSize, isFileAvailable } from '@portal/contracts';
import type { Request, Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { DomainError, ErrorCode } from '../../http/domain-error';
import { contentDisposition } from '../file-name';
import { FileStorage, StoredFileMissing } from '../file-storage';
import type { StoredFileEntity } from '../stored-file.entity';
import { PREVIEW_MEDIA_TYPE, previewKey } from './preview-keys';

export const NO_PREVIEW = 'Keine Vorschau verfügbar.';

/**
 * Streams a stored preview. The content of a file never changes (a new version is a new file),
 * so the preview is cacheable for a day in the browser only (`private`: it needs the session).
 */
export async function sendPreviewContent(
  storage: FileStorage,
  request: Request,
  response: Response,
  file: StoredFileEntity,
  size: FilePreviewSize,
): Promise<void> {
  if (file.previewStatus !== 'ready' || !isFileAvailable(file.scanStatus))
    throw new DomainError(ErrorCode.NotFound, NO_PREVIEW);
  const etag = `"${file.sha256}-${size}"`;
  const headers = {
    'Cache-Control': 'private, max-age=86400',
    ETag: etag,
    'X-Content-Type-Options': 'nosniff',
    'Content-Security-Policy': "default-src 'none'; sandbox",
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (request.headers['if-none-match']?.split(/\s*,\s*/).includes(etag)) {
    response.status(304).set(headers).end();
    return;
  }
  let content;
  try {
    content = await storage.get(previewKey(file.storageKey, size));
  } catch (error) {
    if (error instanceof StoredFileMissing) throw new DomainError(ErrorCode.NotFound, NO_PREVIEW);
    throw error;
  }
  const name = `${file.originalName.replace(/\.[^.]*$/, '')}-vorschau.webp`;
  response
    .status(200)
    .set(headers)
    .set('Content-Type', PREVIEW_MEDIA_TYPE)
    .set('Content-Disposition', contentDisposition('inline', name));
  try {
    await pipeline(content, response);
  } catch {
    response.destroy();
  }
}
