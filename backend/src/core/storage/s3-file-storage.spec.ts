import { randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import {
  closedPortEndpoint,
  S3_TEST_BUCKET,
  type S3TestServer,
  startBrokenEndpoint,
  startS3TestServer,
} from '../../../test/support/s3-test-server';
import { contentDisposition } from './file-name';
import { StorageUnavailable } from './file-storage';
import { type S3StorageOptions, S3FileStorage } from './s3-file-storage';

const options = (endpoint: string, extra: Partial<S3StorageOptions> = {}): S3StorageOptions => ({
  endpoint,
  region: 'eu-central-1',
  bucket: S3_TEST_BUCKET,
  accessKeyId: 'S3RVER',
  secretAccessKey: 'S3RVER',
  forcePathStyle: true,
  presignedDownloads: false,
  ...extra,
});

describe('S3FileStorage', () => {
  let root: string;
  beforeAll(async () => {
    root = await mkdtemp(join(tmpdir(), 's3-storage-'));
  });
  afterAll(() => rm(root, { recursive: true, force: true }));

  describe('pre-signed downloads', () => {
    let server: S3TestServer;
    let storage: S3FileStorage;
    beforeAll(async () => {
      server = await startS3TestServer();
      storage = new S3FileStorage(options(server.endpoint, { presignedDownloads: true }), root);
    });
    afterAll(async () => {
      storage.destroy();
      await server.close();
    });

    it('hands out a URL valid for 60 s that serves the file with the portal’s download headers', async () => {
      const key = randomUUID();
      await storage.put(key, Readable.from([Buffer.from('%PDF-1.7 Plakat')]));
      const disposition = contentDisposition('attachment', 'Plakat „Stark“.pdf');
      const url = await storage.downloadUrl(key, {
        contentType: 'application/pdf',
        contentDisposition: disposition,
      });
      expect(url).not.toBeNull();
      const parsed = new URL(url!);
      expect(parsed.searchParams.get('X-Amz-Expires')).toBe('60');
      expect(parsed.searchParams.get('response-content-disposition')).toBe(disposition);

      const response = await fetch(url!);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toBe('application/pdf');
      expect(response.headers.get('content-disposition')).toBe(disposition);
      expect(await response.text()).toBe('%PDF-1.7 Plakat');
      const ranged = await fetch(url!, { headers: { range: 'bytes=0-3' } });
      expect(ranged.status).toBe(206);
      expect(await ranged.text()).toBe('%PDF');
    });
  });

  describe('when the service fails', () => {
    it.each([
      ['answers 500', async () => startBrokenEndpoint()],
      ['is down', async () => ({ endpoint: await closedPortEndpoint(), close: async () => undefined })],
    ])('reports StorageUnavailable when the endpoint %s', async (_case, start) => {
      const endpoint = await start();
      const storage = new S3FileStorage(options(endpoint.endpoint), root);
      try {
        const key = randomUUID();
        await expect(storage.get(key)).rejects.toBeInstanceOf(StorageUnavailable);
        await expect(storage.exists(key)).rejects.toBeInstanceOf(StorageUnavailable);
        await expect(storage.delete(key)).rejects.toBeInstanceOf(StorageUnavailable);
        await expect(storage.put(key, Readable.from([Buffer.from('x')]))).rejects.toBeInstanceOf(
          StorageUnavailable,
        );
        // A staged upload stays where it is, for the caller to discard.
        await mkdir(root, { recursive: true });
        const staged = join(root, `${randomUUID()}.upload`);
        await writeFile(staged, 'Inhalt');
        const error = await storage.putFile(key, staged).catch((failure: unknown) => failure);
        expect(error).toBeInstanceOf(StorageUnavailable);
        expect((error as StorageUnavailable).status).toBe(503);
        expect((error as StorageUnavailable).message).toMatch(/Dateispeicher ist gerade nicht erreichbar/);
        expect((await stat(staged)).isFile()).toBe(true);
      } finally {
        storage.destroy();
        await endpoint.close();
      }
    });
  });
});
