// How much of a spreadsheet Bridgework reads at once, checked row by row as the file is read, so
// an odd file is refused with its reason long before it fills the memory. A refusal says which
// row, and what to do.
import { DomainError } from '../../../shared/result';
import type { ImportRow } from './table';

export const importLimits = {
  rows: 500_000,
  columns: 500,
  /** Excel's own limit for one cell. */
  cellCharacters: 32_767,
  /** What an .xlsx may unpack to: a real 100 MB workbook unpacks to well under this. */
  unzippedBytes: 1024 ** 3,
} as const;

const count = (n: number) => n.toLocaleString('en-GB');

/** The rows of one file as they are read: blank ones left out, every other one checked. */
export class RowLimits {
  private rowsRead = 0;

  /** Keeps a row in `rows` unless it is blank; refuses one too wide or with too long a cell. */
  take(rows: ImportRow[], row: number, cells: string[]): void {
    let width = cells.length;
    while (width > 0 && (cells[width - 1] ?? '').trim() === '') width--;
    if (width === 0) return;
    this.rowsRead++;
    if (width > importLimits.columns) {
      throw refuse(
        `Row ${count(row)} has ${count(width)} columns. Bridgework reads up to ${count(importLimits.columns)}: remove the columns you do not need, then choose the file again.`,
      );
    }
    const long = cells.findIndex((cell) => cell.length > importLimits.cellCharacters);
    if (long >= 0) {
      throw refuse(
        `Row ${count(row)} has a cell of ${count(cells[long]!.length)} characters. Bridgework reads up to ${count(importLimits.cellCharacters)} in one cell, as Excel does.`,
      );
    }
    // Past the limit, rows are only counted, so the refusal can say how many there are.
    if (this.rowsRead <= importLimits.rows) rows.push({ row, cells: cells.slice(0, width) });
  }

  /** Refuses the file once it is read, if it had more rows than Bridgework imports at a time. */
  finish(): void {
    if (this.rowsRead > importLimits.rows) {
      throw refuse(
        `This file has ${count(this.rowsRead)} rows. Bridgework imports up to ${count(importLimits.rows)} at a time: split it into smaller files and import each.`,
      );
    }
  }
}

export function refuse(message: string): DomainError {
  return new DomainError('invalid_input', message, 'file');
}
