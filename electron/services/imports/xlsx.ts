// Excel workbooks: every worksheet, each cell as the text the person sees, dates as dates. The
// zip's own list of what it holds is checked before anything is unpacked, and the sheets are
// read as a stream, row by row, so a workbook bigger than Bridgework reads is refused early.
import { Readable } from 'node:stream';
import type ExcelJS from 'exceljs';
import { unzipSync } from 'fflate';
import { DomainError } from '../../../shared/result';
import { loadExcel } from '../documents/excel';
import { importLimits, refuse, RowLimits } from './limits';
import { sheetFromRows, type ImportBook, type ImportRow, type ImportSheet } from './table';

const unreadable =
  'This file could not be read as an Excel workbook. Save it again from Excel as .xlsx or .csv, then choose it.';

export async function readWorkbook(bytes: Buffer): Promise<ImportBook> {
  checkUnpackedSize(bytes);
  const Excel = await loadExcel();
  const reader = new Excel.stream.xlsx.WorkbookReader(Readable.from([bytes]), {
    sharedStrings: 'cache',
    styles: 'cache',
    hyperlinks: 'ignore',
    worksheets: 'emit',
    entries: 'ignore',
  });
  const limits = new RowLimits();
  const sheets: ImportSheet[] = [];
  try {
    for await (const worksheet of reader) {
      const rows: ImportRow[] = [];
      for await (const row of worksheet as AsyncIterable<ExcelJS.Row>) {
        const cells: string[] = [];
        row.eachCell({ includeEmpty: true }, (cell, column) => {
          cells[column - 1] = cellText(cell.value);
        });
        limits.take(
          rows,
          row.number,
          Array.from(cells, (cell) => cell ?? ''),
        );
      }
      const name = (worksheet as unknown as { name?: string }).name;
      sheets.push(sheetFromRows(name ?? `Sheet ${sheets.length + 1}`, rows));
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw refuse(unreadable);
  }
  limits.finish();
  if (sheets.length === 0) throw refuse(unreadable);
  return { readAs: 'Excel workbook', sheets };
}

/** From the zip's directory, before anything is unpacked: a few kilobytes that unpack to gigabytes are refused. */
function checkUnpackedSize(bytes: Buffer) {
  let unpacked = 0;
  try {
    unzipSync(bytes, {
      filter: (file) => {
        unpacked += file.originalSize;
        return false;
      },
    });
  } catch {
    throw refuse(unreadable);
  }
  if (unpacked > importLimits.unzippedBytes) {
    const gb = (unpacked / 1024 ** 3).toLocaleString('en-GB', { maximumFractionDigits: 1 });
    throw refuse(
      `This workbook unpacks to ${gb} GB. Bridgework reads workbooks that unpack to up to 1 GB: save it as .csv, or split it into smaller files.`,
    );
  }
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const iso = value.toISOString();
    return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.slice(0, 16).replace('T', ' ');
  }
  if (typeof value !== 'object') return String(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('');
  if ('text' in value) return String(value.text);
  if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
  return '';
}
