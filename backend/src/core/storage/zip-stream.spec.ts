import express from 'express';
import { execFileSync } from 'node:child_process';
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import type { ByteRange } from './http-range';
import type { DeliverableFile } from './file-delivery.service';
import { LocalFileStorage } from './local-file-storage';
import { MediaType } from './media-types';
import { type ZipStreamEntry, ZipStreamer } from './zip-stream';
import { sanitizeZipPath, ZipEntryNames } from './zip-entry-names';

describe('ZIP entry names', () => {
  it.each([
    ['../../etc/passwd', 'etc/passwd'],
    ['/absolut/Plakat.pdf', 'absolut/Plakat.pdf'],
    ['C:\\Users\\x\\Logo.svg', 'C_/Users/x/Logo.svg'],
    ['Kampagne/./2018/../Flyer.pdf', 'Kampagne/2018/Flyer.pdf'],
    ['Ordner/.versteckt', 'Ordner/versteckt'],
    ['Bild\u0000\u202e.png', 'Bild.png'],
    ['', 'datei'],
    ['..', 'datei'],
  ])('%j → %j', (raw, safe) => {
    expect(sanitizeZipPath(raw)).toBe(safe);
  });

  it('numbers duplicates, ignoring case', () => {
    const names = new ZipEntryNames();
    expect(
      ['Plakat.pdf', 'plakat.PDF', 'Plakat.pdf', 'A/Plakat.pdf', 'Logo', 'Logo'].map((n) => names.take(n)),
    ).toEqual(['Plakat.pdf', 'plakat (2).PDF', 'Plakat (3).pdf', 'A/Plakat.pdf', 'Logo', 'Logo (2)']);
  });
});

/** Every storage stream handed out, to prove none stays open. */
class TrackingStorage extends LocalFileStorage {
  readonly streams: Readable[] = [];
  override async get(key: string, range?: ByteRange): Promise<Readable> {
    const stream = await super.get(key, range);
    this.streams.push(stream);
    return stream;
  }
}

