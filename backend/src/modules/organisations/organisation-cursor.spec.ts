import { DomainError } from '../../core/http/domain-error';
import { decodeNameCursor, encodeNameCursor } from './organisation-cursor';

describe('directory cursor', () => {
  it('round-trips names with separators and umlauts', () => {
    const position = { id: '6f1c2d3e-0000-4000-8000-000000000000', name: 'Stadt A|B – Ärzte' };
    expect(decodeNameCursor(encodeNameCursor(position))).toEqual(position);
  });

  it.each(['', 'abc', Buffer.from('not-a-uuid|Name').toString('base64url')])(
    'rejects %p as a 400',
    (cursor) => {
      expect(() => decodeNameCursor(cursor)).toThrow(DomainError);
    },
  );
});
