import { detectCsvSeparator, parseCsv, parseCsvRows } from './csv-parse';

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

describe('parseCsvRows', () => {
  it('keeps the starting line of each record, also across quoted line breaks and blank lines', () => {
    const text = 'a;b\r\n1;"x\ny"\n\n2;"z;w"\n';
    expect(parseCsvRows(text, ';')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', 'x\ny'] },
      { line: 5, cells: ['2', 'z;w'] },
    ]);
  });

  it('detects the separator from the header line', () => {
    expect(detectCsvSeparator('\uFEFFname;kind;state\n"a,b";c;d')).toBe(';');
    expect(detectCsvSeparator('name,kind,state\na;b,c,d')).toBe(',');
    expect(detectCsvSeparator('"x;y;z",a\n')).toBe(',');
  });
});
