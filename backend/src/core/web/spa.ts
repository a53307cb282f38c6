import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BrowserPaths } from '@portal/contracts';
import express, { NextFunction, Request, RequestHandler, Response } from 'express';
import { CompressedFiles } from './compressed-files';

const NONCE_PLACEHOLDER = /__CSP_NONCE__/g;
/** Angular's build adds a content hash to these names, so they may be cached for a year. */
const HASHED_FILE = /-[A-Z0-9]{8,}\.(js|css|woff2?)$/;
/** Static ES imports in the minified bundles: `from"./chunk-X.js"` and `import"./chunk-X.js"`. */
const STATIC_IMPORT = /(?:\bfrom|\bimport)\s*["']\.\/([\w.-]+\.js)["']/g;

export interface SpaHandlers {
  /** Static files: need no session, so they go before the session middleware (no store read). */
  files: RequestHandler;
  /** index.html for every other browser route. */
  index: RequestHandler;
  /** Resolves when the pre-compressed copies of the static files are ready. */
  compressed: Promise<void>;
}

/**
 * Serves the built Angular app on the same origin as the API: static files (pre-compressed,
 * see CompressedFiles), and index.html (with this response's CSP nonce) for every other browser
 * route. Returns undefined when no build is present (API-only, as in the integration tests).
 */
export function spaHandlers(frontendDir: string): SpaHandlers | undefined {
  const indexPath = join(frontendDir, 'index.html');
  if (!existsSync(indexPath)) return undefined;
  const indexHtml = withAllModulePreloads(readFileSync(indexPath, 'utf8'), frontendDir);
  // With a session, the app's first request is GET /api/me (the first navigation waits for it):
  // the browser starts it with the HTML instead of after the scripts. Without one it would be a 401.
  const signedInIndexHtml = indexHtml.replace(
    '</head>',
    `<link rel="preload" href="${BrowserPaths.me}" as="fetch" crossorigin="anonymous"></head>`,
  );

  const cacheControl = (path: string) =>
    HASHED_FILE.test(path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600';
  const compressed = new CompressedFiles(frontendDir, cacheControl);
  const compressedFiles = compressed.handler();
  const staticFiles = express.static(frontendDir, {
    index: false,
    fallthrough: true,
    setHeaders: (response, path) => response.setHeader('Cache-Control', cacheControl(path)),
  });

  // API requests never look at the disk: a stat per request cost 3 % of the feed's CPU time.
  const files = (request: Request, response: Response, next: NextFunction) => {
    if (isApiPath(request.path)) return next();
    compressedFiles(request, response, () => staticFiles(request, response, next));
  };

  const index = (request: Request, response: Response, next: NextFunction) => {
    if ((request.method !== 'GET' && request.method !== 'HEAD') || isApiPath(request.path)) return next();
    response
      .status(200)
      .setHeader('Cache-Control', 'no-store')
      .type('html')
      .send(
        (request.user ? signedInIndexHtml : indexHtml).replace(
          NONCE_PLACEHOLDER,
          response.locals['cspNonce'] ?? '',
        ),
      );
  };
  return { files, index, compressed: compressed.ready };
}

/**
 * Angular's build writes at most ten `modulepreload` hints; the remaining chunks that main.js
 * imports statically were found only after main.js had arrived – a second round trip before the
 * app could start. This adds a hint for every chunk of the static import graph of the entry
 * scripts, so the browser fetches them all at once.
 */
export function withAllModulePreloads(html: string, frontendDir: string): string {
  const entries = Array.from(
    html.matchAll(/<script src="([\w.-]+\.js)" type="module"/g),
    (match) => match[1] ?? '',
  );
  const hinted = new Set(
    Array.from(html.matchAll(/<link rel="modulepreload" href="([\w.-]+\.js)">/g), (m) => m[1] ?? ''),
  );
  const seen = new Set<string>(entries);
  const queue = [...entries];
  const missing: string[] = [];
  while (queue.length) {
    const file = queue.shift() as string;
    const path = join(frontendDir, file);
    if (!existsSync(path)) continue;
    for (const [, imported = ''] of readFileSync(path, 'utf8').matchAll(STATIC_IMPORT)) {
      if (seen.has(imported)) continue;
      seen.add(imported);
      queue.push(imported);
      if (!hinted.has(imported)) missing.push(imported);
    }
  }
  const firstEntry = entries[0];
  if (!missing.length || !firstEntry) return html;
  const links = missing.map((file) => `<link rel="modulepreload" href="${file}">`).join('');
  return html.replace(`<script src="${firstEntry}"`, `${links}<script src="${firstEntry}"`);
}

function isApiPath(path: string): boolean {
  return path === '/api' || path.startsWith('/api/');
}
