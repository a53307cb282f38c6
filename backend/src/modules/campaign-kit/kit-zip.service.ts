import { Injectable, Logger } from '@nestjs/common';
import type { Response } from 'express';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';
import { contentDisposition } from '../../core/storage/file-name';
import { StoredFilesService } from '../../core/storage/stored-files.service';

/**
 * Streams the files of a bulk run as one ZIP, opened one after the other (nothing held in memory).
 * Interim: yazl directly until the portal's shared `streamZip` (core/storage/zip-stream.ts) lands;
 * then this becomes a call to it.
 */
@Injectable()
export class KitZipService {
  private readonly logger = new Logger(KitZipService.name);

  constructor(private readonly storedFiles: StoredFilesService) {}

  async send(
    response: Response,
    name: string,
    entries: readonly { name: string; fileId: string }[],
  ): Promise<void> {
    const zip = new ZipFile();
    for (const entry of entries) {
      // PDFs hardly compress: stored entries keep the CPU free.
      zip.addReadStreamLazy(entry.name, { compress: false }, (callback) => {
        this.storedFiles
          .findById(entry.fileId)
          .then((file) => (file ? this.storedFiles.open(file) : null))
          .then((stream) =>
            stream ? callback(null, stream) : callback(new Error(`missing ${entry.fileId}`), null as never),
          )
          .catch((error: unknown) => callback(error, null as never));
      });
    }
    zip.end();
    response.status(200);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader('Content-Disposition', contentDisposition('attachment', name));
    response.setHeader('X-Content-Type-Options', 'nosniff');
    try {
      await pipeline(zip.outputStream, response);
    } catch (error) {
      this.logger.warn({ message: String(error) }, 'ZIP stream cut off');
      response.destroy();
    }
  }
}
