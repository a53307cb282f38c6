import { parseCsv } from './csv-parse';

describe('parseCsv', () => {
  it('reads a header and records, with quotes, commas and CRLF', () => {
    const text = '\uFEFFname,kind\r\n"Kreis Offenbach",jobcenter\r\n"Stadt ""A"", B",verband\r\n\r\n';
    expect(parseCsv(text)).toEqual([
      { name: 'Kreis Offenbach', kind: 'jobcenter' },
      { name: 'Stadt "A", B', kind: 'verband' },
    ]);
  });

  it('fills missing trailing cells with empty strings and handles no final newline', () => {
    expect(parseCsv('a,b\n1')).toEqual([{ a: '1', b: '' }]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseCsv('')).toEqual([]);
  });
});
