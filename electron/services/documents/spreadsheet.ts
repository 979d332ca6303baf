// A document's tables for spreadsheets: XLSX with one sheet per table and real number, percentage
// and date types; CSV in UTF-8 with a BOM (so Excel reads it right) and formulas escaped.
import { loadExcel } from './excel';
import Papa from 'papaparse';
import { sheetOf, type SheetColumn } from '../../../shared/documents/cells';
import type { DocumentModel, Table } from '../../../shared/documents/model';
import { formatDate } from '../../../shared/dates';

export function documentTables(doc: DocumentModel): Table[] {
  return doc.blocks.flatMap((block) => (block.kind === 'table' ? [block.table] : []));
}

const numberFormats: Record<SheetColumn['kind'], string | undefined> = {
  text: undefined,
  number: '#,##0',
  percent: '0%',
  date: 'd mmm yyyy',
  month: 'mmm yyyy',
};

export async function documentToXlsx(doc: DocumentModel): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  workbook.creator = doc.brand.name || 'Bridgework';
  workbook.title = doc.title;
  const about = workbook.addWorksheet('About');
  about.addRows([[doc.title], [doc.subtitle], [`Produced ${formatDate(doc.producedOn)}`], [doc.brand.name]]);
  about.getCell('A1').font = { bold: true, size: 14 };
  about.getColumn(1).width = 80;
  const names = new Set<string>(['About']);
  for (const table of documentTables(doc)) {
    const sheet = workbook.addWorksheet(sheetName(table.title, names), { views: [{ state: 'frozen', ySplit: 1 }] });
    const { columns, rows } = sheetOf(table);
    sheet.columns = columns.map((column) => ({
      header: column.label,
      width: Math.max(12, Math.min(40, column.label.length + 4)),
      style: numberFormats[column.kind] ? { numFmt: numberFormats[column.kind] } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    sheet.addRows(rows);
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** Excel's sheet names: at most 31 characters, none of []:*?/\, and each one different. */
function sheetName(title: string, taken: Set<string>): string {
  const base =
    title
      .replace(/[[\]:*?/\\]/g, ' ')
      .slice(0, 31)
      .trim() || 'Table';
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base.slice(0, 31 - ` ${n}`.length)} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/** Every table one after another, each under its title, in one file a funder can open in Excel. */
export function documentToCsv(doc: DocumentModel): Buffer {
  const lines: unknown[][] = [[doc.title], [doc.subtitle], [`Produced ${formatDate(doc.producedOn)}`], []];
  for (const table of documentTables(doc)) {
    const { columns, rows } = sheetOf(table);
    lines.push(
      [table.title],
      columns.map((column) => column.label),
      ...rows.map((row) =>
        row.map((cell, index) =>
          cell instanceof Date
            ? cell.toISOString().slice(0, columns[index]!.kind === 'month' ? 7 : 10)
            : columns[index]!.kind === 'percent' && typeof cell === 'number'
              ? Math.round(cell * 1000) / 10
              : cell,
        ),
      ),
      [],
    );
  }
  return csvBytes(lines);
}

/** Rows as CSV for Excel: UTF-8 with a BOM, Windows line ends, cells that look like formulas escaped. */
export function csvBytes(lines: unknown[][]): Buffer {
  return Buffer.from(`\uFEFF${Papa.unparse(lines, { escapeFormulae: true, newline: '\r\n' })}\r\n`, 'utf8');
}
