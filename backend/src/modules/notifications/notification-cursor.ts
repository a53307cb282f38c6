import { DomainError, ErrorCode } from '../../core/http/domain-error';

export interface ListPosition {
  createdAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keyset cursor over (created_at, id), newest first. */
export function encodeListCursor(position: ListPosition): string {
  return Buffer.from(`${position.createdAt.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeListCursor(cursor: string): ListPosition {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const createdAt = new Date(time ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(createdAt.getTime())) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      cursor: ['Ungültige Position in der Liste.'],
    });
  }
  return { createdAt, id };
}
