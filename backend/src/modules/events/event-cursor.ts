import { decodeKeysetCursor, encodeKeysetCursor } from '../../core/http/keyset-cursor';

/** Position in a list ordered by (starts_at, id). */
export interface EventPosition {
  startsAt: Date;
  id: string;
}

export function encodeEventCursor(position: EventPosition): string {
  return encodeKeysetCursor({ time: position.startsAt, id: position.id });
}

export function decodeEventCursor(cursor: string): EventPosition {
  const { time, id } = decodeKeysetCursor(cursor);
  return { startsAt: time, id };
}
