import { DomainError, ErrorCode } from '../../core/http/domain-error';

export interface FeedPosition {
  publishedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Keyset cursor: stable under inserts, and each page is one index range scan. */
export function encodeCursor(position: FeedPosition): string {
  return Buffer.from(`${position.publishedAt.toISOString()}|${position.id}`).toString('base64url');
}

export function decodeCursor(cursor: string): FeedPosition {
  const [time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(time ?? '');
  if (!id || !UUID.test(id) || Number.isNaN(publishedAt.getTime())) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      cursor: ['Ungültige Position in der Liste.'],
    });
  }
  return { publishedAt, id };
}
