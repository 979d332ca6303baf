// Spreadsheets too big or too odd to import are refused while they are read, with the reason and
// the row, before they fill the memory; nothing is written and the record carries on.
import ExcelJS from 'exceljs';
import { zipSync } from 'fflate';
import { describe, expect } from 'vitest';
import type { Backend } from '../../electron/backend';
import { call, test } from '../support/temp-backend';

const preview = (backend: Backend, name: string, bytes: Buffer) =>
  backend.invoke('imports.preview', {
    target: 'employers',
    file: { name, contentBase64: bytes.toString('base64') },
  });
const refusal = (message: string | RegExp) => ({ ok: false, error: { code: 'invalid_input', field: 'file', message } });

/** A zip whose directory says one entry unpacks to `size` bytes: a zip bomb, as its directory tells it. */
function zipClaiming(size: number): Buffer {
  const zip = Buffer.from(zipSync({ 'xl/worksheets/sheet1.xml': new Uint8Array(1000) }));
  const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
  zip.writeUInt32LE(size, central + 24);
  zip.writeUInt32LE(size, 22);
  return zip;
}

async function workbookWith(fill: (sheet: ExcelJS.Worksheet) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  fill(workbook.addWorksheet('Employers'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('odd spreadsheets', () => {
  test('a workbook that unpacks to gigabytes is refused before it is unpacked', async ({ backend }) => {
    expect(await preview(backend, 'bomb.xlsx', zipClaiming(4_000_000_000))).toMatchObject(
      refusal(/^This workbook unpacks to 3\.7 GB\. Bridgework reads workbooks that unpack to up to 1 GB/),
    );
    expect((await call(backend, 'app.info')).employerCount).toBe(0);
  });

  test('more rows than Bridgework imports at a time: the count is said', async ({ backend }) => {
    const csv = `Name\r\n${'Acme Ltd\r\n'.repeat(500_001)}`;
    expect(await preview(backend, 'big.csv', Buffer.from(csv))).toMatchObject(
      refusal(
        'This file has 500,002 rows. Bridgework imports up to 500,000 at a time: split it into smaller files and import each.',
      ),
    );
  });

  test('blank lines do not count, however many Excel saved', async ({ backend }) => {
    const csv = `Name,Town,,,\r\nAcme Ltd,Leeds,,,\r\n${',,,,\r\n'.repeat(600_000)}`;
    const result = await call(backend, 'imports.preview', {
      target: 'employers',
      file: { name: 'blank-lines.csv', contentBase64: Buffer.from(csv).toString('base64') },
    });
    expect(result.totalRows).toBe(1);
  });

  test('a row too wide, or a cell too long, is refused by its row', async ({ backend }) => {
    const wide = `Name\r\nAcme Ltd\r\n${Array.from({ length: 600 }, (_, n) => `c${n}`).join(',')}\r\n`;
    expect(await preview(backend, 'wide.csv', Buffer.from(wide))).toMatchObject(
      refusal(/^Row 3 has 600 columns\. Bridgework reads up to 500/),
    );
    const long = await workbookWith((sheet) => {
      sheet.addRow(['Name', 'Notes']);
      sheet.addRow(['Acme Ltd', 'x'.repeat(40_000)]);
    });
    expect(await preview(backend, 'long.xlsx', long)).toMatchObject(
      refusal('Row 2 has a cell of 40,000 characters. Bridgework reads up to 32,767 in one cell, as Excel does.'),
    );
  });

  test('a workbook of whitespace is read through and said to be empty', async ({ backend }) => {
    const blank = await workbookWith((sheet) => {
      sheet.addRow(['Name']);
      for (let row = 0; row < 20_000; row++) sheet.addRow(['   ', '\t', ' ']);
    });
    expect(await preview(backend, 'blank.xlsx', blank)).toMatchObject(
      refusal('blank.xlsx has no rows under its headers. Choose another file.'),
    );
  });
});
