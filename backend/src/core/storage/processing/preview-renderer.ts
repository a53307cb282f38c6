import type { FilePreviewSize } from '@portal/contracts';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp, { type SharpOptions } from 'sharp';
import { MediaType } from '../media-types';
import { PREVIEW_SIZES, PREVIEW_WIDTHS } from './preview-keys';

const run = promisify(execFile);

/** The file cannot be rendered (corrupt, unsupported): retrying will not help. */
export class PreviewUnrenderable extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PreviewUnrenderable';
  }
}

/** Decoding limits: a decompression bomb fails instead of eating the memory. */
const MAX_INPUT_PIXELS = 100_000_000;
const PDF_TIMEOUT_MS = 60_000;
/** SVG is rasterised at a density that gives the large preview's width (within libvips' limits). */
const MAX_SVG_DENSITY = 2400;

/**
 * Renders the thumbnail (~400 px) and the large preview (~1600 px) of a file as WebP. `source`
 * is a local copy of the file; `workDir` an empty temporary directory owned by the caller.
 */
export async function renderPreviews(
  mediaType: string,
  source: string,
  workDir: string,
): Promise<Record<FilePreviewSize, Buffer>> {
  try {
    const input = mediaType === MediaType.Pdf ? await rasterisePdf(source, workDir) : source;
    const options: SharpOptions = { limitInputPixels: MAX_INPUT_PIXELS, animated: false };
    if (mediaType === MediaType.Svg) options.density = await svgDensity(source);
    const result = {} as Record<FilePreviewSize, Buffer>;
    for (const size of PREVIEW_SIZES) {
      result[size] = await sharp(input, options)
        .rotate() // EXIF orientation
        .resize({ width: PREVIEW_WIDTHS[size], withoutEnlargement: true })
        .flatten(mediaType === MediaType.Pdf ? { background: '#ffffff' } : false)
        .webp({ quality: 82 })
        .toBuffer();
    }
    return result;
  } catch (error) {
    if (error instanceof PreviewUnrenderable) throw error;
    throw new PreviewUnrenderable(error instanceof Error ? error.message : String(error));
  }
}

async function svgDensity(source: string): Promise<number> {
  const { width } = await sharp(source, { limitInputPixels: MAX_INPUT_PIXELS }).metadata();
  if (!width) return 72;
  return Math.max(1, Math.min(MAX_SVG_DENSITY, (72 * PREVIEW_WIDTHS.large) / width));
}

/** Page 1 of a PDF as PNG with poppler's pdftoppm, its long side at the large preview's width. */
async function rasterisePdf(source: string, workDir: string): Promise<string> {
  const prefix = join(workDir, 'page');
  try {
    await run(
      'pdftoppm',
      [
        '-f',
        '1',
        '-l',
        '1',
        '-singlefile',
        '-png',
        '-r',
        '150',
        '-scale-to',
        String(PREVIEW_WIDTHS.large),
        source,
        prefix,
      ],
      { timeout: PDF_TIMEOUT_MS, maxBuffer: 1024 * 1024 },
    );
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr?.trim();
    throw new PreviewUnrenderable(`pdftoppm failed${stderr ? `: ${stderr.slice(0, 300)}` : ''}`);
  }
  return `${prefix}.png`;
}
