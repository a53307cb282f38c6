import {
  AbortMultipartUploadCommand,
  DeleteObjectCommand,
  GetObjectCommand,
  HeadObjectCommand,
  ListMultipartUploadsCommand,
  ListObjectsV2Command,
  S3Client,
  S3ServiceException,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import type { StorageConfig } from '../../config/app-config';
import {
  assertValidKey,
  type DownloadHeaders,
  FileStorage,
  StorageUnavailable,
  storageWriteError,
  StoredFileMissing,
} from './file-storage';
import type { ByteRange } from './http-range';

export type S3StorageOptions = NonNullable<StorageConfig['s3']>;

/** Pre-signed download URLs live just long enough for the browser to follow the redirect. */
export const PRESIGNED_SECONDS = 60;
/** Multipart parts in flight: at most PART_BYTES × QUEUE_SIZE of an upload is in memory. */
const PART_BYTES = 8 * 1024 * 1024;
const QUEUE_SIZE = 4;

/**
 * Contents as objects in an S3-compatible bucket (AWS, MinIO, Ceph, …), the key as object name.
 * Uploads stream as multipart (`@aws-sdk/lib-storage`, never the whole file in memory; a failed
 * upload is aborted, so no partial object remains), reads can be ranged. Every failure of the
 * service (network, 5xx, access denied) becomes `StorageUnavailable`.
 */
export class S3FileStorage extends FileStorage {
  private readonly client: S3Client;

  constructor(
    private readonly options: S3StorageOptions,
    private readonly staging: string,
  ) {
    super();
    this.client = new S3Client({
      endpoint: options.endpoint ?? undefined,
      region: options.region,
      forcePathStyle: options.forcePathStyle,
      credentials: { accessKeyId: options.accessKeyId, secretAccessKey: options.secretAccessKey },
      // Checksums only where S3 requires them: many S3-compatible stores do not understand the
      // newer streaming-checksum (aws-chunked) uploads.
      requestChecksumCalculation: 'WHEN_REQUIRED',
      responseChecksumValidation: 'WHEN_REQUIRED',
      maxAttempts: 3,
      requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
    });
  }

  stagingDir(): string {
    return this.staging;
  }

  locator(key: string): string {
    assertValidKey(key);
    return key;
  }

  async put(key: string, content: Readable): Promise<void> {
    assertValidKey(key);
    try {
      await this.upload(key, content);
    } catch (error) {
      // The source failing (e.g. the client went away) is not the store's fault.
      if (content.errored) throw content.errored;
      throw error;
    }
  }

  async putFile(key: string, localPath: string): Promise<void> {
    assertValidKey(key);
    await this.upload(key, createReadStream(localPath));
    await rm(localPath, { force: true });
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    assertValidKey(key);
    try {
      const object = await this.client.send(
        new GetObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
          Range: range ? `bytes=${range.start}-${range.end}` : undefined,
        }),
      );
      return object.Body as Readable;
    } catch (error) {
      if (isNotFound(error)) throw new StoredFileMissing(key);
      throw new StorageUnavailable(error);
    }
  }

  async delete(key: string): Promise<void> {
    assertValidKey(key);
    try {
      await this.client.send(new DeleteObjectCommand({ Bucket: this.options.bucket, Key: key }));
    } catch (error) {
      if (!isNotFound(error)) throw new StorageUnavailable(error);
    }
  }

  async exists(key: string): Promise<boolean> {
    assertValidKey(key);
    try {
      await this.client.send(new HeadObjectCommand({ Bucket: this.options.bucket, Key: key }));
      return true;
    } catch (error) {
      if (isNotFound(error)) return false;
      throw new StorageUnavailable(error);
    }
  }

  override async downloadUrl(key: string, headers: DownloadHeaders): Promise<string | null> {
    if (!this.options.presignedDownloads) return null;
    assertValidKey(key);
    try {
      return await getSignedUrl(
        this.client,
        new GetObjectCommand({
          Bucket: this.options.bucket,
          Key: key,
          ResponseContentType: headers.contentType,
          ResponseContentDisposition: headers.contentDisposition,
        }),
        { expiresIn: PRESIGNED_SECONDS },
      );
    } catch (error) {
      throw new StorageUnavailable(error);
    }
  }

  async *listWrittenBefore(before: Date): AsyncIterable<string> {
    let token: string | undefined;
    do {
      let page;
      try {
        page = await this.client.send(
          new ListObjectsV2Command({ Bucket: this.options.bucket, ContinuationToken: token }),
        );
      } catch (error) {
        throw new StorageUnavailable(error);
      }
      for (const object of page.Contents ?? []) {
        if (object.Key && object.LastModified && object.LastModified < before) yield object.Key;
      }
      token = page.IsTruncated ? page.NextContinuationToken : undefined;
    } while (token);
  }

  override async abortUnfinishedUploads(before: Date): Promise<number> {
    let aborted = 0;
    let keyMarker: string | undefined;
    let uploadIdMarker: string | undefined;
    do {
      const page = await this.client
        .send(
          new ListMultipartUploadsCommand({
            Bucket: this.options.bucket,
            KeyMarker: keyMarker,
            UploadIdMarker: uploadIdMarker,
          }),
        )
        .catch((error: unknown) => {
          // Some S3-compatible stores do not list uploads; their own expiry (or a bucket lifecycle
          // rule, see docs/operations.md) removes them.
          if (error instanceof S3ServiceException && error.$metadata.httpStatusCode === 501) return null;
          throw new StorageUnavailable(error);
        });
      if (!page) return aborted;
      for (const upload of page.Uploads ?? []) {
        if (!upload.Key || !upload.UploadId || !upload.Initiated || upload.Initiated >= before) continue;
        await this.client.send(
          new AbortMultipartUploadCommand({
            Bucket: this.options.bucket,
            Key: upload.Key,
            UploadId: upload.UploadId,
          }),
        );
        aborted++;
      }
      keyMarker = page.IsTruncated ? page.NextKeyMarker : undefined;
      uploadIdMarker = page.IsTruncated ? page.NextUploadIdMarker : undefined;
    } while (keyMarker);
    return aborted;
  }

  /** Closes the connections (tests, shutdown). */
  destroy(): void {
    this.client.destroy();
  }

  private async upload(key: string, body: Readable): Promise<void> {
    const upload = new Upload({
      client: this.client,
      params: { Bucket: this.options.bucket, Key: key, Body: body },
      partSize: PART_BYTES,
      queueSize: QUEUE_SIZE,
      leavePartsOnError: false,
    });
    try {
      await upload.done();
    } catch (error) {
      body.destroy();
      throw storageWriteError(error);
    }
  }
}

function isNotFound(error: unknown): boolean {
  // A missing bucket is a broken configuration, not a missing file.
  return (
    error instanceof S3ServiceException &&
    error.name !== 'NoSuchBucket' &&
    (error.name === 'NoSuchKey' || error.name === 'NotFound' || error.$metadata.httpStatusCode === 404)
  );
}
