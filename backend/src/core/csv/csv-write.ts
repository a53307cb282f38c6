/**
 * CSV for German spreadsheets: semicolon-separated, CRLF lines, UTF-8 with a byte order mark
 * (so Excel shows umlauts), every field quoted. Fields that a spreadsheet would run as a formula
 * (`=`, `+`, `-`, `@`, tab, carriage return at the start) get a leading apostrophe: an export must
 * never turn text that someone typed into the portal into a command on a colleague's computer.
 */
export const CSV_BOM = '\uFEFF';
export const CSV_MEDIA_TYPE = 'text/csv; charset=utf-8';

const FORMULA_START = /^[=+\-@\t\r]/;

export function neutraliseFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '""';
  const text = typeof value === 'string' ? neutraliseFormula(value) : String(value);
  return `"${text.replace(/"/g, '""')}"`;
}

export function csvLine(values: readonly (string | number | boolean | null | undefined)[]): string {
  return `${values.map(csvField).join(';')}\r\n`;
}
