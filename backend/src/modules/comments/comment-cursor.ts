import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';

/** Position in a list ordered by (created_at, id), oldest first. */
export interface ThreadPosition {
  createdAt: Date;
  id: string;
}

export function encodeThreadCursor(position: ThreadPosition): string {
  return encodeKeysetCursor({ time: position.createdAt, id: position.id });
}

export function decodeThreadCursor(cursor: string): ThreadPosition {
  const { time, id } = decodeKeysetCursor(cursor);
  return { createdAt: time, id };
}
