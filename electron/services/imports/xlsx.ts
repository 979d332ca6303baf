// Excel workbooks: every worksheet, each cell as the text the person sees, dates as dates.
import type ExcelJS from 'exceljs';
import { loadExcel } from '../documents/excel';
import { DomainError } from '../../../shared/result';
import { sheetFromLines, type ImportBook } from './table';

export async function readWorkbook(bytes: Buffer): Promise<ImportBook> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new DomainError(
      'invalid_input',
      'This file could not be read as an Excel workbook. Save it again from Excel as .xlsx or .csv, then choose it.',
      'file',
    );
  }
  const sheets = workbook.worksheets.map((worksheet) => {
    const lines: string[][] = [];
    worksheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
      const cells: string[] = [];
      row.eachCell({ includeEmpty: true }, (cell, column) => {
        cells[column - 1] = cellText(cell.value);
      });
      lines[rowNumber - 1] = Array.from(cells, (cell) => cell ?? '');
    });
    return sheetFromLines(
      worksheet.name,
      Array.from(lines, (line) => line ?? []),
    );
  });
  return { readAs: 'Excel workbook', sheets };
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
