import fs from 'node:fs';
import ExcelJS from 'exceljs';
import SQLite from 'better-sqlite3-multiple-ciphers';
import Papa from 'papaparse';
import { describe, expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import type { PreviewImportInput } from '../../../shared/imports/schema';
import { call, test } from '../../support/temp-backend';

const file = (name: string, content: string | Buffer) => ({
  name,
  contentBase64: (typeof content === 'string' ? Buffer.from(content, 'utf8') : content).toString('base64'),
});

async function importAll(backend: Backend, input: PreviewImportInput) {
  const preview = await call(backend, 'imports.preview', input);
  const { file: _file, ...choices } = input;
  const summary = await call(backend, 'imports.commit', {
    ...choices,
    importId: preview.importId,
    mapping: preview.mapping,
  });
  return { preview, summary };
}

const employerNames = async (backend: Backend) =>
  (await call(backend, 'employers.list', { limit: 500, sort: { column: 'name', direction: 'asc' } })).rows.map(
    (e) => e.name,
  );

/** 20,000 employers with a contact each, checked, and their import started. */
async function startBigImport(backend: Backend) {
  const rows = Array.from({ length: 20_000 }, (_, n) => `Employer ${n},Person ${n}`);
  const preview = await call(backend, 'imports.preview', {
    target: 'employers',
    file: file('big.csv', `Company,Contact\n${rows.join('\n')}`),
  });
  const committing = backend.invoke('imports.commit', {
    importId: preview.importId,
    target: 'employers',
    mapping: preview.mapping,
  });
  return { preview, committing };
}

describe('imports', () => {
  test('an employer list in Windows-1252 with semicolons, quoted new lines and blank lines imports with its contacts', async ({
    backend,
  }) => {
    const text = [
      'Company;Sector;Staff;Post code;Contact;Job title;Email;Notes',
      'Café Rouge Ltd;Hospitality;12;m1 1ae;Zoë Adams;Head chef;zoe@caferouge.example;"Met at the fair;',
      'wants trial shifts"',
      '',
      'Acme & Sons;retail;300;;;;;',
      'Acme and Sons Limited;;;;Raj Patel;Store manager;;',
      ';;;;;;;;',
    ].join('\r\n');
    const bytes = encode1252(text);
    const { preview, summary } = await importAll(backend, { target: 'employers', file: file('employers.csv', bytes) });
    expect(preview.readAs).toBe('CSV, Windows-1252 (Western European), separated by semicolons');
    expect(preview.headers).toEqual([
      'Company',
      'Sector',
      'Staff',
      'Post code',
      'Contact',
      'Job title',
      'Email',
      'Notes',
    ]);
    expect(preview.mapping).toEqual([
      'employerName',
      'sector',
      'sizeBand',
      'postcode',
      'personName',
      'roleTitle',
      'personEmail',
      'notes',
    ]);
    expect(preview.totalRows).toBe(3);
    expect(preview.problemCount).toBe(0);
    expect(preview.sample[0]!.values).toContainEqual({ label: 'Sector', value: 'Hospitality and catering' });
    expect(preview.sample[0]!.values).toContainEqual({ label: 'Postcode', value: 'M1 1AE' });
    expect(summary.created).toEqual({ employers: 2, people: 2, interactions: 0 });
    expect(await employerNames(backend)).toEqual(['Acme & Sons', 'Café Rouge Ltd']);
    const cafe = (await call(backend, 'employers.list', { query: 'Rouge' })).rows[0]!;
    const full = await call(backend, 'employers.get', { id: cafe.id });
    expect(full).toMatchObject({
      sector: 'hospitality',
      sizeBand: 'small',
      postcode: 'M1 1AE',
      notes: 'Met at the fair;\nwants trial shifts',
    });
    const people = await call(backend, 'people.list', { employerId: cafe.id });
    expect(people.rows.map((p) => p.name)).toEqual(['Zoë Adams']);
    const acme = (await call(backend, 'employers.list', { query: 'Acme' })).rows[0]!;
    expect((await call(backend, 'employers.get', { id: acme.id })).sizeBand).toBe('large');
  });

  test('Excel’s “Unicode text” (UTF-16, tab-separated) reads as it was written', async ({ backend }) => {
    const text = 'Organisation\tArea\r\nCafé Ñandú\tSalford\r\n';
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    const { preview, summary } = await importAll(backend, { target: 'employers', file: file('unicode.txt', bytes) });
    expect(preview.readAs).toBe('CSV, UTF-16, separated by tabs');
    expect(summary.created.employers).toBe(1);
    expect(await employerNames(backend)).toEqual(['Café Ñandú']);
  });

  test('every problem is reported with its row and reason, and the rejected rows come back as CSV', async ({
    backend,
    dataDir,
  }) => {
    const csv = [
      'Employer,Date,Type,Summary',
      'Bolt Cafe,22/11/2026,Call,Talked about trials',
      'Bolt Cafe,11/22/2026,Call,US date',
      ',2026-11-20,Email,No employer',
      'Bolt Cafe,22 Nov 2026,Carrier pigeon,Odd kind',
      'Bolt Cafe,46348,Meeting,Excel serial',
    ].join('\n');
    const { preview, summary } = await importAll(backend, {
      target: 'interactions',
      file: file('contacts.csv', `\uFEFF${csv}`),
    });
    expect(preview.readAs).toBe('CSV, UTF-8, separated by commas');
    expect(preview.problems).toEqual([
      {
        row: 3,
        message: 'Date: 11/22/2026 has the month first. Write dates as day/month/year, like 22/11/2026 or 22 Nov 2026.',
      },
      { row: 4, message: 'Employer is empty. Say which employer the contact was with.' },
    ]);
    expect(preview.changed).toEqual([
      {
        row: 5,
        message:
          'Type: “Carrier pigeon” is not on your list, so the contact is recorded as Other and the word kept in the notes.',
      },
    ]);
    expect(preview.newEmployers).toEqual(['Bolt Cafe']);
    expect(summary).toMatchObject({ created: { employers: 1, people: 0, interactions: 3 }, rejected: 2, changed: 1 });
    const toCheck = Papa.parse<string[]>(
      fs.readFileSync(summary.rowsToCheckFile!.file, 'utf8').replace(/^\uFEFF/, ''),
    ).data;
    expect(toCheck[0]).toEqual(['Row', 'Employer', 'Date', 'Type', 'Summary', 'What happened', 'Why']);
    expect(toCheck.slice(1, 4).map((row) => [row[0], row[5]])).toEqual([
      ['3', 'Not imported'],
      ['4', 'Not imported'],
      ['5', 'Imported with changes'],
    ]);
    expect(summary.rowsToCheckFile!.folder).toBe(`${dataDir}/exports`);
    const bolt = (await call(backend, 'employers.list', { query: 'Bolt' })).rows[0]!;
    const timeline = await call(backend, 'timeline.forEmployer', { employerId: bolt.id });
    const dates = timeline.items.filter((item) => item.type === 'interaction').map((item) => item.at.slice(0, 10));
    expect(dates.sort()).toEqual(['2026-11-22', '2026-11-22', '2026-11-22']);
  });

  test('matches existing records by normalised name, and skips, updates or adds each as chosen', async ({
    backend,
  }) => {
    await call(backend, 'employers.create', { name: 'The Acme Company Ltd', locality: 'Salford' });
    await call(backend, 'employers.create', { name: 'Bolt Cafe' });
    const csv = 'Name,Area\nACME  company limited,Trafford\n"Bolt Café",Leeds\nNew Co,York\n';
    const preview = await call(backend, 'imports.preview', { target: 'employers', file: file('e.csv', csv) });
    expect(preview.matches.map((m) => [m.row, m.label, m.existing.name, m.action])).toEqual([
      [2, 'ACME  company limited', 'The Acme Company Ltd', 'skip'],
      [3, 'Bolt Café', 'Bolt Cafe', 'skip'],
    ]);
    const summary = await call(backend, 'imports.commit', {
      importId: preview.importId,
      target: 'employers',
      mapping: preview.mapping,
      duplicates: 'skip',
      decisions: { '2': 'update' },
    });
    expect(summary).toMatchObject({ created: { employers: 1 }, updated: 1, skipped: 1 });
    const acme = (await call(backend, 'employers.list', { query: 'Acme' })).rows;
    expect(acme.map((e) => [e.name, e.locality])).toEqual([['The Acme Company Ltd', 'Trafford']]);
    expect(await employerNames(backend)).toEqual(['Bolt Cafe', 'New Co', 'The Acme Company Ltd']);
  });

  test('re-importing the same contacts finds every one already recorded', async ({ backend }) => {
    const csv =
      'Employer,Date,Kind,Summary,Who\nBolt Cafe,2026-11-02,Meeting,Trial shifts,Ann Lee\nBolt Cafe,2026-11-09,Call,Follow up,Ann Lee\n';
    const first = await importAll(backend, { target: 'interactions', file: file('c.csv', csv) });
    expect(first.summary.created).toEqual({ employers: 1, people: 1, interactions: 2 });
    const again = await importAll(backend, { target: 'interactions', file: file('c.csv', csv) });
    expect(again.preview.matchCount).toBe(2);
    expect(again.summary).toMatchObject({ created: { employers: 0, people: 0, interactions: 0 }, skipped: 2 });
  });

  test('an Excel workbook: the sheet is chosen, dates and numbers read as the person sees them', async ({
    backend,
  }) => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet('Notes').addRow(['nothing here']);
    const sheet = workbook.addWorksheet('Contacts');
    sheet.addRow(['Organisation', 'When', 'Summary']);
    sheet.addRow(['Bolt Cafe', new Date(Date.UTC(2026, 10, 22)), { richText: [{ text: 'Rich ' }, { text: 'text' }] }]);
    sheet.addRow(['Acme', 46349, { formula: '"Form"&"ula"', result: 'Formula' }]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const preview = await call(backend, 'imports.preview', {
      target: 'interactions',
      file: file('book.xlsx', bytes),
      sheet: 'Contacts',
    });
    expect(preview.sheets).toEqual(['Notes', 'Contacts']);
    expect(preview.sheet).toBe('Contacts');
    expect(preview.mapping).toEqual(['employerName', 'date', 'summary']);
    expect(preview.sample.map((s) => s.values.find((v) => v.label === 'Date')?.value)).toEqual([
      '22 Nov 2026',
      '23 Nov 2026',
    ]);
    expect(preview.sample.map((s) => s.values.find((v) => v.label === 'Summary')?.value)).toEqual([
      'Rich text',
      'Formula',
    ]);
  });

  test('vCards 3.0 and 4.0: folded lines, several emails and phones, ORG and TITLE as the person’s role', async ({
    backend,
  }) => {
    const cards = [
      'BEGIN:VCARD',
      'VERSION:3.0',
      'N:Okafor;Grace;;;',
      'FN:Grace Okafor',
      'ORG:Northern Rail;Stations',
      'TITLE:HR business partner',
      'EMAIL;TYPE=INTERNET,WORK:grace.okafor@northern.example',
      'EMAIL;TYPE=INTERNET,HOME,PREF:grace@home.example',
      'TEL;TYPE=CELL:07700 900123',
      'TEL;TYPE=WORK:0161 496 0000',
      'NOTE:Met at the Salford jobs fair\\, keen on ',
      ' apprenticeships',
      'END:VCARD',
      'BEGIN:VCARD',
      'VERSION:4.0',
      'N:Lee;Ann;;;',
      'ORG:Bolt Cafe',
      'TEL;VALUE=uri;TYPE="voice,work";PREF=1:tel:+44-161-496-0001',
      'END:VCARD',
    ].join('\r\n');
    const { preview, summary } = await importAll(backend, { target: 'people', file: file('contacts.vcf', cards) });
    expect(preview.readAs).toBe('Contacts (vCard), UTF-8');
    expect(summary.created).toEqual({ employers: 2, people: 2, interactions: 0 });
    const grace = (await call(backend, 'people.list', { query: 'Grace' })).rows[0]!;
    const person = await call(backend, 'people.get', { id: grace.id });
    expect(person).toMatchObject({
      email: 'grace@home.example',
      phone: '07700 900123',
      otherEmails: ['grace.okafor@northern.example'],
      otherPhones: ['0161 496 0000'],
      notes: 'Met at the Salford jobs fair, keen on apprenticeships',
    });
    expect(person.affiliations.map((a) => [a.employerName, a.roleTitle])).toEqual([
      ['Northern Rail', 'HR business partner'],
    ]);
    const ann = (await call(backend, 'people.list', { query: 'Ann Lee' })).rows[0]!;
    expect((await call(backend, 'people.get', { id: ann.id })).phone).toBe('0161 496 0001');
  });

  test('a required column left unchosen is named, and nothing can be imported until it is', async ({ backend }) => {
    const preview = await call(backend, 'imports.preview', {
      target: 'interactions',
      file: file('c.csv', 'Employer,Note\nBolt,hello\n'),
    });
    expect(preview.mappingProblem).toBe('Choose the column that holds the date.');
    const result = await backend.invoke('imports.commit', { importId: preview.importId, target: 'interactions' });
    expect(result).toMatchObject({
      ok: false,
      error: { field: 'mapping', message: 'Choose the column that holds the date.' },
    });
  });

  test('cancelling an import part-way writes nothing, and the import is forgotten', async ({ backend, dataDir }) => {
    const { preview, committing } = await startBigImport(backend);
    for (let n = 0; n < 1000 && !(await call(backend, 'jobs.progress', { jobId: preview.importId })); n++) {
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(await call(backend, 'imports.cancel', { importId: preview.importId })).toEqual({ cancelled: true });
    expect(await committing).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const db = new SQLite(`${dataDir}/bridgework.sqlite`, { readonly: true });
    expect(db.prepare('select count(*) from employer').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from change_log').pluck().get()).toBe(0);
    db.close();
    expect(await backend.invoke('imports.preview', { importId: preview.importId, target: 'employers' })).toMatchObject({
      ok: false,
      error: { message: 'That import has finished or was cancelled. Choose the file again.' },
    });
  });

  test('cancelling while rows are being saved leaves none of them behind', async ({ backend, dataDir }) => {
    const { preview, committing } = await startBigImport(backend);
    let progress = await call(backend, 'jobs.progress', { jobId: preview.importId });
    for (let n = 0; n < 100_000 && !(progress?.stage === 'Saving' && progress.done > 0); n++) {
      await new Promise((resolve) => setImmediate(resolve));
      progress = await call(backend, 'jobs.progress', { jobId: preview.importId });
    }
    expect(progress).toMatchObject({ stage: 'Saving' });
    expect(progress!.done).toBeGreaterThan(0);
    expect(await call(backend, 'imports.cancel', { importId: preview.importId })).toEqual({ cancelled: true });
    expect(await committing).toMatchObject({ ok: false, error: { code: 'cancelled' } });
    const db = new SQLite(`${dataDir}/bridgework.sqlite`, { readonly: true });
    expect(db.prepare('select count(*) from employer').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from person').pluck().get()).toBe(0);
    expect(db.prepare('select count(*) from change_set').pluck().get()).toBe(0);
    db.close();
  });

  test('files that are not spreadsheets get a clear message on the file field', async ({ backend }) => {
    for (const [name, bytes, message] of [
      ['empty.csv', Buffer.alloc(0), 'empty.csv is empty. Choose another file.'],
      ['photo.csv', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]), /^Bridgework cannot read photo\.csv\./],
      ['broken.xlsx', Buffer.from('PK\u0003\u0004garbage'), /could not be read as an Excel workbook/],
      ['headers.csv', Buffer.from('Name,Email\n\n'), 'headers.csv has no rows under its headers. Choose another file.'],
    ] as const) {
      const result = await backend.invoke('imports.preview', { target: 'employers', file: file(name, bytes) });
      expect(result).toMatchObject({
        ok: false,
        error: {
          field: 'file',
          message: expect.stringMatching(typeof message === 'string' ? `^${escape(message)}$` : message),
        },
      });
    }
  });
});

function escape(text: string) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function encode1252(text: string): Buffer {
  const table: Record<string, number> = { é: 0xe9, ë: 0xeb };
  return Buffer.from([...text].map((char) => table[char] ?? char.charCodeAt(0)));
}
