import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { buffer, text } from 'node:stream/consumers';
import { S3_TEST_BUCKET, type S3TestServer, startS3TestServer } from '../../../test/support/s3-test-server';
import { FileStorage, StoredFileMissing } from './file-storage';
import { LocalFileStorage } from './local-file-storage';
import { S3FileStorage } from './s3-file-storage';

interface Driver {
  storage: FileStorage;
  close(): Promise<void>;
}

/** The same contract, run against every driver: what features rely on must hold for both. */
const drivers: [string, (root: string) => Promise<Driver>][] = [
  [
    'local filesystem',
    async (root) => ({ storage: new LocalFileStorage(join(root, 'files')), close: async () => undefined }),
  ],
  [
    'S3 (s3rver)',
    async (root) => {
      const server: S3TestServer = await startS3TestServer();
      const storage = new S3FileStorage(
        {
          endpoint: server.endpoint,
          region: 'eu-central-1',
          bucket: S3_TEST_BUCKET,
          accessKeyId: 'S3RVER',
          secretAccessKey: 'S3RVER',
          forcePathStyle: true,
          presignedDownloads: false,
        },
        join(root, 'staging'),
      );
      return {
        storage,
        close: async () => {
          storage.destroy();
          await server.close();
        },
      };
    },
  ],
];

describe.each(drivers)('FileStorage contract: %s', (_name, start) => {
  let root: string;
  let driver: Driver;
  let storage: FileStorage;
  const key = () => randomUUID();

  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 'storage-contract-'));
    driver = await start(root);
    storage = driver.storage;
  });
  afterAll(async () => {
    await driver.close();
    await rm(root, { recursive: true, force: true });
  });

  it('stores a stream, reads it back, reports and deletes it', async () => {
    const k = key();
    expect(await storage.exists(k)).toBe(false);
    await storage.put(k, Readable.from([Buffer.from('Hallo '), Buffer.from('Welt')]));
    expect(await storage.exists(k)).toBe(true);
    expect(await text(await storage.get(k))).toBe('Hallo Welt');
    await storage.delete(k);
    expect(await storage.exists(k)).toBe(false);
    await expect(storage.get(k)).rejects.toBeInstanceOf(StoredFileMissing);
    await storage.delete(k); // missing is fine
  });

  it('reads exactly the requested bytes of a range', async () => {
    const k = key();
    const content = randomBytes(64 * 1024);
    await storage.put(k, Readable.from([content]));
    expect(
      (await buffer(await storage.get(k, { start: 10, end: 19 }))).equals(content.subarray(10, 20)),
    ).toBe(true);
    expect(
      (await buffer(await storage.get(k, { start: 65535, end: 65535 }))).equals(content.subarray(65535)),
    ).toBe(true);
    expect((await buffer(await storage.get(k, { start: 0, end: 65535 }))).equals(content)).toBe(true);
  });

  it('streams a large file through (multipart for S3) without changing a byte', async () => {
    const k = key();
    const chunk = randomBytes(1024 * 1024);
    const hash = createHash('sha256');
    async function* twentyMegabytes() {
      for (let i = 0; i < 20; i++) {
        const part = Buffer.from(chunk.map((byte) => byte ^ i));
        hash.update(part);
        yield part;
      }
    }
    await storage.put(k, Readable.from(twentyMegabytes()));
    const expected = hash.digest('hex');
    const back = createHash('sha256');
    for await (const part of await storage.get(k)) back.update(part as Buffer);
    expect(back.digest('hex')).toBe(expected);
  });

  it('moves a staged file into the store and removes the local copy', async () => {
    const k = key();
    await mkdir(storage.stagingDir(), { recursive: true });
    const staged = join(storage.stagingDir(), `${randomUUID()}.upload`);
    await writeFile(staged, 'Inhalt');
    await storage.putFile(k, staged);
    expect(await text(await storage.get(k))).toBe('Inhalt');
    expect(await readdir(storage.stagingDir())).not.toContain(staged.split('/').at(-1));
  });

  it('keeps nothing when the source stream fails, and reports the source error', async () => {
    const k = key();
    const failing = new Readable({
      read() {
        this.push(randomBytes(1024));
        this.destroy(new Error('Verbindung weg'));
      },
    });
    await expect(storage.put(k, failing)).rejects.toThrow('Verbindung weg');
    expect(await storage.exists(k)).toBe(false);
  });

  it('refuses keys that are not portal-made', async () => {
    for (const bad of ['../etc/passwd', 'a/b', '', 'ABC', '.staging']) {
      await expect(storage.get(bad)).rejects.toThrow('invalid storage key');
      await expect(storage.put(bad, Readable.from(['x']))).rejects.toThrow('invalid storage key');
    }
  });

  it('lists stored contents by write time and aborts no fresh upload', async () => {
    const k = key();
    await storage.put(k, Readable.from(['alt']));
    const listed = async (before: Date) => {
      const keys: string[] = [];
      for await (const listedKey of storage.listWrittenBefore(before)) keys.push(listedKey);
      return keys;
    };
    expect(await listed(new Date(Date.now() + 60_000))).toContain(k);
    expect(await listed(new Date(Date.now() - 60_000))).not.toContain(k);
    expect(await storage.abortUnfinishedUploads(new Date(Date.now() - 60_000))).toBe(0);
  });

  it('offers no download URL unless configured', async () => {
    expect(
      await storage.downloadUrl(key(), { contentType: 'application/pdf', contentDisposition: 'attachment' }),
    ).toBeNull();
  });
});
