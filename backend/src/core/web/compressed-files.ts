import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { NextFunction, Request, RequestHandler, Response } from 'express';

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

/** Text formats worth compressing; images and fonts of the build are compressed already. */
const COMPRESSIBLE: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
};
/** Below this, the encoded response would hardly be smaller than the headers it adds. */
const MIN_BYTES = 1024;
/** The build's bundles are well below this; anything larger is left to express.static. */
const MAX_BYTES = 8 * 1024 ** 2;

type Encoding = 'br' | 'gzip';

interface Entry {
  type: string;
  cacheControl: string;
  encoded: Partial<Record<Encoding, { body: Buffer; etag: string }>>;
}

/**
 * The built frontend's text files (JavaScript, CSS, SVG), compressed once per start of the
 * backend and kept in memory: brotli and gzip for browsers that accept them, identity stays with
 * express.static. Compression runs in the background (zlib's thread pool, one file at a time);
 * until a file is ready it is served uncompressed. API responses are never touched.
 */
export class CompressedFiles {
  private readonly entries = new Map<string, Entry>();
  /** Resolves when every file has both encodings (tests and the start-up log wait for it). */
  readonly ready: Promise<void>;

  constructor(
    private readonly root: string,
    private readonly cacheControl: (path: string) => string,
  ) {
    this.ready = this.compressAll();
  }

  /** Serves `request.path` pre-compressed when the browser accepts br or gzip; else next(). */
  handler(): RequestHandler {
    return (request: Request, response: Response, next: NextFunction) => {
      if (request.method !== 'GET' && request.method !== 'HEAD') return next();
      const entry = this.entries.get(request.path);
      if (!entry) return next();
      const encoding = this.pick(request, entry);
      // Every answer for this URL depends on Accept-Encoding, also the identity one.
      response.vary('Accept-Encoding');
      if (!encoding) return next();
      const { body, etag } = entry.encoded[encoding] as { body: Buffer; etag: string };
      response.status(200);
      response.setHeader('Content-Type', entry.type);
      response.setHeader('Content-Encoding', encoding);
      response.setHeader('Cache-Control', entry.cacheControl);
      response.setHeader('ETag', etag);
      if (request.fresh) {
        response.status(304).end();
        return;
      }
      response.setHeader('Content-Length', String(body.length));
      if (request.method === 'HEAD') response.end();
      else response.end(body);
    };
  }

  private pick(request: Request, entry: Entry): Encoding | undefined {
    // Browsers list gzip before br with equal weight; br is smaller, so it wins whenever accepted.
    if (request.acceptsEncodings('br') && entry.encoded.br) return 'br';
    if (request.acceptsEncodings('gzip') && entry.encoded.gzip) return 'gzip';
    return undefined;
  }

  private async compressAll(): Promise<void> {
    for (const file of listFiles(this.root)) {
      const type = COMPRESSIBLE[extname(file).toLowerCase()];
      if (!type) continue;
      const size = statSync(file).size;
      if (size < MIN_BYTES || size > MAX_BYTES) continue;
      const raw = readFileSync(file);
      const urlPath = `/${relative(this.root, file).split(sep).join('/')}`;
      const entry: Entry = { type, cacheControl: this.cacheControl(file), encoded: {} };
      try {
        const gz = await gzipAsync(raw, { level: 9 });
        entry.encoded.gzip = { body: gz, etag: etagOf(gz, 'gzip') };
        this.entries.set(urlPath, entry);
        const br = await brotli(raw, {
          params: {
            [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
            [constants.BROTLI_PARAM_QUALITY]: 11,
            [constants.BROTLI_PARAM_SIZE_HINT]: raw.length,
          },
        });
        entry.encoded.br = { body: br, etag: etagOf(br, 'br') };
      } catch {
        // A file that cannot be compressed is served as it is.
      }
    }
  }
}

function etagOf(body: Buffer, encoding: Encoding): string {
  return `"${createHash('sha1').update(body).digest('base64url').slice(0, 22)}-${encoding}"`;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((dirent) => {
    // Like express.static: dot-files are never served.
    if (dirent.name.startsWith('.')) return [];
    const path = join(dir, dirent.name);
    if (dirent.isDirectory()) return listFiles(path);
    return dirent.isFile() ? [path] : [];
  });
}
