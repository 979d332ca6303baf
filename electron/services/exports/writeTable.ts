// Writes one of the record's lists to CSV or Excel a page at a time, so a million contacts
// never sit in memory at once.
import { once } from 'node:events';
import fs from 'node:fs';
import { loadExcel } from '../documents/excel';
import Papa from 'papaparse';
import { sql } from 'kysely';
import { exportTableLabels, type ExportTable } from '../../../shared/exports/schema';
import type { ServiceContext } from '../../kernel/context';
import type { Job } from '../jobs/registry';
import { writeExportWith } from './files';
import { tableExports, tablePage } from './tables';

const pageSize = 5000;

export async function exportTable(ctx: ServiceContext, name: ExportTable, format: 'csv' | 'xlsx', job: Job) {
  const table = tableExports[name];
  const [from, where] = table.from.split(' where ');
  const { rows } = await sql<{
    total: number;
  }>`select count(*) as total from ${sql.raw(from!)} where ${sql.raw(where!)}`.execute(ctx.db);
  const total = rows[0]!.total;
  const title = `${exportTableLabels[name]} ${ctx.now().slice(0, 10)}`;
  const pages = async function* () {
    let after: [unknown, string] | null = null;
    let done = 0;
    for (;;) {
      const page: Record<string, unknown>[] = (await tablePage(table, after, pageSize).execute(ctx.db)).rows;
      if (page.length === 0) return;
      const last: Record<string, unknown> = page[page.length - 1]!;
      after = [last.sortkey, String(last.rowkey)];
      yield page.map((row) => table.columns.map((_column, index) => row[`c${index}`] ?? null));
      done += page.length;
      await job.checkpoint('Writing the file', done, total);
    }
  };
  const headers = table.columns.map((column) => column.label);
  if (format === 'csv') {
    return writeExportWith(ctx, title, 'csv', async (partial) => {
      const out = fs.createWriteStream(partial);
      const write = async (lines: unknown[][]) => {
        const text = `${Papa.unparse(lines, { escapeFormulae: true, newline: '\r\n' })}\r\n`;
        if (!out.write(text)) await once(out, 'drain');
      };
      try {
        out.write('\uFEFF');
        await write([headers]);
        for await (const page of pages()) await write(page);
        out.end();
        await once(out, 'finish');
      } finally {
        out.destroy();
      }
    });
  }
  return writeExportWith(ctx, title, 'xlsx', async (partial) => {
    const workbook = new (await loadExcel()).stream.xlsx.WorkbookWriter({ filename: partial, useStyles: true });
    const sheet = workbook.addWorksheet(exportTableLabels[name], { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = table.columns.map((column) => ({
      header: column.label,
      width: Math.max(12, Math.min(40, column.label.length + 4)),
      style: column.kind === 'date' ? { numFmt: 'd mmm yyyy' } : {},
    }));
    sheet.getRow(1).font = { bold: true };
    for await (const page of pages()) {
      for (const values of page) {
        const cells = values.map((value, index) =>
          value !== null && table.columns[index]!.kind === 'date' ? new Date(`${String(value)}T00:00:00Z`) : value,
        );
        sheet.addRow(cells).commit();
      }
    }
    sheet.commit();
    await workbook.commit();
  });
}
