import { PreparedReads } from './prepared-reads';

describe('PreparedReads', () => {
  let reads: PreparedReads;
  let query: jest.SpyInstance;

  beforeEach(() => {
    // The pool connects lazily: with its query replaced, no database is needed.
    reads = new PreparedReads('postgres://nobody@127.0.0.1:1/none', 2);
    query = jest.spyOn(reads.pool, 'query').mockResolvedValue({ rows: [{ n: 1 }] } as never);
  });
  afterEach(() => reads.onApplicationShutdown());

  it('runs one text under one stable name, another text under another', async () => {
    expect(await reads.rows('SELECT 1 AS n', [])).toEqual([{ n: 1 }]);
    await reads.rows('SELECT 1 AS n', []);
    await reads.rows('SELECT 2 AS n', []);
    const names = query.mock.calls.map(([config]) => (config as { name: string }).name);
    expect(names[0]).toMatch(/^r_[0-9a-f]{24}$/);
    expect(names[1]).toBe(names[0]);
    expect(names[2]).not.toBe(names[0]);
  });

  it('stops preparing new texts past its cap (each costs a plan per connection)', async () => {
    for (let i = 0; i < 200; i++) await reads.rows(`SELECT ${i}`, []);
    await reads.rows('SELECT 200', [7]);
    expect(query).toHaveBeenLastCalledWith('SELECT 200', [7]);
    await reads.rows('SELECT 0', []);
    expect(query).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'SELECT 0' }));
  });
});
