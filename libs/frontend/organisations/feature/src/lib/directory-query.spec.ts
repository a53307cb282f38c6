import { parseDirectoryQuery, toDirectoryQueryParams } from './directory-query';

describe('directory query', () => {
  it('reads a shared link', () => {
    expect(parseDirectoryQuery({ land: 'Hessen', q: ' off ', seite: '2' })).toEqual({
      state: 'Hessen',
      q: 'off',
      page: 2,
    });
  });

  it('accepts „Bund“ for the national associations', () => {
    expect(parseDirectoryQuery({ land: 'Bund' }).state).toBe('Bund');
  });

  it.each([[{ land: 'Atlantis', seite: '0' }], [{ seite: '-3' }], [{ seite: 'zwei' }], [{}]])(
    'falls back to defaults for %p',
    (params) => {
      const filter = parseDirectoryQuery(params);
      expect(filter.state).toBe('');
      expect(filter.page).toBe(1);
    },
  );

  it('leaves defaults out of the URL', () => {
    expect(toDirectoryQueryParams({ state: '', q: ' ', page: 1 })).toEqual({
      land: null,
      q: null,
      seite: null,
    });
    expect(toDirectoryQueryParams({ state: 'Bayern', q: 'Land', page: 3 })).toEqual({
      land: 'Bayern',
      q: 'Land',
      seite: '3',
    });
  });
});
