// Text comes in as it was written, whichever tool saved it and whichever Node runs Bridgework.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { call, test } from '../../support/temp-backend';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/imports');
const written = [
  ['O’Neill’s Bakery', 'Pays £11.44 – above the Living Wage'],
  ['Café Nouveau', '“Keen on trials” … said the manager'],
  ['Brennan & Sons — Builders', 'Deposit €200 for the taster day'],
  ['Šimunek Logistics', 'Œuvre, ‰ and ™ all kept'],
];

async function imported(backend: Backend, name: string, bytes: Buffer) {
  const file = { name, contentBase64: bytes.toString('base64') };
  const preview = await call(backend, 'imports.preview', { target: 'employers', file });
  await call(backend, 'imports.commit', { target: 'employers', importId: preview.importId, mapping: preview.mapping });
  const { rows } = await call(backend, 'employers.list', { limit: 50, sort: { column: 'name', direction: 'asc' } });
  const notes = await Promise.all(
    rows.map(async (row) => (await call(backend, 'employers.get', { id: row.id })).notes),
  );
  return { readAs: preview.readAs, employers: rows.map((row, index) => [row.name, notes[index]]) };
}

describe('text from other tools', () => {
  test('a CSV saved by Excel on Windows (Windows-1252): curly quotes, dashes, €, £ and … as written', async ({
    backend,
  }) => {
    const result = await imported(
      backend,
      'employers.csv',
      fs.readFileSync(path.join(fixtures, 'excel-windows-1252.csv')),
    );
    expect(result.readAs).toBe('CSV, Windows-1252 (Western European), separated by commas');
    expect(result.employers).toEqual([...written].sort((a, b) => a[0]!.localeCompare(b[0]!)));
  });

  test('Excel’s “Unicode text” (UTF-16, tab-separated)', async ({ backend }) => {
    const result = await imported(
      backend,
      'employers.txt',
      fs.readFileSync(path.join(fixtures, 'excel-unicode-text.txt')),
    );
    expect(result.readAs).toBe('CSV, UTF-16, separated by tabs');
    expect(result.employers.map(([name]) => name)).toContain('Šimůnek Logistics');
  });

  test('every byte from 0x80 to 0x9F reads as browsers read Windows-1252', async ({ backend }) => {
    const bytes = Buffer.concat([
      Buffer.from('Name,Notes\r\nAcme Ltd,'),
      Buffer.from(Array.from({ length: 32 }, (_, n) => 0x80 + n)),
      Buffer.from('\r\n'),
    ]);
    const { employers } = await imported(backend, 'bytes.csv', bytes);
    const expected = [
      0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d, 0x17d,
      0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a, 0x153, 0x9d,
      0x17e, 0x178,
    ];
    expect(employers[0]![1]).toBe(String.fromCodePoint(...expected));
  });
});
