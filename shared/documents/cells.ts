// How a table cell reads in a document, and how it goes into a spreadsheet with real types.
import { formatDate, formatMonth } from '../dates';
import { shareText } from '../reports/share';
import { isShare, type Cell, type Column, type Table } from './model';

/** A day or a month as stored: 2026-11-22, 2026-11. */
const isoDay = /^\d{4}-\d{2}(-\d{2})?/;

/** Words line up on the left, figures on the right. */
export const readsAsWords = (kind: Column['kind']) => kind === 'text' || kind === 'month';

export function cellText(cell: Cell, column: Column): string {
  if (cell === null) return '';
  if (isShare(cell)) return shareText(cell.count, cell.of);
  if (typeof cell === 'number') return cell.toLocaleString('en-GB');
  if (!isoDay.test(cell)) return cell;
  return column.kind === 'date' ? formatDate(cell) : column.kind === 'month' ? formatMonth(cell) : cell;
}

export type SheetColumn = { label: string; kind: 'text' | 'number' | 'percent' | 'date' | 'month' };
export type SheetCell = string | number | Date | null;

/**
 * A share becomes three columns (count, out of, percentage), so each is a number a funder can sum.
 * The totals row, where there is one, is the last.
 */
export function sheetOf(table: Table): { columns: SheetColumn[]; rows: SheetCell[][] } {
  const columns = table.columns.flatMap((column): SheetColumn[] =>
    column.kind === 'share'
      ? [
          { label: column.label, kind: 'number' },
          { label: `${column.label}: out of`, kind: 'number' },
          { label: `${column.label}: %`, kind: 'percent' },
        ]
      : [{ label: column.label, kind: column.kind }],
  );
  const rows = [...table.rows, ...(table.total ? [table.total] : [])].map((row) =>
    row.flatMap((cell, index): SheetCell[] => {
      const column = table.columns[index]!;
      if (column.kind === 'share') {
        if (!isShare(cell)) return [null, null, null];
        return [cell.count, cell.of, cell.of === 0 ? null : cell.count / cell.of];
      }
      // A totals row names itself ("Total") where the rows have a date.
      if (typeof cell === 'string' && isoDay.test(cell)) {
        if (column.kind === 'date') return [new Date(`${cell.slice(0, 10)}T00:00:00Z`)];
        if (column.kind === 'month') return [new Date(`${cell.slice(0, 7)}-01T00:00:00Z`)];
      }
      return [isShare(cell) ? null : cell];
    }),
  );
  return { columns, rows };
}
