import { Inject, Injectable } from '@nestjs/common';
import busboy, { type Busboy } from 'busboy';
import type { Request } from 'express';
import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable, Transform } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { APP_CONFIG, type AppConfig } from '../../config/app-config';
import { DomainError } from '../http/domain-error';
import { FileStorage, isStorageFull, StorageFull } from './file-storage';
import { sanitizeFileName } from './file-name';
import { DETECTION_HEAD_BYTES, detectMediaType, judgeUpload } from './media-type-detector';
import { MediaType } from './media-types';
import { MAX_SVG_BYTES, sanitizeStagedSvg } from './svg-sanitizer';
import { UploadProblems } from './upload-problems';
import { readZipEntryNames } from './zip-entries';

export interface UploadOptions {
  /** Largest accepted file; never more than UPLOAD_MAX_BYTES. */
  maxBytes: number;
  /** Media types this call accepts (content and extension must agree on one of them). */
  allowed: readonly MediaType[];
  /** Name of the form field carrying the file; default `file`. */
  fileField?: string;
}

/** A completely received, checked file waiting in the staging directory. */
export interface StagedFile {
  path: string;
  originalName: string;
  mediaType: MediaType;
  size: number;
  sha256: string;
}

export interface ReceivedUpload {
  file: StagedFile;
  /** The form's text fields (e.g. `altText`). */
  fields: Readonly<Record<string, string>>;
  /** Removes the staged file if it was not stored; safe to call more than once. */
  discard(): Promise<void>;
}

interface StageOptions {
  rawName: string | undefined;
  maxBytes: number;
  allowed: readonly MediaType[];
  fileField: string;
}

const MAX_FIELDS = 20;
const MAX_FIELD_BYTES = 16 * 1024;

/**
 * Reads a multipart upload as a stream: the file goes to a staging file while its size is
 * limited, its SHA-256 computed and its first bytes kept for type detection; nothing of it is
 * held in memory. Whatever goes wrong, the staged file is removed before the error is thrown.
 */
@Injectable()
export class UploadReceiver {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly storage: FileStorage,
  ) {}

  async receive(request: Request, options: UploadOptions): Promise<ReceivedUpload> {
    const fileField = options.fileField ?? 'file';
    const maxBytes = Math.min(options.maxBytes, this.config.uploadMaxBytes);
    if (!/^multipart\/form-data\s*;/i.test(request.headers['content-type'] ?? ''))
      throw UploadProblems.notMultipart();
    // Ready before parsing starts: the file part must be piped the moment it arrives.
    const stagingDir = this.storage.stagingDir();
    await mkdir(stagingDir, { recursive: true });
    let parser: Busboy;
    try {
      parser = busboy({
        headers: request.headers,
        defParamCharset: 'utf8',
        limits: {
          fileSize: maxBytes,
          files: 1,
          fields: MAX_FIELDS,
          fieldSize: MAX_FIELD_BYTES,
          parts: MAX_FIELDS + 1,
        },
      });
    } catch {
      throw UploadProblems.notMultipart();
    }

    const fields: Record<string, string> = {};
    let staging: Promise<StagedFile> | undefined;
    let problem: DomainError | undefined;
    let finish: () => void = () => undefined;
    const fail = (error: unknown) => {
      problem ??= error instanceof DomainError ? error : UploadProblems.malformed();
    };
    /** Stops reading early (limit exceeded); Node discards the rest of the body. */
    const abandon = (error: unknown) => {
      fail(error);
      request.unpipe(parser);
      request.resume();
      finish();
    };

    parser.on('field', (name, value, info) => {
      if (info.nameTruncated || info.valueTruncated) fail(UploadProblems.fieldTooLong(name));
      else fields[name] = value;
    });
    parser.on('file', (name, stream, info) => {
      if (name !== fileField || staging || problem) {
        stream.resume();
        fail(name !== fileField ? UploadProblems.unexpectedFile(name) : UploadProblems.tooManyParts());
        return;
      }
      staging = this.stage(stream, join(stagingDir, `${randomUUID()}.upload`), {
        rawName: info.filename,
        maxBytes,
        allowed: options.allowed,
        fileField,
      });
      staging.catch(abandon);
    });
    for (const limit of ['filesLimit', 'fieldsLimit', 'partsLimit'] as const)
      parser.on(limit, () => fail(UploadProblems.tooManyParts()));

    await new Promise<void>((resolve) => {
      finish = resolve;
      parser.on('close', resolve);
      parser.on('error', (error) => abandon(error));
      request.on('error', (error) => abandon(error));
      request.pipe(parser);
    });

    const staged = staging ? await staging.catch(() => undefined) : undefined;
    const discard = () => (staged ? rm(staged.path, { force: true }) : Promise.resolve());
    if (problem || !staged) {
      await discard();
      throw problem ?? UploadProblems.noFile(fileField);
    }
    return { file: staged, fields, discard };
  }

  /** Writes one file part to the staging directory and checks it; removes it on any failure. */
  private async stage(
    stream: Readable,
    path: string,
    { rawName, maxBytes, allowed, fileField }: StageOptions,
  ): Promise<StagedFile> {
    const hash = createHash('sha256');
    const head: Buffer[] = [];
    let headLength = 0;
    let size = 0;
    const inspector = new Transform({
      transform(chunk: Buffer, _encoding, callback) {
        size += chunk.length;
        hash.update(chunk);
        if (headLength < DETECTION_HEAD_BYTES) {
          const part = chunk.subarray(0, DETECTION_HEAD_BYTES - headLength);
          head.push(part);
          headLength += part.length;
        }
        callback(null, chunk);
      },
    });
    stream.once('limit', () => inspector.destroy(UploadProblems.tooLarge(maxBytes)));
    const target = createWriteStream(path, { flags: 'wx' });
    try {
      // Set up synchronously, so an error of the part (e.g. a cut-off form) always has a listener.
      await pipeline(stream, inspector, target);
      if (size === 0) throw UploadProblems.empty(fileField);
      const originalName = sanitizeFileName(rawName);
      const headBytes = Buffer.concat(head);
      const zipEntries = headBytes.subarray(0, 4).equals(Buffer.from('PK\x03\x04', 'latin1'))
        ? await readZipEntryNames(path, size)
        : null;
      const verdict = judgeUpload(detectMediaType(headBytes, zipEntries), originalName, allowed);
      if (!verdict.ok) {
        throw {
          executable: UploadProblems.executable,
          unknown: UploadProblems.unknown,
          mismatch: UploadProblems.mismatch,
          'not-allowed': UploadProblems.notAllowed,
        }[verdict.reason](allowed);
      }
      if (verdict.mediaType === MediaType.Svg) {
        // Stored only in its sanitised form, so no path can ever serve the original.
        if (size > MAX_SVG_BYTES) throw UploadProblems.svgTooLarge(MAX_SVG_BYTES);
        const sanitised = await sanitizeStagedSvg(path);
        if (!sanitised) throw UploadProblems.unknown(allowed);
        return { path, originalName, mediaType: verdict.mediaType, ...sanitised };
      }
      return { path, originalName, mediaType: verdict.mediaType, size, sha256: hash.digest('hex') };
    } catch (error) {
      // The file may still be opening: remove it only once the stream is closed.
      if (!target.closed) await new Promise<void>((resolve) => target.once('close', () => resolve()));
      await rm(path, { force: true });
      if (isStorageFull(error)) throw new StorageFull(error);
      throw error instanceof DomainError ? error : UploadProblems.malformed();
    }
  }
}
