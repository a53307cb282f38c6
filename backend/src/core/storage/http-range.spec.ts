import { entityTags, parseRange, weakMatch } from './http-range';

describe('parseRange', () => {
  const size = 1000;

  it.each([
    ['bytes=0-99', { start: 0, end: 99 }],
    ['bytes=500-', { start: 500, end: 999 }],
    ['bytes=-100', { start: 900, end: 999 }],
    ['bytes=-5000', { start: 0, end: 999 }],
    ['bytes=900-5000', { start: 900, end: 999 }],
    ['bytes=999-999', { start: 999, end: 999 }],
    ['BYTES = 10 - 20', { start: 10, end: 20 }],
  ])('%s → one range', (header, range) => {
    expect(parseRange(header, size)).toEqual({ kind: 'range', range });
  });

  it.each(['bytes=1000-', 'bytes=1000-1100', 'bytes=-0'])('%s → unsatisfiable', (header) => {
    expect(parseRange(header, size)).toEqual({ kind: 'unsatisfiable' });
  });

  it('finds nothing satisfiable in an empty file', () => {
    expect(parseRange('bytes=0-', 0)).toEqual({ kind: 'unsatisfiable' });
    expect(parseRange('bytes=-10', 0)).toEqual({ kind: 'unsatisfiable' });
  });

  it.each([
    undefined,
    '',
    'bytes=',
    'bytes=-',
    'bytes=20-10',
    'bytes=a-b',
    'items=0-10',
    'bytes=0-10,20-30', // several ranges: the whole file (RFC 9110 allows ignoring Range)
    'bytes=0-99999999999999999999',
  ])('%s → the whole file', (header) => {
    expect(parseRange(header, size)).toEqual({ kind: 'none' });
  });
});

describe('entity tags', () => {
  const etag = '"abc"';

  it('reads lists and the wildcard', () => {
    expect(entityTags('"a", W/"b" ,"c"')).toEqual(['"a"', 'W/"b"', '"c"']);
    expect(entityTags(' * ')).toBe('*');
    expect(entityTags(undefined)).toEqual([]);
  });

  it('compares weakly for If-None-Match', () => {
    expect(weakMatch('"x", "abc"', etag)).toBe(true);
    expect(weakMatch('W/"abc"', etag)).toBe(true);
    expect(weakMatch('*', etag)).toBe(true);
    expect(weakMatch('"abcd"', etag)).toBe(false);
    expect(weakMatch('abc', etag)).toBe(false);
  });
});
