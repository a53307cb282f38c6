import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';

/** Position in a list ordered by (created_at, id), newest first. */
export interface ListPosition {
  createdAt: Date;
  id: string;
}

export function encodeListCursor(position: ListPosition): string {
  return encodeKeysetCursor({ time: position.createdAt, id: position.id });
}

export function decodeListCursor(cursor: string): ListPosition {
  const { time, id } = decodeKeysetCursor(cursor);
  return { createdAt: time, id };
}
