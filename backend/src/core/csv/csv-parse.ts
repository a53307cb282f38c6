/**
 * Parses RFC 4180 CSV (quoted fields, doubled quotes, CRLF or LF) into records keyed by the
 * header row (the seed files; imports use `parseCsvRows` for line numbers).
 */
export function parseCsv(text: string): Record<string, string>[] {
  const [header, ...records] = parseCsvRows(text, ',').map((row) => row.cells);
  if (!header) return [];
  return records.map((cells) =>
    Object.fromEntries(header.map((name, index) => [name.trim(), (cells[index] ?? '').trim()])),
  );
}

/** One record of a CSV table with the line it starts on (for error reports). */
export interface CsvRow {
  line: number;
  cells: string[];
}

/**
 * Parses RFC 4180 CSV with the given separator into rows with their starting line; blank lines are
 * skipped. A leading byte order mark is dropped.
 */
export function parseCsvRows(text: string, separator: ',' | ';'): CsvRow[] {
  const rows: CsvRow[] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let rowLine = 1;
  const input = text.replace(/^\uFEFF/, '');
  const finish = () => {
    row.push(field);
    if (row.some((cell) => cell.trim() !== '')) rows.push({ line: rowLine, cells: row });
    row = [];
    field = '';
  };
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (char === '\n') line++;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        field += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        field += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === separator) {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') {
        i++;
        line++;
      } else if (char === '\r') {
        line++;
      }
      finish();
      rowLine = line;
    } else {
      field += char;
    }
  }
  if (field !== '' || row.length > 0) finish();
  return rows;
}

/** `;` or `,`, whichever separates more fields of the header line (outside quotes). */
export function detectCsvSeparator(text: string): ',' | ';' {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const char of text.replace(/^\uFEFF/, '')) {
    if (char === '"') quoted = !quoted;
    else if (!quoted && (char === '\n' || char === '\r')) break;
    else if (!quoted && char === ';') semicolons++;
    else if (!quoted && char === ',') commas++;
  }
  return semicolons > commas ? ';' : ',';
}
