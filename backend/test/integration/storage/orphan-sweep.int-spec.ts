import { createHash, randomUUID } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { FileStorage } from '../../../src/core/storage/file-storage';
import { MediaType } from '../../../src/core/storage/media-types';
import { ORPHAN_GRACE_MS, OrphanSweep } from '../../../src/core/storage/orphan-sweep';
import { previewKey } from '../../../src/core/storage/processing/preview-keys';
import { StoredFilesService } from '../../../src/core/storage/stored-files.service';
import { type S3TestServer, startS3TestServer } from '../../support/s3-test-server';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * An instance killed between writing a file's content and committing its row leaves content that
 * nothing references. The nightly sweep removes it (after a grace period), with both drivers.
 */
describe.each([
  ['local filesystem', false],
  ['S3 (s3rver)', true],
])('orphaned stored contents: %s', (_driver, useS3) => {
  let s3: S3TestServer | undefined;
  let dataDir: string;
  let testApp: TestApp;
  let storage: FileStorage;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'portal-orphans-'));
    s3 = useS3 ? await startS3TestServer() : undefined;
    testApp = await createTestApp({ DATA_DIR: dataDir, ...s3?.env });
    storage = testApp.app.get(FileStorage);
  });
  afterAll(async () => {
    await testApp.close();
    await s3?.close();
    await rm(dataDir, { recursive: true, force: true });
  });

  /** A file stored the normal way: row and content. */
  async function storedFile(): Promise<string> {
    const content = Buffer.from('%PDF-1.7\nreferenziert\n');
    await mkdir(storage.stagingDir(), { recursive: true });
    const path = join(storage.stagingDir(), `${randomUUID()}.upload`);
    await writeFile(path, content);
    const file = await testApp.app.get(StoredFilesService).store(
      {
        path,
        originalName: 'Bericht.pdf',
        mediaType: MediaType.Pdf,
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
      },
      null,
      async (_manager, stored) => stored,
    );
    return file.storageKey;
  }

  it('removes content without a row after the grace period, keeps every referenced file and its previews', async () => {
    const kept = await storedFile();
    await storage.put(previewKey(kept, 'thumb'), Readable.from([Buffer.from('webp')]));
    const orphan = randomUUID();
    await storage.put(orphan, Readable.from([Buffer.from('verwaist')]));
    await storage.put(previewKey(orphan, 'large'), Readable.from([Buffer.from('webp')]));
    const sweep = testApp.app.get(OrphanSweep);

    // Young orphans stay: their row may be committing right now.
    expect((await sweep.sweep(new Date())).removed).toBe(0);
    expect(await storage.exists(orphan)).toBe(true);

    const later = new Date(Date.now() + ORPHAN_GRACE_MS + 60_000);
    expect((await sweep.sweep(later)).removed).toBe(2);
    expect(await storage.exists(orphan)).toBe(false);
    expect(await storage.exists(previewKey(orphan, 'large'))).toBe(false);
    expect(await storage.exists(kept)).toBe(true);
    expect(await storage.exists(previewKey(kept, 'thumb'))).toBe(true);

    // Nothing left to do: a second run removes nothing.
    expect((await sweep.sweep(later)).removed).toBe(0);
  });
});
