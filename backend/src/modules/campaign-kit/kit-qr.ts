import QRCode from 'qrcode';

/** The dark modules of a QR code for `text` (error correction M), as a square matrix. */
export function qrMatrix(text: string): boolean[][] {
  const code = QRCode.create(text, { errorCorrectionLevel: 'M' });
  const size = code.modules.size;
  const rows: boolean[][] = [];
  for (let row = 0; row < size; row++) {
    const cells: boolean[] = [];
    for (let column = 0; column < size; column++) cells.push(code.modules.get(row, column) === 1);
    rows.push(cells);
  }
  return rows;
}

/** Horizontal runs of dark modules per row: fewer, larger rectangles than one per module. */
export function qrRuns(matrix: readonly boolean[][]): { row: number; column: number; length: number }[] {
  const runs: { row: number; column: number; length: number }[] = [];
  matrix.forEach((cells, row) => {
    let start = -1;
    cells.forEach((dark, column) => {
      if (dark && start < 0) start = column;
      if ((!dark || column === cells.length - 1) && start >= 0) {
        const end = dark ? column + 1 : column;
        runs.push({ row, column: start, length: end - start });
        start = -1;
      }
    });
  });
  return runs;
}

/** Quiet zone around the code, in modules (the standard asks for four). */
export const QR_QUIET_MODULES = 4;
