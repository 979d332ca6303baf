import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { describe, expect } from 'vitest';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import { databaseFileName } from '../../../electron/db/open';
import { writeDemoDatabase } from '../../../scripts/demo-database';
import { call, makeDataDir, test } from '../../support/temp-backend';

/** Every row of every table, in a stable order, as the database file holds it. */
function dump(dataDir: string, skip: (table: string, row: Record<string, unknown>) => boolean = () => false) {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  try {
    const tables = db
      .prepare(
        `select name from sqlite_master where type = 'table' and name not like 'sqlite_%'
         and name not like 'kysely_%' and name not like '%fts%' order by name`,
      )
      .pluck()
      .all() as string[];
    return Object.fromEntries(
      tables.map((table) => [
        table,
        (db.prepare(`select * from ${table}`).all() as Record<string, unknown>[])
          .filter((row) => !skip(table, row))
          .map((row) => JSON.stringify(row))
          .sort(),
      ]),
    );
  } finally {
    db.close();
  }
}

describe('export everything', () => {
  test('the archive imports into a new record to make an identical database, searchable as before', async () => {
    const source = makeDataDir();
    const target = makeDataDir();
    await writeDemoDatabase(source, {
      employers: 40,
      people: 150,
      interactions: 1500,
      busyEmployers: 1,
      busyInteractions: 200,
    });
    const backend = await openBackendInThread({ dataDir: source });
    const employers = (await call(backend, 'employers.list', { limit: 5 })).rows;
    await call(backend, 'employers.archive', { id: employers[0]!.id });
    await call(backend, 'settings.update', { charity: { name: 'Northside Works' } });
    await call(backend, 'caseStudies.draft', { employerId: employers[1]!.id, from: '2025-01-01', to: '2026-10-31' });
    const opportunity = await call(backend, 'opportunities.create', {
      employerId: employers[1]!.id,
      kind: 'vacancy',
      title: 'Kitchen porter',
    });
    const [referral] = await call(backend, 'referrals.create', {
      opportunityId: opportunity.id,
      references: ['P-0999'],
    });
    const evidence = await call(backend, 'evidence.attach', {
      referralId: referral!.id,
      file: { name: 'offer.pdf', contentBase64: Buffer.from('%PDF offer letter').toString('base64') },
    });
    const archive = await call(backend, 'exports.all');
    await backend.close();
    expect(archive.name).toMatch(/^Bridgework archive \d{4}-\d{2}-\d{2}\.jsonl$/);
    const header = JSON.parse(fs.readFileSync(archive.file, 'utf8').split('\n')[0]!);
    expect(header).toMatchObject({ bridgework: 'archive', version: 1, rows: { employer: 40, interaction: 1500 } });

    const fresh = await openBackendInThread({ dataDir: target });
    const imported = await call(fresh, 'imports.archive', { file: archive.file });
    expect(imported).toMatchObject({ alreadyHad: 0, evidenceFiles: 1 });
    const evidenceFolder = path.join(target, 'evidence');
    expect(
      fs.readdirSync(evidenceFolder).map((name) => fs.readFileSync(path.join(evidenceFolder, name), 'utf8')),
    ).toEqual(['%PDF offer letter']);
    expect((await call(fresh, 'evidence.list', { referralId: evidence.referralId! })).map((e) => e.fileName)).toEqual([
      'offer.pdf',
    ]);
    const found = await call(fresh, 'search.query', { text: employers[2]!.name });
    expect(found.employers.map((e) => e.id)).toContain(employers[2]!.id);
    await fresh.close();
    const importLine = (table: string, row: Record<string, unknown>) =>
      (table === 'change_log' || table === 'change_set') && row.procedure === 'imports.archive';
    expect(dump(target, importLine)).toEqual(dump(source));

    // Again into the same record: everything is already there, nothing is doubled.
    const again = await openBackendInThread({ dataDir: target });
    expect(await call(again, 'imports.archive', { file: archive.file })).toMatchObject({ added: 0 });
    await again.close();
    expect(dump(target, importLine)).toEqual(dump(source));
    for (const dir of [source, target]) fs.rmSync(dir, { recursive: true, force: true });
  });

  test('a file that is not an archive, from a newer Bridgework, or damaged part-way is refused and nothing changes', async ({
    backend,
    dataDir,
  }) => {
    const write = (name: string, lines: object[] | string) => {
      const file = path.join(dataDir, name);
      fs.writeFileSync(file, typeof lines === 'string' ? lines : lines.map((line) => JSON.stringify(line)).join('\n'));
      return file;
    };
    const header = {
      bridgework: 'archive',
      version: 1,
      schemaVersion: 1,
      exportedAt: '2026-11-01T10:00:00Z',
      rows: {},
    };
    const employer = (id: string, name: string) => ({
      table: 'employer',
      row: {
        id,
        name,
        nameKey: name.toLowerCase(),
        phase: 'preparing',
        isBranchOfNational: 0,
        createdAt: '2026-11-01T10:00:00.000Z',
        updatedAt: '2026-11-01T10:00:00.000Z',
      },
    });
    const cases = [
      [
        write('notes.jsonl', 'Name,Email\n'),
        /^notes\.jsonl is not an archive made by Bridgework’s “Export everything”\./,
      ],
      [
        write('newer.jsonl', [{ ...header, schemaVersion: 999 }]),
        /^newer\.jsonl was made by a newer version of Bridgework\./,
      ],
      [
        write('damaged.jsonl', [header, employer('01900000-0000-7000-8000-000000000001', 'Acme'), { table: 'nope' }]),
        /^Line 3 of damaged\.jsonl cannot be imported: it is damaged\. Nothing was imported\./,
      ],
    ] as const;
    for (const [file, message] of cases) {
      const result = await backend.invoke('imports.archive', { file });
      expect(result).toMatchObject({ ok: false, error: { field: 'file', message: expect.stringMatching(message) } });
    }
    expect((await call(backend, 'app.info')).employerCount).toBe(0);
  });
});

