// A document's tables for spreadsheets: XLSX with one sheet per table and real number, percentage
// and date types; CSV in UTF-8 with a BOM (so Excel reads it right) and formulas escaped.
import { loadExcel } from './excel';
import Papa from 'papaparse';
import { sheetOf, type SheetColumn } from '../../../shared/documents/cells';
import type { Worksheet } from 'exceljs';
import { isShare, producedLine, type DocumentModel, type Table } from '../../../shared/documents/model';

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
  summarySheet(workbook.addWorksheet('Summary'), doc);
  const names = new Set<string>(['summary']);
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
    if (table.total) sheet.getRow(rows.length + 1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * The first sheet: what the document is, then every headline figure as numbers a funder can use,
 * a share as its count, what it is out of, and the percentage.
 */
function summarySheet(sheet: Worksheet, doc: DocumentModel) {
  sheet.addRows([[doc.title], [doc.subtitle], [producedLine(doc)], [doc.brand.name], []]);
  sheet.getCell('A1').font = { bold: true, size: 14 };
  const header = sheet.addRow(['Figure', 'Number', 'Out of', 'Share']);
  header.font = { bold: true };
  for (const block of doc.blocks) {
    if (block.kind !== 'figures') continue;
    for (const item of block.items) {
      const figure = item.figure;
      sheet.addRow(
        figure === undefined || figure === null
          ? [item.label, item.value]
          : isShare(figure)
            ? [item.label, figure.count, figure.of, figure.of === 0 ? null : figure.count / figure.of]
            : [item.label, figure],
      );
    }
  }
  sheet.getColumn(1).width = 48;
  sheet.getColumn(2).numFmt = '#,##0';
  sheet.getColumn(3).numFmt = '#,##0';
  sheet.getColumn(4).numFmt = '0%';
  for (const column of [2, 3, 4]) sheet.getColumn(column).width = 12;
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
  const lines: unknown[][] = [[doc.title], [doc.subtitle], [producedLine(doc)], []];
  const figures = doc.blocks.flatMap((block) => (block.kind === 'figures' ? block.items : []));
  if (figures.length > 0) {
    lines.push(['Summary'], ['Figure', 'Number', 'Out of', 'Share (%)']);
    for (const { label, value, figure } of figures) {
      lines.push(
        figure === undefined || figure === null
          ? [label, value]
          : isShare(figure)
            ? [
                label,
                figure.count,
                figure.of,
                figure.of === 0 ? null : Math.round((figure.count / figure.of) * 1000) / 10,
              ]
            : [label, figure],
      );
    }
    lines.push([]);
  }
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
