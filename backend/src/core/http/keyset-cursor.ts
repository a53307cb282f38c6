import { DomainError, ErrorCode } from './domain-error';

/** A place in a list ordered by (time, id) — the tiebreaker makes the order total. */
export interface KeysetPosition {
  time: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * The opaque `cursor` of every keyset-paged list: stable under inserts, and each page is one
 * index range scan. base64url of `<ISO time>|<uuid>`.
 */
export function encodeKeysetCursor(position: KeysetPosition): string {
  return Buffer.from(`${position.time.toISOString()}|${position.id}`).toString('base64url');
}

/** A forged or damaged cursor is a German 400 on the `cursor` field, never a 500. */
export function decodeKeysetCursor(cursor: string): KeysetPosition {
  const [text, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const time = new Date(text ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(time.getTime())) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      cursor: ['Ungültige Position in der Liste.'],
    });
  }
  return { time, id };
}