describe('export a list', () => {
  test('every list exports from a full record, as CSV and as Excel, one row per record', async () => {
    const dataDir = makeDataDir();
    await writeDemoDatabase(dataDir, {
      employers: 20,
      people: 60,
      interactions: 400,
      busyEmployers: 1,
      busyInteractions: 50,
    });
    const backend = await openBackendInThread({ dataDir });
    const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
    const live = (table: string) => db.prepare(`select count(*) from ${table} where deleted_at is null`).pluck().get();
    const tables = {
      employers: 'employer',
      people: 'person',
      roles: 'affiliation',
      interactions: 'interaction',
      commitments: 'commitment',
      trustNotes: 'trust_note',
      assessments: 'assessment',
      phaseChanges: 'phase_change',
      opportunities: 'opportunity',
      referrals: 'referral',
      programmes: 'programme',
      caseStudies: 'case_study',
    } as const;
    for (const [list, table] of Object.entries(tables)) {
      const csv = await call(backend, 'exports.table', { table: list as keyof typeof tables, format: 'csv' });
      const rows = Papa.parse<string[]>(fs.readFileSync(csv.file, 'utf8').replace(/^\uFEFF/, ''), {
        skipEmptyLines: true,
      }).data;
      expect([list, rows.length - 1]).toEqual([list, live(table)]);
      const xlsx = await call(backend, 'exports.table', { table: list as keyof typeof tables, format: 'xlsx' });
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(xlsx.file);
      expect([list, workbook.worksheets[0]!.actualRowCount - 1]).toEqual([list, live(table)]);
    }
    db.close();
    await backend.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  test('contacts as CSV and employers as Excel carry names and labels, not ids and codes', async ({ backend }) => {
    const acme = await call(backend, 'employers.create', { name: 'Acme Ltd', sector: 'retail', sizeBand: 'small' });
    const ann = await call(backend, 'people.create', {
      name: 'Ann Lee',
      employerId: acme.id,
      roleTitle: 'Owner',
      isPrimary: true,
    });
    await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'site_visit',
      status: 'done',
      occurredAt: '2026-11-20T10:00:00.000Z',
      summary: '=Toured the warehouse',
      personIds: [ann.id],
      notes: '@Ann to send the rota',
    });
    await call(backend, 'interactions.create', {
      employerId: acme.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-11-21T10:00:00.000Z',
      summary: '+44 161 496 0000 rang back',
      notes: '-2 places this week',
    });
    const csv = await call(backend, 'exports.table', { table: 'interactions', format: 'csv' });
    const rows = Papa.parse<string[]>(fs.readFileSync(csv.file, 'utf8').replace(/^\uFEFF/, ''), {
      skipEmptyLines: true,
    }).data;
    expect(rows).toEqual([
      ['Date', 'Employer', 'Kind', 'Status', 'Summary', 'People there', 'Follow up on', 'Programme', 'Notes'],
      [
        '2026-11-20',
        'Acme Ltd',
        'Site visit',
        'Done',
        "'=Toured the warehouse",
        'Ann Lee',
        '',
        '',
        "'@Ann to send the rota",
      ],
      ['2026-11-21', 'Acme Ltd', 'Call', 'Done', "'+44 161 496 0000 rang back", '', '', '', "'-2 places this week"],
    ]);

    const xlsx = await call(backend, 'exports.table', { table: 'employers', format: 'xlsx' });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx.file);
    const sheet = workbook.getWorksheet('Employers')!;
    const header = sheet.getRow(1).values as unknown[];
    const row = sheet.getRow(2).values as unknown[];
    const cell = (label: string) => row[header.indexOf(label)];
    expect(cell('Name')).toBe('Acme Ltd');
    expect(cell('Sector')).toBe('Retail');
    expect(cell('Size')).toBe('Small (10 to 49 staff)');
    expect(cell('Main contact')).toBe('Ann Lee');
    expect(cell('Last contact')).toEqual(new Date('2026-11-21T00:00:00Z'));
  });
});
