import { sanitizeFileName } from './file-name';

const MAX_DEPTH = 8;

/**
 * A safe path inside a ZIP: every segment sanitised like an uploaded file name (no control
 * characters, nothing hidden, no `.`/`..`), forward slashes only, never absolute.
 */
export function sanitizeZipPath(raw: string): string {
  const segments = raw
    .split(/[/\\]+/)
    .map((segment) => segment.trim())
    .filter((segment) => segment !== '' && segment !== '.' && segment !== '..')
    .map((segment) => sanitizeFileName(segment));
  // Deep folder chains are no use to anyone: keep the last levels.
  return segments.slice(-MAX_DEPTH).join('/') || sanitizeFileName('');
}

/**
 * Hands out each path once: a second „Plakat.pdf“ becomes „Plakat (2).pdf“. Case is ignored, as
 * Windows and macOS would overwrite one file with the other when unpacking.
 */
export class ZipEntryNames {
  private readonly taken = new Set<string>();

  take(raw: string): string {
    const path = sanitizeZipPath(raw);
    const slash = path.lastIndexOf('/');
    const folder = path.slice(0, slash + 1);
    const name = path.slice(slash + 1);
    const dot = name.lastIndexOf('.');
    const [stem, extension] = dot > 0 ? [name.slice(0, dot), name.slice(dot)] : [name, ''];
    let candidate = path;
    for (let n = 2; this.taken.has(candidate.toLowerCase()); n++) {
      candidate = `${folder}${stem} (${n})${extension}`;
    }
    this.taken.add(candidate.toLowerCase());
    return candidate;
  }
}
