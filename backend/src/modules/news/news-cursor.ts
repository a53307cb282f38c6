import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';

/** Position in a list ordered by (published_at, id), newest first. */
export interface FeedPosition {
  publishedAt: Date;
  id: string;
  /**
   * When more items are pinned than the pinned section holds: the last one it shows. Pinned items
   * after it take their normal place in the list, on every page of it.
   */
  pinnedBefore?: FeedPosition;
}

const base64url = (text: string) => Buffer.from(text).toString('base64url');

/** base64url of `<ISO time>|<uuid>`, or with a pinned boundary `<ISO time>|<uuid>|<ISO time>|<uuid>`. */
export function encodeCursor(position: FeedPosition): string {
  const at = `${position.publishedAt.toISOString()}|${position.id}`;
  const { pinnedBefore } = position;
  return pinnedBefore
    ? base64url(`${at}|${pinnedBefore.publishedAt.toISOString()}|${pinnedBefore.id}`)
    : encodeKeysetCursor({ time: position.publishedAt, id: position.id });
}

export function decodeCursor(cursor: string): FeedPosition {
  const parts = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  if (parts.length !== 4) {
    const { time, id } = decodeKeysetCursor(cursor);
    return { publishedAt: time, id };
  }
  // Each half is checked like any keyset cursor (a damaged one is a German 400).
  const at = decodeKeysetCursor(base64url(parts.slice(0, 2).join('|')));
  const before = decodeKeysetCursor(base64url(parts.slice(2).join('|')));
  return { publishedAt: at.time, id: at.id, pinnedBefore: { publishedAt: before.time, id: before.id } };
}
