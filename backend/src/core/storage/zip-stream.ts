import { Injectable, Logger } from '@nestjs/common';
import type { Request, Response } from 'express';
import type { Readable } from 'node:stream';
import { ZipFile } from 'yazl';
import { contentDisposition } from './file-name';
import type { DeliverableFile } from './file-delivery.service';
import { FileStorage } from './file-storage';
import { MediaType } from './media-types';
import { ZipEntryNames } from './zip-entry-names';

/** One file in a ZIP: its path inside the archive (sanitised and made unique here) and the file. */
export interface StoredZipEntry {
  path: string;
  file: DeliverableFile;
}

/**
 * Content made by the caller (e.g. JSON of „Meine Daten“), opened only when its turn comes, like
 * a stored file: at most a few entries are ever held at once.
 */
export interface GeneratedZipEntry {
  path: string;
  mediaType: string;
  modifiedAt: Date;
  open: () => Promise<Readable>;
}

export type ZipStreamEntry = StoredZipEntry | GeneratedZipEntry;

/** Worth deflating; everything else (images, PDF, video, Office – all compressed already) is stored. */
const COMPRESSIBLE: ReadonlySet<string> = new Set([
  MediaType.Text,
  MediaType.Csv,
  MediaType.Svg,
  'application/json',
]);

const LOOKAHEAD = 8;

/**
 * Streams stored files as one ZIP, built on the fly with yazl: headers go out at once, each entry
 * is opened from the store only when its turn comes and piped straight through (no temporary
 * file, never the archive in memory; ZIP64 when needed, UTF-8 names). When the client goes away
 * or a file cannot be read, the open storage stream is destroyed and the response cut off, so a
 * broken archive is never mistaken for a complete one.
 */
@Injectable()
export class ZipStreamer {
  private readonly logger = new Logger(ZipStreamer.name);

  constructor(private readonly storage: FileStorage) {}

  async streamZip(
    request: Request,
    response: Response,
    zipName: string,
    entries: Iterable<ZipStreamEntry> | AsyncIterable<ZipStreamEntry>,
  ): Promise<void> {
    response.status(200);
    response.setHeader('Content-Type', 'application/zip');
    response.setHeader(
      'Content-Disposition',
      contentDisposition('attachment', /\.zip$/i.test(zipName) ? zipName : `${zipName}.zip`),
    );
    response.setHeader('X-Content-Type-Options', 'nosniff');
    response.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
    response.setHeader('Cache-Control', 'no-store');
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    response.flushHeaders();

    const zip = new ZipFile();
    const open = new Set<Readable>();
    let stopped = false;
    // Entries are taken from the iterable only a few ahead of the one being sent.
    let added = 0;
    let sent = 0;
    let wake: (() => void) | undefined;
    const stop = (reason?: unknown) => {
      if (stopped) return;
      stopped = true;
      wake?.();
      if (reason) this.logger.warn({ err: reason }, 'ZIP download aborted');
      for (const stream of open) stream.destroy();
      open.clear();
      zip.outputStream.unpipe(response);
      response.destroy();
    };
    const done = new Promise<void>((resolve) => {
      response.once('close', () => {
        // Closed before the last byte: the client went away.
        if (!response.writableFinished) stop();
        resolve();
      });
    });
    zip.on('error', stop);
    zip.outputStream.pipe(response);

    const names = new ZipEntryNames();
    try {
      for await (const entry of entries) {
        while (!stopped && added - sent >= LOOKAHEAD) await new Promise<void>((resolve) => (wake = resolve));
        if (stopped) break;
        added++;
        const stored = 'file' in entry ? entry.file : null;
        const compress = COMPRESSIBLE.has(stored ? stored.mediaType : (entry as GeneratedZipEntry).mediaType);
        const options = stored
          ? { size: stored.size, compress, mtime: stored.createdAt ?? new Date(), mode: 0o100644 }
          : { compress, mtime: (entry as GeneratedZipEntry).modifiedAt, mode: 0o100644 };
        const openEntry = stored
          ? () => this.storage.get(stored.storageKey)
          : (entry as GeneratedZipEntry).open;
        zip.addReadStreamLazy(names.take(entry.path), options, (callback) => {
          if (stopped) return;
          openEntry().then(
            (stream) => {
              if (stopped) {
                stream.destroy();
                return;
              }
              open.add(stream);
              stream.once('close', () => {
                open.delete(stream);
                sent++;
                wake?.();
              });
              // yazl pipes the stream, and pipe() does not pass errors on.
              stream.once('error', stop);
              callback(null, stream);
            },
            (error: unknown) => stop(error),
          );
        });
      }
    } catch (error) {
      stop(error);
    }
    if (!stopped) zip.end();
    await done;
  }
}
