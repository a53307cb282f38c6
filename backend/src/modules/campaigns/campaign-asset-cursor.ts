import type { AssetSort } from '@portal/contracts';
import { DomainError, ErrorCode } from '../../core/http/domain-error';

/** Position in the gallery: the sort value (ISO time or title) and the id as tiebreaker. */
export interface AssetPosition {
  sort: AssetSort;
  value: string;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** base64url of JSON `[sort, value, id]`; opaque for clients. */
export function encodeAssetCursor(position: AssetPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.value, position.id])).toString('base64url');
}

/** A cursor of another sort order, forged or damaged is a German 400, never a 500. */
export function decodeAssetCursor(cursor: string, sort: AssetSort): AssetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    parsed = null;
  }
  const [cursorSort, value, id] = Array.isArray(parsed) ? (parsed as unknown[]) : [];
  const valid =
    cursorSort === sort &&
    typeof value === 'string' &&
    typeof id === 'string' &&
    UUID.test(id) &&
    (sort === 'title' || !Number.isNaN(Date.parse(value)));
  if (!valid) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      cursor: ['Ungültige Position in der Liste.'],
    });
  }
  return { sort, value: value as string, id: id as string };
}
