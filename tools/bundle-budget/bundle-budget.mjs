// Bundle budgets the build enforces (issue 8), measured as a browser receives them (gzip):
// initial JavaScript ≤ 250 kB, any lazy chunk ≤ 150 kB. Angular's own budgets count raw bytes only.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';

export const INITIAL_MAX_BYTES = 250 * 1000;
export const LAZY_MAX_BYTES = 150 * 1000;

/** Static imports of an ES module (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
function staticImports(code) {
  return [
    ...code.matchAll(/(?:\bimport|\bexport)\s*(?:[\w$*{}\s,]*?\bfrom\s*)?["']\.\/([^"']+\.js)["']/g),
  ].map((match) => match[1]);
}

/** Initial = what index.html loads at once and everything those modules import statically. */
async function initialFiles(browserDir, indexHtml) {
  const pending = [...indexHtml.matchAll(/<script[^>]*\bsrc="([^"]+\.js)"/g)].map((match) => match[1]);
  const files = new Set();
  while (pending.length) {
    const name = pending.pop();
    if (files.has(name)) continue;
    files.add(name);
    pending.push(...staticImports(await readFile(join(browserDir, name), 'utf8')));
  }
  return files;
}

/** Sizes of every JavaScript file of a built app (gzip level 9) and the budget violations. */
export async function checkBudgets(browserDir) {
  const initial = await initialFiles(browserDir, await readFile(join(browserDir, 'index.html'), 'utf8'));
  const chunks = [];
  for (const name of (await readdir(browserDir)).filter((file) => file.endsWith('.js'))) {
    const gzip = gzipSync(await readFile(join(browserDir, name)), { level: 9 }).length;
    chunks.push({ name, gzip, initial: initial.has(name) });
  }
  const initialBytes = chunks.filter((chunk) => chunk.initial).reduce((sum, chunk) => sum + chunk.gzip, 0);
  const largestLazy = chunks.filter((chunk) => !chunk.initial).sort((a, b) => b.gzip - a.gzip)[0];
  const violations = [];
  if (initialBytes > INITIAL_MAX_BYTES)
    violations.push(`Initiales JavaScript ${kB(initialBytes)} gzip > ${kB(INITIAL_MAX_BYTES)}`);
  for (const chunk of chunks.filter((c) => !c.initial && c.gzip > LAZY_MAX_BYTES))
    violations.push(`Nachgeladener Teil ${chunk.name} ${kB(chunk.gzip)} gzip > ${kB(LAZY_MAX_BYTES)}`);
  const initialNames = chunks
    .filter((chunk) => chunk.initial)
    .map((chunk) => chunk.name)
    .sort();
  return { initial: initialNames, initialBytes, largestLazy, chunkCount: chunks.length, violations };
}

export function kB(bytes) {
  return `${(bytes / 1000).toLocaleString('de-DE', { maximumFractionDigits: 1 })} kB`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const dir = process.argv[2] ?? 'dist/frontend/browser';
  const result = await checkBudgets(dir);
  console.log(
    `Initiales JavaScript: ${kB(result.initialBytes)} gzip (Budget ${kB(INITIAL_MAX_BYTES)}); ` +
      `größter nachgeladener Teil: ${result.largestLazy ? `${result.largestLazy.name} ${kB(result.largestLazy.gzip)}` : '–'} ` +
      `(Budget ${kB(LAZY_MAX_BYTES)}); ${result.chunkCount} Dateien.`,
  );
  for (const violation of result.violations) console.error(`Budget überschritten: ${violation}`);
  process.exit(result.violations.length ? 1 : 0);
}
