// A spreadsheet as the importer sees it: named sheets of text cells, a header row, and each
// data row with the number the person would see beside it in their spreadsheet.
export type ImportRow = { row: number; cells: string[] };
export type ImportSheet = { name: string | null; headers: string[]; rows: ImportRow[] };
export type ImportBook = { readAs: string; sheets: ImportSheet[] };

/** The first line holds the headers; blank lines and trailing empty columns are dropped. */
export function sheetFromLines(name: string | null, lines: string[][]): ImportSheet {
  const isBlank = (cells: string[]) => cells.every((cell) => cell.trim() === '');
  const headerIndex = lines.findIndex((cells) => !isBlank(cells));
  if (headerIndex < 0) return { name, headers: [], rows: [] };
  const rows: ImportRow[] = [];
  const headerCells = lines[headerIndex]!;
  lines.forEach((cells, index) => {
    if (index > headerIndex && !isBlank(cells)) rows.push({ row: index + 1, cells });
  });
  let width = 0;
  for (const cells of [headerCells, ...rows.map((r) => r.cells)]) {
    for (let column = cells.length - 1; column >= width; column--) {
      if ((cells[column] ?? '').trim() !== '') {
        width = column + 1;
        break;
      }
    }
  }
  const headers = Array.from({ length: width }, (_, column) => {
    const header = (headerCells[column] ?? '').trim();
    return header || `Column ${columnLetter(column)}`;
  });
  for (const row of rows)
    row.cells = Array.from({ length: width }, (_, column) => (row.cells[column] ?? '').replace(/\r\n?/g, '\n').trim());
  return { name, headers, rows };
}

export function columnLetter(column: number): string {
  let letters = '';
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}
