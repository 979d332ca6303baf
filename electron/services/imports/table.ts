// A spreadsheet as the importer sees it: named sheets of text cells, a header row, and each
// data row with the number the person would see beside it in their spreadsheet.
import type { DuplicateAction } from '../../../shared/imports/schema';

/** `label`: how a person knows the row when its number says nothing (a contact card's name). */
export type ImportRow = { row: number; cells: string[]; label?: string };
export type ImportSheet = { name: string | null; headers: string[]; rows: ImportRow[] };
/** `whenMatched`: what to do by default with a row that matches a record (skip, unless the file says better). */
export type ImportBook = { readAs: string; sheets: ImportSheet[]; whenMatched?: DuplicateAction };

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
