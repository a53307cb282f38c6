import { Inject, Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DomainError, ErrorCode } from '../http/domain-error';
import { contentDisposition } from './file-name';
import { dispositionType, type SendableFile, sendFile, setFileSafetyHeaders } from './file-response';
import { FileStorage, StoredFileMissing } from './file-storage';

/** A stored file as delivery needs it: its metadata and where its content lives. */
export interface DeliverableFile extends SendableFile {
  id?: string;
  storageKey: string;
}

const MISSING = 'Diese Datei gibt es nicht (mehr).';

/**
 * Delivers a file the caller has already authorised: streamed by the app (with ETag, Range,
 * HEAD, see `sendFile`), handed to nginx with `X-Accel-Redirect` when `STORAGE_ACCEL_REDIRECT` is
 * set, or redirected to a pre-signed S3 URL with `S3_PRESIGNED_DOWNLOADS=true`.
 */
@Injectable()
export class FileDelivery {
  private readonly logger = new Logger(FileDelivery.name);

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: FileStorage,
  ) {}

  async send(request: Request, response: Response, file: DeliverableFile): Promise<void> {
    const accel = this.config.storage.accelRedirect;
    if (accel) {
      // nginx serves the bytes (ranges, conditional requests) from its `internal` location; it keeps
      // Content-Type and Content-Disposition from here, the safety headers come from its config.
      setFileSafetyHeaders(response, file);
      response.setHeader('X-Accel-Redirect', `${accel}${this.storage.locator(file.storageKey)}`);
      response.setHeader('Cache-Control', 'private, no-cache');
      response.status(200).end();
      return;
    }
    const url = await this.storage.downloadUrl(file.storageKey, {
      contentType: file.mediaType,
      contentDisposition: contentDisposition(dispositionType(file), file.originalName),
    });
    if (url) {
      // The bucket serves the bytes (ranges included) under a URL valid for a minute.
      response.redirect(302, url);
      return;
    }
    await sendFile(request, response, file, async (range) => {
      try {
        return await this.storage.get(file.storageKey, range);
      } catch (error) {
        if (!(error instanceof StoredFileMissing)) throw error;
        this.logger.error(
          { fileId: file.id, key: file.storageKey },
          'Stored content missing for an existing row',
        );
        throw new DomainError(ErrorCode.NotFound, MISSING);
      }
    });
  }
}
