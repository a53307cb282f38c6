import { DomainError, ErrorCode } from '../../core/http/domain-error';

export interface EventPosition {
  startsAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keyset cursor over (starts_at, id): stable under inserts, one index range scan per page. */
export function encodeEventCursor(position: EventPosition): string {
  return Buffer.from(`${position.startsAt.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeEventCursor(cursor: string): EventPosition {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const startsAt = new Date(time ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(startsAt.getTime())) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      cursor: ['Ungültige Position in der Liste.'],
    });
  }
  return { startsAt, id };
}
