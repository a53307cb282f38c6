import { execFile } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { MediaType } from '../../../core/storage/media-types';
import { OFFICE_MEDIA_TYPES, officeText } from './office-text';
import { ZipUnreadable } from './zip-reader';
import { makeWorkDir } from '../../../core/storage/work-dir';

/** Limits: files above MAX_BYTES are not read; text is cut at MAX_CHARS; pdftotext gets TIMEOUT_MS. */
export const EXTRACTION_LIMITS = {
  maxBytes: 50 * 1024 * 1024,
  maxChars: 400_000,
  timeoutMs: 30_000,
  pdfPages: 300,
};

export type Extraction =
  { status: 'done'; text: string } | { status: 'no-text' | 'unsupported' | 'failed'; detail: string };

const PLAIN = new Set<string>([MediaType.Text, MediaType.Csv, 'text/markdown']);

/** Reads the text of one file. Never throws for a bad file: the result says what happened. */
export async function extractText(
  content: () => Promise<Readable>,
  mediaType: string,
  size: number,
): Promise<Extraction> {
  const supported = mediaType === MediaType.Pdf || OFFICE_MEDIA_TYPES.has(mediaType) || PLAIN.has(mediaType);
  if (!supported) return { status: 'unsupported', detail: `Kein Text in ${mediaType}` };
  if (size > EXTRACTION_LIMITS.maxBytes)
    return { status: 'unsupported', detail: 'Datei zu groß für die Textsuche' };
  const dir = await makeWorkDir('extract');
  try {
    const path = join(dir, 'source');
    await pipeline(await content(), createWriteStream(path));
    const text =
      mediaType === MediaType.Pdf
        ? await pdfText(path)
        : OFFICE_MEDIA_TYPES.has(mediaType)
          ? officeText(await readFile(path), mediaType, EXTRACTION_LIMITS.maxChars)
          : (await readFile(path, 'utf8')).slice(0, EXTRACTION_LIMITS.maxChars);
    const clean = text
      .replaceAll(String.fromCharCode(0), '') // PostgreSQL text cannot hold NUL
      .replace(/[ \t]+/g, ' ')
      .trim();
    if (!/[\p{L}\p{N}]/u.test(clean))
      return {
        status: 'no-text',
        detail: mediaType === MediaType.Pdf ? 'PDF ohne Textebene (gescannt?)' : 'Kein Text',
      };
    return { status: 'done', text: clean.slice(0, EXTRACTION_LIMITS.maxChars) };
  } catch (error) {
    if (error instanceof ZipUnreadable) return { status: 'failed', detail: error.message };
    if (error instanceof PdfUnreadable) return { status: 'failed', detail: error.message };
    throw error;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

class PdfUnreadable extends Error {}

function pdfText(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(
      'pdftotext',
      ['-q', '-enc', 'UTF-8', '-l', String(EXTRACTION_LIMITS.pdfPages), path, '-'],
      { timeout: EXTRACTION_LIMITS.timeoutMs, maxBuffer: EXTRACTION_LIMITS.maxChars * 4, encoding: 'utf8' },
      (error, stdout) => {
        if (error) {
          const spawnFailed = (error as NodeJS.ErrnoException).code === 'ENOENT';
          // A missing program is the installation's problem (retry later), a broken PDF the file's.
          if (spawnFailed) reject(error);
          else if ((error as { killed?: boolean }).killed)
            reject(new PdfUnreadable('Zeitlimit überschritten'));
          else if (stdout) resolve(stdout);
          else reject(new PdfUnreadable('PDF nicht lesbar'));
          return;
        }
        resolve(stdout);
      },
    );
  });
}