describe('ZipStreamer', () => {
  let root: string;
  let storage: TrackingStorage;
  let server: ReturnType<ReturnType<typeof express>['listen']>;
  let baseUrl: string;
  let entries: () => AsyncIterable<ZipStreamEntry> | Iterable<ZipStreamEntry>;
  let iterationClosed: boolean;

  beforeEach(async () => {
    root = await mkdtemp(join(tmpdir(), 'zip-stream-'));
    storage = new TrackingStorage(join(root, 'files'));
    const streamer = new ZipStreamer(storage);
    const app = express();
    app.get(
      '/zip',
      (request, response) => void streamer.streamZip(request, response, 'Kampagne „2018“', entries()),
    );
    server = app.listen(0, '127.0.0.1');
    await new Promise((resolve) => server.once('listening', resolve));
    baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    iterationClosed = false;
  });
  afterEach(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await rm(root, { recursive: true, force: true });
  });

  async function stored(content: Buffer, originalName: string, mediaType: string): Promise<DeliverableFile> {
    const storageKey = randomUUID();
    await storage.put(storageKey, Readable.from([content]));
    return {
      storageKey,
      originalName,
      mediaType,
      size: content.length,
      sha256: createHash('sha256').update(content).digest('hex'),
      createdAt: new Date('2018-05-01T10:00:00Z'),
    };
  }

  const unzip = (archive: string, ...args: string[]) =>
    execFileSync('unzip', [...args, archive], { maxBuffer: 64 * 1024 * 1024 });

  it('streams exactly the given entries with their contents, unique and safe names', async () => {
    const poster = randomBytes(300 * 1024);
    const text = Buffer.from('Stark. Sozial. Vor Ort.\n'.repeat(2000));
    const files = {
      poster: await stored(poster, 'Plakat.pdf', MediaType.Pdf),
      text: await stored(text, 'Slogan.txt', MediaType.Text),
      empty: await stored(Buffer.alloc(0), 'leer.csv', MediaType.Csv),
    };
    entries = async function* () {
      try {
        yield { path: 'Plakate/Plakat A1.pdf', file: files.poster };
        yield { path: 'Plakate/Plakat A1.pdf', file: files.poster };
        yield { path: '../../Übersicht/Slogan.txt', file: files.text };
        yield { path: '/leer.csv', file: files.empty };
      } finally {
        iterationClosed = true;
      }
    };
    const started = Date.now();
    const response = await fetch(`${baseUrl}/zip`);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/zip');
    expect(response.headers.get('content-disposition')).toBe(
      `attachment; filename="Kampagne 2018.zip"; filename*=UTF-8''Kampagne%20%E2%80%9E2018%E2%80%9C.zip`,
    );
    const archive = join(root, 'download.zip');
    await writeFile(archive, Buffer.from(await response.arrayBuffer()));

    const listing = unzip(archive, '-Z1').toString('utf8').trim().split('\n');
    expect(listing).toEqual([
      'Plakate/Plakat A1.pdf',
      'Plakate/Plakat A1 (2).pdf',
      'Übersicht/Slogan.txt',
      'leer.csv',
    ]);
    expect(unzip(archive, '-p').length).toBe(2 * poster.length + text.length);
    expect(execFileSync('unzip', ['-p', archive, 'Plakate/Plakat A1 (2).pdf']).equals(poster)).toBe(true);
    expect(execFileSync('unzip', ['-p', archive, 'Übersicht/Slogan.txt']).equals(text)).toBe(true);
    expect(execFileSync('unzip', ['-t', archive]).toString()).toContain('No errors detected');
    // Media stored as they are, text deflated.
    const verbose = execFileSync('unzip', ['-v', archive]).toString();
    expect(verbose).toMatch(/Stored.*Plakat A1\.pdf/);
    expect(verbose).toMatch(/Defl:N.*Slogan\.txt/);
    expect(iterationClosed).toBe(true);
    expect(storage.streams.every((stream) => stream.destroyed)).toBe(true);
  });

  it('destroys the open storage stream and stops reading entries when the client goes away', async () => {
    const big = await stored(randomBytes(8 * 1024 * 1024), 'Video.mp4', MediaType.Mp4);
    let yielded = 0;
    entries = async function* () {
      try {
        for (let i = 0; i < 50; i++) {
          yielded++;
          yield { path: `Video ${i}.mp4`, file: big };
        }
      } finally {
        iterationClosed = true;
      }
    };
    const abort = new AbortController();
    const response = await fetch(`${baseUrl}/zip`, { signal: abort.signal });
    const reader = response.body!.getReader();
    let received = 0;
    while (received < 2 * 1024 * 1024) received += (await reader.read()).value?.length ?? 0;
    abort.abort();
    await reader.cancel().catch(() => undefined);

    for (let i = 0; i < 100 && !storage.streams.every((stream) => stream.destroyed); i++)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(storage.streams.length).toBeGreaterThan(0);
    expect(storage.streams.length).toBeLessThan(50);
    expect(storage.streams.every((stream) => stream.destroyed)).toBe(true);
    // The entries are read a few ahead of the transfer, and the iteration is closed.
    expect(yielded).toBeLessThan(20);
    expect(iterationClosed).toBe(true);
    // Nothing written anywhere: only the store's own file and its (empty) staging folder.
    expect((await readdir(join(root, 'files'), { recursive: true })).sort()).toEqual(
      ['.staging', big.storageKey.slice(0, 2), `${big.storageKey.slice(0, 2)}/${big.storageKey}`].sort(),
    );
  });

  it('cuts the response off when a stored file is missing, so the ZIP is never mistaken for complete', async () => {
    const present = await stored(randomBytes(1024), 'da.pdf', MediaType.Pdf);
    entries = () => [
      { path: 'da.pdf', file: present },
      { path: 'weg.pdf', file: { ...present, storageKey: randomUUID() } },
    ];
    const response = await fetch(`${baseUrl}/zip`);
    expect(response.status).toBe(200);
    await expect(response.arrayBuffer()).rejects.toThrow();
    expect(storage.streams.every((stream) => stream.destroyed)).toBe(true);
  });
});
