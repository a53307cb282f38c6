import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';

/** Position in a list ordered by (published_at, id), newest first. */
export interface FeedPosition {
  publishedAt: Date;
  id: string;
}

export function encodeCursor(position: FeedPosition): string {
  return encodeKeysetCursor({ time: position.publishedAt, id: position.id });
}

export function decodeCursor(cursor: string): FeedPosition {
  const { time, id } = decodeKeysetCursor(cursor);
  return { publishedAt: time, id };
}
