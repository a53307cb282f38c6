import { DomainError, ErrorCode } from '../../core/http/domain-error';

/** A place in the directory, which is ordered by (name, id). */
export interface NamePosition {
  name: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Opaque `cursor`: base64url of `<uuid>|<name>` (the name may contain `|`, the id cannot). */
export function encodeNameCursor(position: NamePosition): string {
  return Buffer.from(`${position.id}|${position.name}`).toString('base64url');
}

/** A forged or damaged cursor is a German 400 on the `cursor` field, never a 500. */
export function decodeNameCursor(cursor: string): NamePosition {
  const text = Buffer.from(cursor, 'base64url').toString('utf8');
  const separator = text.indexOf('|');
  const id = text.slice(0, separator);
  const name = text.slice(separator + 1);
  if (separator < 0 || !UUID.test(id) || name === '') {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      cursor: ['Ungültige Position in der Liste.'],
    });
  }
  return { id, name };
}
