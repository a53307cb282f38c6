import { randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { access, mkdir, readdir, rename, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ByteRange } from './http-range';
import {
  assertValidKey,
  FileStorage,
  StorageUnavailable,
  storageWriteError,
  StoredFileMissing,
} from './file-storage';

const READ_CHUNK_BYTES = 1024 * 1024;

/**
 * Files under `<DATA_DIR>/files/<first two key characters>/<key>`. Writes go to `.staging/` in the
 * same directory tree first and are renamed into place, so a file is either complete or absent.
 */
export class LocalFileStorage extends FileStorage {
  private readonly staging: string;

  constructor(private readonly root: string) {
    super();
    this.staging = join(root, '.staging');
  }

  stagingDir(): string {
    return this.staging;
  }

  async put(key: string, content: Readable): Promise<void> {
    assertValidKey(key);
    const temp = join(this.staging, `${randomUUID()}.part`);
    await mkdir(this.staging, { recursive: true });
    // A failing source (the upload broke off) is the caller's error, not the store's: report it as is.
    let sourceError: unknown;
    content.once('error', (error) => (sourceError = error));
    try {
      await pipeline(content, createWriteStream(temp, { flags: 'wx' })).catch((error: unknown) => {
        throw sourceError ?? storageWriteError(error);
      });
      await this.putFile(key, temp);
    } finally {
      await rm(temp, { force: true });
    }
  }

  async putFile(key: string, localPath: string): Promise<void> {
    const target = this.path(key);
    try {
      await mkdir(join(this.root, key.slice(0, 2)), { recursive: true });
      await rename(localPath, target);
    } catch (error) {
      throw storageWriteError(error);
    }
  }

  async get(key: string, range?: ByteRange): Promise<Readable> {
    const path = this.path(key);
    // Only the requested bytes are read from disk, in large chunks (fewer reads and socket writes).
    const stream = createReadStream(path, { highWaterMark: READ_CHUNK_BYTES, ...range });
    // Opening is asynchronous: wait for it so a missing file is an error here, not mid-response.
    await new Promise<void>((resolve, reject) => {
      stream.once('open', () => resolve());
      stream.once('error', (error: NodeJS.ErrnoException) =>
        reject(error.code === 'ENOENT' ? new StoredFileMissing(key) : new StorageUnavailable(error)),
      );
    });
    return stream;
  }

  async delete(key: string): Promise<void> {
    await rm(this.path(key), { force: true });
  }

  async exists(key: string): Promise<boolean> {
    try {
      await access(this.path(key));
      return true;
    } catch {
      return false;
    }
  }

  locator(key: string): string {
    assertValidKey(key);
    return `${key.slice(0, 2)}/${key}`;
  }

  async *listWrittenBefore(before: Date): AsyncIterable<string> {
    const shards = await readdir(this.root, { withFileTypes: true }).catch(() => []);
    for (const shard of shards) {
      // `.staging` holds uploads in progress, cleaned by the staging janitor.
      if (!shard.isDirectory() || shard.name.startsWith('.')) continue;
      for (const key of await readdir(join(this.root, shard.name)).catch(() => [])) {
        const info = await stat(join(this.root, shard.name, key)).catch(() => null);
        if (info?.isFile() && info.mtime < before) yield key;
      }
    }
  }

  private path(key: string): string {
    assertValidKey(key);
    return join(this.root, key.slice(0, 2), key);
  }
}
