import { Injectable, Logger } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { PDFDocument } from 'pdf-lib';
import sharp from 'sharp';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { makeWorkDir } from '../../core/storage/work-dir';

const run = promisify(execFile);
/** pdftoppm is CPU-heavy: at most this many at once per instance. */
const PARALLEL = 2;

/** Where the trim box lies in the rendered media box, as fractions of its width and height. */
interface TrimFraction {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Renders a page of a PDF to PNG with poppler's `pdftoppm`, then sharp. By default the media box
 * (so bleed shows: template previews, where the zones are placed); with `trim` the finished size
 * only (social media images have no bleed), still `width` pixels wide.
 */
@Injectable()
export class KitRasteriser {
  private readonly logger = new Logger(KitRasteriser.name);
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async pagePng(
    pdf: Uint8Array,
    page: number,
    width: number,
    options: { trim?: boolean } = {},
  ): Promise<Buffer> {
    const trim = options.trim ? await trimFraction(pdf, page) : null;
    // Rendered wider by the bleed, so that the trimmed image is `width` wide.
    const renderWidth = trim ? Math.round(width / trim.width) : width;
    await this.acquire();
    const dir = await makeWorkDir('kit');
    try {
      const input = join(dir, 'in.pdf');
      await writeFile(input, pdf);
      await run(
        'pdftoppm',
        [
          '-png',
          '-f',
          String(page),
          '-l',
          String(page),
          '-singlefile',
          '-scale-to-x',
          String(renderWidth),
          '-scale-to-y',
          '-1',
          input,
          join(dir, 'out'),
        ],
        { timeout: 60_000 },
      );
      const raw = await readFile(join(dir, 'out.png'));
      let image = sharp(raw);
      if (trim) {
        const size = await image.metadata();
        image = sharp(raw).extract(cropOf(trim, size.width ?? renderWidth, size.height ?? 0, width));
      }
      return await image.png({ compressionLevel: 8 }).toBuffer();
    } catch (error) {
      // Poppler missing, timed out or unable to render: never a 500, and the cause goes to the log.
      this.logger.warn({ message: String(error) }, 'Page could not be rendered');
      throw new DomainError(
        ErrorCode.ServiceUnavailable,
        'Die Seite konnte gerade nicht als Bild erstellt werden.',
      );
    } finally {
      await rm(dir, { recursive: true, force: true });
      this.release();
    }
  }

  private async acquire(): Promise<void> {
    if (this.running < PARALLEL) {
      this.running++;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  private release(): void {
    const next = this.waiting.shift();
    if (next) next();
    else this.running--;
  }
}

/** The trim box of the page within its media box; null when they are the same (no bleed) or unreadable. */
async function trimFraction(pdf: Uint8Array, pageNumber: number): Promise<TrimFraction | null> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false }).catch(() => null);
  const page = document?.getPages()[pageNumber - 1];
  if (!page) return null;
  const media = page.getMediaBox();
  const trim = page.getTrimBox();
  const left = Math.max(0, trim.x - media.x);
  const bottom = Math.max(0, trim.y - media.y);
  const width = Math.min(trim.width, media.width - left);
  const height = Math.min(trim.height, media.height - bottom);
  if (width <= 0 || height <= 0 || (width === media.width && height === media.height)) return null;
  return {
    left: left / media.width,
    // PDF y grows upwards, image rows downwards.
    top: (media.height - bottom - height) / media.height,
    width: width / media.width,
    height: height / media.height,
  };
}

/** The pixel rectangle of the trim box in the rendered image, kept inside it. */
function cropOf(trim: TrimFraction, imageWidth: number, imageHeight: number, width: number) {
  const left = Math.min(Math.round(trim.left * imageWidth), imageWidth - 1);
  const top = Math.min(Math.round(trim.top * imageHeight), imageHeight - 1);
  return {
    left,
    top,
    width: Math.min(width, imageWidth - left),
    height: Math.min(Math.round(trim.height * imageHeight), imageHeight - top),
  };
}
