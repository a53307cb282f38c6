import { Injectable, Logger } from '@nestjs/common';
import { execFile } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import sharp from 'sharp';
import { DomainError, ErrorCode } from '../../core/http/domain-error';
import { makeWorkDir } from '../../core/storage/work-dir';

const run = promisify(execFile);
/** pdftoppm is CPU-heavy: at most this many at once per instance. */
const PARALLEL = 2;

/** Renders a page of a PDF to PNG with poppler's `pdftoppm` (media box, so bleed shows), then sharp. */
@Injectable()
export class KitRasteriser {
  private readonly logger = new Logger(KitRasteriser.name);
  private running = 0;
  private readonly waiting: (() => void)[] = [];

  async pagePng(pdf: Uint8Array, page: number, width: number): Promise<Buffer> {
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
          String(width),
          '-scale-to-y',
          '-1',
          input,
          join(dir, 'out'),
        ],
        { timeout: 60_000 },
      );
      const raw = await readFile(join(dir, 'out.png'));
      return await sharp(raw).png({ compressionLevel: 8 }).toBuffer();
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
