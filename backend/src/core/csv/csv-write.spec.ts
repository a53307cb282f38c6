import { csvField, csvLine, neutraliseFormula } from './csv-write';

describe('CSV export', () => {
  it('neutralises what a spreadsheet would run as a formula', () => {
    expect(neutraliseFormula('=HYPERLINK("http://x")')).toBe(`'=HYPERLINK("http://x")`);
    expect(neutraliseFormula('+49 30 123')).toBe(`'+49 30 123`);
    expect(neutraliseFormula('-1')).toBe(`'-1`);
    expect(neutraliseFormula('@SUM(A1)')).toBe(`'@SUM(A1)`);
    expect(neutraliseFormula('\tcmd')).toBe(`'\tcmd`);
    expect(neutraliseFormula('Landkreis Biberach')).toBe('Landkreis Biberach');
  });

  it('quotes every field and doubles quotes; numbers are not touched', () => {
    expect(csvField('Er sagte "Hallo"; dann ging er')).toBe('"Er sagte ""Hallo""; dann ging er"');
    expect(csvField(-3)).toBe('"-3"');
    expect(csvField(null)).toBe('""');
    expect(csvLine(['a', 1, null])).toBe('"a";"1";""\r\n');
  });
});
