import { DomainError, ErrorCode } from '../../core/http/domain-error';

/** A place in the practice list: the sort count (0 for „neueste“), publication time and id. */
export interface PracticePosition {
  count: number;
  publishedAt: Date;
  id: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export function encodePracticeCursor(position: PracticePosition): string {
  return Buffer.from(`${position.count}|${position.publishedAt.toISOString()}|${position.id}`).toString(
    'base64url',
  );
}

/** A forged or damaged cursor is a German 400 on the `cursor` field, never a 500. */
export function decodePracticeCursor(cursor: string): PracticePosition {
  const [count, time, id] = Buffer.from(cursor, 'base64url').toString('utf8').split('|');
  const publishedAt = new Date(time ?? '');
  if (!id || !UUID.test(id) || !/^\d{1,9}$/.test(count ?? '') || Number.isNaN(publishedAt.getTime())) {
    throw new DomainError(ErrorCode.ValidationFailed, undefined, {
      cursor: ['Ungültige Position in der Liste.'],
    });
  }
  return { count: Number(count), publishedAt, id };
}
