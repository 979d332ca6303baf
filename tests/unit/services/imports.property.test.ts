// Whatever file a person chooses, the importer ends in an import or a clear list of the rows
// it could not take — never a crash, and never half an import.
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { databaseFileName } from '../../../electron/db/open';
import { importTargets } from '../../../shared/imports/fields';
import { call, test } from '../../support/temp-backend';

const headers = ['Company', 'Contact', 'Email', 'Date', 'Type', 'Summary', 'Sector', 'Post code', 'Notes', ''];
const cell = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'binary', maxLength: 30 }),
  fc.constantFrom(
    '',
    ' ',
    'Acme Ltd',
    '22/11/2026',
    '31/02/2026',
    '46348',
    'Call',
    'Retail',
    'M1 1AE',
    'x@y',
    '=1+1',
    '"',
  ),
  fc.string({ minLength: 195, maxLength: 260 }),
);
const spreadsheet = fc
  .record({
    columns: fc.uniqueArray(fc.constantFrom(...headers), { minLength: 1, maxLength: 6 }),
    rows: fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 12 }),
    delimiter: fc.constantFrom(',', ';', '\t'),
    bom: fc.boolean(),
  })
  .map(({ columns, rows, delimiter, bom }) => {
    const text = Papa.unparse([columns, ...rows], { delimiter });
    return Buffer.from(`${bom ? '\uFEFF' : ''}${text}`, 'utf8');
  });

const counts = (dataDir: string) => {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return ['employer', 'person', 'interaction'].map((table) =>
      db.prepare(`select count(*) from ${table}`).pluck().get(),
    );
  } finally {
    db.close();
  }
};

async function tryImport(
  backend: Backend,
  dataDir: string,
  name: string,
  bytes: Buffer,
  target: (typeof importTargets)[number],
) {
  const before = counts(dataDir);
  const preview = await backend.invoke('imports.preview', {
    target,
    file: { name, contentBase64: bytes.toString('base64') },
  });
  if (!preview.ok) {
    expect(preview.error.code).toBe('invalid_input');
    expect(preview.error.field).toBe('file');
    expect(preview.error.message).toMatch(/\.$/);
    return;
  }
  const { importId, mapping, readyRows, problems, problemCount } = preview.value;
  expect(problems.every((problem) => problem.message.length > 0 && problem.row >= 2)).toBe(true);
  const committed = await backend.invoke('imports.commit', { importId, target, mapping });
  if (!committed.ok) {
    expect(committed.error.code).toBe('invalid_input');
    expect(counts(dataDir)).toEqual(before);
    return;
  }
  expect(committed.value.rejected).toBe(problemCount);
  expect(readyRows).toBeGreaterThan(0);
}

describe('importing any file', () => {
  test('random bytes are refused with a reason, or read as text', async ({ backend, dataDir }) => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 400 }), fc.constantFrom(...importTargets), async (bytes, target) => {
        await tryImport(backend, dataDir, 'random.csv', Buffer.from(bytes), target);
      }),
      { numRuns: 150 },
    );
  });

  test('random spreadsheets import, or list each rejected row with its reason', async ({ backend, dataDir }) => {
    await fc.assert(
      fc.asyncProperty(spreadsheet, fc.constantFrom(...importTargets), async (bytes, target) => {
        await tryImport(backend, dataDir, 'sheet.csv', bytes, target);
      }),
      { numRuns: 150 },
    );
    expect((await call(backend, 'app.info')).employerCount).toBeGreaterThan(0);
  });
});
