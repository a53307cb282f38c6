/** An inclusive byte range of a file, as in `Content-Range: bytes start-end/size`. */
export interface ByteRange {
  start: number;
  end: number;
}

/**
 * What a `Range` header asks of a file of `size` bytes (RFC 9110 §14.1.2):
 * - `none`: no range, a malformed one or several ranges — answer 200 with the whole file (allowed
 *   for multiple ranges, and it spares us multipart/byteranges);
 * - `range`: one satisfiable range, clamped to the file — answer 206;
 * - `unsatisfiable`: the range starts beyond the end — answer 416.
 */
export type RangeRequest = { kind: 'none' } | { kind: 'range'; range: ByteRange } | { kind: 'unsatisfiable' };

const SINGLE = /^bytes[ \t]*=[ \t]*(\d*)[ \t]*-[ \t]*(\d*)[ \t]*$/i;

export function parseRange(header: string | undefined, size: number): RangeRequest {
  if (!header) return { kind: 'none' };
  const match = SINGLE.exec(header);
  if (!match) return { kind: 'none' };
  const [, first = '', last = ''] = match;
  if (first === '' && last === '') return { kind: 'none' };
  if (first === '') {
    // Suffix range `-n`: the last n bytes.
    const length = Number(last);
    if (!Number.isSafeInteger(length)) return { kind: 'none' };
    if (length === 0 || size === 0) return { kind: 'unsatisfiable' };
    return { kind: 'range', range: { start: Math.max(0, size - length), end: size - 1 } };
  }
  const start = Number(first);
  const end = last === '' ? Infinity : Number(last);
  if (!Number.isSafeInteger(start) || !(end === Infinity || Number.isSafeInteger(end)) || end < start)
    return { kind: 'none' };
  if (start >= size) return { kind: 'unsatisfiable' };
  return { kind: 'range', range: { start, end: Math.min(end, size - 1) } };
}

/** `If-None-Match`/`If-Match` lists: `*` or entity tags, weak ones marked `W/`. */
export function entityTags(header: string | undefined): string[] | '*' {
  if (!header) return [];
  if (header.trim() === '*') return '*';
  return header.match(/(?:W\/)?"[^"]*"/g) ?? [];
}

/** Weak comparison (for `If-None-Match`): the opaque tags are equal, `W/` ignored. */
export function weakMatch(header: string | undefined, etag: string): boolean {
  const tags = entityTags(header);
  if (tags === '*') return true;
  return tags.some((tag) => tag.replace(/^W\//, '') === etag);
}

/** HTTP dates have one-second precision; compare on that. */
export function httpSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}
