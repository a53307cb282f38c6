import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { text } from 'node:stream/consumers';
import { StoredFileMissing } from './file-storage';
import { LocalFileStorage } from './local-file-storage';

describe('LocalFileStorage', () => {
  let root: string;
  let storage: LocalFileStorage;
  const key = '0f6c2a4e-5b1d-4c3e-9a7f-2d8e6b1c4a90';

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'storage-'));
    storage = new LocalFileStorage(root);
  });
  afterEach(() => rm(root, { recursive: true, force: true }));

  it('stores a stream, reads it back, reports and deletes it', async () => {
    await storage.put(key, Readable.from(['Hallo ', 'Welt']));
    expect(await storage.exists(key)).toBe(true);
    expect(await text(await storage.get(key))).toBe('Hallo Welt');
    expect(await readdir(join(root, '.staging'))).toEqual([]);
    await storage.delete(key);
    expect(await storage.exists(key)).toBe(false);
    await expect(storage.get(key)).rejects.toBeInstanceOf(StoredFileMissing);
    await storage.delete(key); // missing is fine
  });

  it('leaves no partial file when the stream fails', async () => {
    const failing = new Readable({
      read() {
        this.push('Anfang');
        this.destroy(new Error('Verbindung weg'));
      },
    });
    await expect(storage.put(key, failing)).rejects.toThrow('Verbindung weg');
    expect(await storage.exists(key)).toBe(false);
    expect(await readdir(join(root, '.staging'))).toEqual([]);
  });

  it('moves a staged file into place', async () => {
    const staged = join(storage.stagingDir(), 'upload');
    await storage.put('aa000000-0000-4000-8000-000000000000', Readable.from(['x'])); // creates staging
    await writeFile(staged, 'Inhalt');
    await storage.putFile(key, staged);
    expect(await text(await storage.get(key))).toBe('Inhalt');
    expect(await readdir(storage.stagingDir())).toEqual([]);
  });

  it('refuses keys that are not portal-made', async () => {
    for (const bad of ['../etc/passwd', 'a/b', '', 'ABC', '.staging']) {
      await expect(storage.get(bad)).rejects.toThrow('invalid storage key');
      await expect(storage.put(bad, Readable.from(['x']))).rejects.toThrow('invalid storage key');
    }
  });
});
