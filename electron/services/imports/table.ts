// A spreadsheet as the importer sees it: named sheets of text cells, a header row, and each
// data row with the number the person would see beside it in their spreadsheet.
export type ImportRow = { row: number; cells: string[] };
export type ImportSheet = { name: string | null; headers: string[]; rows: ImportRow[] };
export type ImportBook = { readAs: string; sheets: ImportSheet[] };

/** From a sheet's rows that are not blank (RowLimits): the first holds the headers; trailing empty columns are dropped. */
export function sheetFromRows(name: string | null, filled: ImportRow[]): ImportSheet {
  const [header, ...rows] = filled;
  if (!header) return { name, headers: [], rows: [] };
  let width = 0;
  for (const { cells } of filled) {
    for (let column = cells.length - 1; column >= width; column--) {
      if ((cells[column] ?? '').trim() !== '') {
        width = column + 1;
        break;
      }
    }
  }
  const headers = Array.from({ length: width }, (_, column) => {
    const text = (header.cells[column] ?? '').trim();
    return text || `Column ${columnLetter(column)}`;
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
