import { parseDirectoryQuery, sameDirectoryFilter, toDirectoryQueryParams } from './directory-query';

describe('directory query', () => {
  it('reads a shared link', () => {
    expect(parseDirectoryQuery({ land: 'Hessen', kategorie: 'Landkreis', q: ' off ' })).toEqual({
      state: 'Hessen',
      category: 'Landkreis',
      q: 'off',
    });
  });

  it('accepts „Bund“ for the national associations', () => {
    expect(parseDirectoryQuery({ land: 'Bund' }).state).toBe('Bund');
  });

  it.each([[{ land: 'Atlantis', kategorie: 'Dorf' }], [{}]])('falls back to defaults for %p', (params) => {
    const filter = parseDirectoryQuery(params);
    expect(filter.state).toBe('');
    expect(filter.category).toBe('');
  });

  it('leaves defaults out of the URL', () => {
    expect(toDirectoryQueryParams({ state: '', category: '', q: ' ' })).toEqual({
      land: null,
      kategorie: null,
      q: null,
    });
  });

  it('compares filters by value', () => {
    const filter = parseDirectoryQuery({ land: 'Hessen' });
    expect(sameDirectoryFilter(filter, { ...filter })).toBe(true);
    expect(sameDirectoryFilter(filter, { ...filter, category: 'Landkreis' })).toBe(false);
  });
});
