import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EXECUTABLES, FIXTURES, zip } from '../../../test/support/file-fixtures';
import { DETECTION_HEAD_BYTES, detectMediaType, judgeUpload } from './media-type-detector';
import { ALL_MEDIA_TYPES, EXTENSION_MEDIA_TYPES, MediaType } from './media-types';
import { readZipEntryNames } from './zip-entries';

let directory: string;
beforeAll(async () => (directory = await mkdtemp(join(tmpdir(), 'detector-'))));
afterAll(() => rm(directory, { recursive: true, force: true }));

/** Detects like the upload receiver: head bytes plus, for ZIPs, the central directory. */
async function detect(content: Buffer) {
  const path = join(directory, `f${Math.random()}`);
  await writeFile(path, content);
  const isZip = content.subarray(0, 4).toString('latin1') === 'PK\x03\x04';
  const entries = isZip ? await readZipEntryNames(path, content.length) : null;
  return detectMediaType(content.subarray(0, DETECTION_HEAD_BYTES), entries);
}

async function judge(content: Buffer, name: string, allowed = ALL_MEDIA_TYPES) {
  return judgeUpload(await detect(content), name, allowed);
}

describe('media type detection', () => {
  it.each(Object.entries(FIXTURES))(
    'recognises %s by its content and accepts its extension',
    async (ext, content) => {
      const verdict = await judge(content, `Datei.${ext}`);
      expect(verdict).toEqual({ ok: true, mediaType: EXTENSION_MEDIA_TYPES[ext] });
    },
  );

  it('accepts both spellings of JPEG and upper-case extensions', async () => {
    expect(await judge(FIXTURES.jpeg, 'foto.JPG')).toEqual({ ok: true, mediaType: MediaType.Jpeg });
    expect(await judge(FIXTURES.jpeg, 'foto.jpeg')).toEqual({ ok: true, mediaType: MediaType.Jpeg });
  });

  it.each(Object.entries(EXECUTABLES))('refuses the program %s under any name', async (_kind, content) => {
    for (const name of ['bericht.pdf', 'notiz.txt', 'programm.exe', 'tabelle.docx']) {
      expect(await judge(content, name)).toEqual({ ok: false, reason: 'executable' });
    }
  });

  it('refuses content that does not match the extension', async () => {
    expect(await judge(FIXTURES.png, 'bild.pdf')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await judge(FIXTURES.pdf, 'bericht.png')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await judge(FIXTURES.docx, 'text.odt')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await judge(FIXTURES.xlsx, 'tabelle.docx')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await judge(FIXTURES.txt, 'bild.svg')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await judge(FIXTURES.svg, 'bild.png')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await judge(FIXTURES.pdf, 'ohne-endung')).toEqual({ ok: false, reason: 'mismatch' });
    expect(await judge(FIXTURES.txt, 'seite.html')).toEqual({ ok: false, reason: 'mismatch' });
  });

  it('refuses what it does not recognise: binary data, plain ZIPs, QuickTime', async () => {
    expect(await judge(Buffer.from([0, 1, 2, 3, 4, 5]), 'daten.txt')).toEqual({
      ok: false,
      reason: 'unknown',
    });
    const plainZip = zip([{ name: 'a.txt', data: 'a' }]);
    expect(await judge(plainZip, 'archiv.docx')).toEqual({ ok: false, reason: 'unknown' });
    const quicktime = Buffer.concat([Buffer.from([0, 0, 0, 0x14]), Buffer.from('ftypqt  \0\0\0\0qt  ')]);
    expect(await judge(quicktime, 'film.mp4')).toEqual({ ok: false, reason: 'unknown' });
  });

  it('applies the caller’s allow-list after the content check', async () => {
    const images = [MediaType.Png, MediaType.Jpeg, MediaType.Webp];
    expect(await judge(FIXTURES.png, 'bild.png', images)).toEqual({ ok: true, mediaType: MediaType.Png });
    expect(await judge(FIXTURES.gif, 'bild.gif', images)).toEqual({ ok: false, reason: 'not-allowed' });
    expect(await judge(FIXTURES.pdf, 'bericht.pdf', images)).toEqual({ ok: false, reason: 'not-allowed' });
  });

  it('tells SVG from other XML and text', async () => {
    expect(await detect(Buffer.from('<svg viewBox="0 0 1 1"/>'))).toEqual({
      kind: 'type',
      mediaType: MediaType.Svg,
    });
    expect(await detect(Buffer.from('<?xml version="1.0"?><note/>'))).toEqual({ kind: 'text' });
    expect(await detect(Buffer.from('<svgfoo/>'))).toEqual({ kind: 'text' });
  });

  it('accepts office files with ordinary embedded parts', async () => {
    const withMedia = zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'word/document.xml', data: '<document/>' },
      { name: 'word/media/image1.png', data: FIXTURES.png },
      { name: 'word/embeddings/oleObject1.bin', data: Buffer.from([0xd0, 0xcf, 0x11, 0xe0]) },
      { name: 'word/embeddings/Tabelle.xlsx', data: FIXTURES.xlsx },
    ]);
    expect(await judge(withMedia, 'bericht.docx')).toEqual({ ok: true, mediaType: MediaType.Docx });
  });

  it('refuses programs and scripts inside an archive by their names', async () => {
    for (const inner of [
      'tools/setup.EXE',
      'a/b/run.bat',
      'x.vbs',
      'lib/evil.jar',
      'Foo.app/Contents/MacOS/foo',
    ]) {
      const archive = zip([
        { name: '[Content_Types].xml', data: '<Types/>' },
        { name: 'ppt/presentation.xml', data: '<presentation/>' },
        { name: inner, data: 'x' },
      ]);
      expect(await judge(archive, 'folien.pptx')).toEqual({ ok: false, reason: 'executable' });
    }
  });

  it('reads no entries from a damaged ZIP', async () => {
    const path = join(directory, 'broken.zip');
    await writeFile(path, Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), Buffer.alloc(40)]));
    expect(await readZipEntryNames(path, 44)).toBeNull();
  });
});
