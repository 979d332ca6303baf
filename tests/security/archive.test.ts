// Crafted archives, as an attacker would make them from a real one: each is refused with its
// reason, nothing outside the data folder changes, and the record still opens and answers.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import type { Backend } from '../../electron/backend';
import { openBackendInThread } from '../../electron/backend-in-thread';
import { databaseFileName } from '../../electron/db/open';
import { aReferral } from '../support/referral';
import { call, makeDataDir, test } from '../support/temp-backend';

type Line = { table?: string; row?: Record<string, unknown>; evidenceFile?: string; contentBase64?: string };

const sha256 = (bytes: Buffer | string) => createHash('sha256').update(bytes).digest('hex');
const pdf = Buffer.from('%PDF-1.4 offer of employment');

/** A real archive of a small record: an employer, a referral and a PDF as evidence. */
async function realArchive(): Promise<{ lines: Line[]; evidenceId: string }> {
  const dataDir = makeDataDir();
  const backend = await openBackendInThread({ dataDir });
  const { referral } = await aReferral(backend);
  const evidence = await call(backend, 'evidence.attach', {
    referralId: referral.id,
    file: { name: 'offer.pdf', contentBase64: pdf.toString('base64') },
  });
  const archive = await call(backend, 'exports.all');
  await backend.close();
  const lines = fs
    .readFileSync(archive.file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Line);
  return { lines, evidenceId: evidence.id };
}

function writeArchive(folder: string, lines: Line[]): string {
  const file = path.join(folder, 'crafted.jsonl');
  fs.writeFileSync(file, lines.map((line) => JSON.stringify(line)).join('\n'));
  return file;
}

/** Every row of the record, so a test can show a refused import changed nothing. */
function snapshot(dataDir: string): string {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  try {
    const tables = db
      .prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' order by name")
      .pluck()
      .all() as string[];
    return JSON.stringify(tables.map((table) => db.prepare(`select * from "${table}"`).all()));
  } finally {
    db.close();
  }
}

async function expectRefused(backend: Backend, dataDir: string, file: string, message: RegExp) {
  const before = snapshot(dataDir);
  const result = await backend.invoke('imports.archive', { file });
  expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'file' } });
  expect(result.ok || result.error.message).toMatch(message);
  expect(snapshot(dataDir)).toBe(before);
  // Still open and answering.
  expect((await call(backend, 'app.info')).employerCount).toBeGreaterThanOrEqual(0);
}

const evidenceRow = (lines: Line[]) => lines.find((line) => line.table === 'evidence')!.row!;
const fileLine = (lines: Line[]) => lines.find((line) => line.evidenceFile)!;

describe('a crafted archive', () => {
  test('cannot point evidence at a file outside the data folder', async ({ backend, dataDir }) => {
    const { lines } = await realArchive();
    const outside = makeDataDir();
    const victim = path.join(outside, 'victim.txt');
    fs.writeFileSync(victim, 'not Bridgework’s');
    const row = evidenceRow(lines);
    row.storedName = path.relative(path.join(dataDir, 'evidence'), victim);
    row.sha256 = sha256('not Bridgework’s');
    const crafted = lines.filter((line) => !line.evidenceFile);
    await expectRefused(
      backend,
      dataDir,
      writeArchive(outside, crafted),
      /cannot be imported: a row of evidence its file is not named as Bridgework names the files it keeps/,
    );
    expect(fs.readFileSync(victim, 'utf8')).toBe('not Bridgework’s');
  });

  test('cannot keep a program under a document’s name', async ({ backend, dataDir }) => {
    const { lines, evidenceId } = await realArchive();
    const program = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]);
    // Named as a program, shown as a payslip.
    const renamed = structuredClone(lines);
    Object.assign(evidenceRow(renamed), { fileName: 'payslip.pdf', storedName: `${evidenceId}.exe` });
    Object.assign(fileLine(renamed), { evidenceFile: `${evidenceId}.exe`, contentBase64: program.toString('base64') });
    await expectRefused(backend, dataDir, writeArchive(makeDataDir(), renamed), /not named as Bridgework names/);
    // Named as a payslip, with a program's bytes and their checksum.
    const disguised = structuredClone(lines);
    Object.assign(evidenceRow(disguised), { sha256: sha256(program), sizeBytes: program.length });
    fileLine(disguised).contentBase64 = program.toString('base64');
    await expectRefused(
      backend,
      dataDir,
      writeArchive(makeDataDir(), disguised),
      /the file is not what its name says it is/,
    );
    expect(fs.existsSync(path.join(dataDir, 'evidence')) ? fs.readdirSync(path.join(dataDir, 'evidence')) : []).toEqual(
      [],
    );
  });

  test('cannot bring in a participant’s name as a reference', async ({ backend, dataDir }) => {
    const { lines } = await realArchive();
    lines.find((line) => line.table === 'referral')!.row!.reference = 'Jane Smith';
    await expectRefused(backend, dataDir, writeArchive(makeDataDir(), lines), /That looks like a name/);
  });

  test('cannot set a setting to a value Settings would refuse', async ({ backend, dataDir }) => {
    const { lines } = await realArchive();
    const now = '2026-11-01T10:00:00.000Z';
    lines.splice(1, 0, {
      table: 'setting',
      row: {
        key: 'reference_format',
        value: '{"prefix":"<script>","digits":{"min":1,"max":3}}',
        createdAt: now,
        updatedAt: now,
      },
    });
    await expectRefused(backend, dataDir, writeArchive(makeDataDir(), lines), /has a value Bridgework would not save/);
  });

  test('with a column Bridgework does not have is refused with the line, not an internal error', async ({
    backend,
    dataDir,
  }) => {
    const { lines } = await realArchive();
    const index = lines.findIndex((line) => line.table === 'employer');
    lines[index]!.row!.isAdmin = 1;
    await expectRefused(
      backend,
      dataDir,
      writeArchive(makeDataDir(), lines),
      new RegExp(`^Line ${index + 1} of crafted\\.jsonl cannot be imported: a row of employer it has a column`),
    );
  });

  test('cannot write its history into a record in use', async ({ backend }) => {
    await call(backend, 'employers.create', { name: 'Already here Ltd' });
    const { lines } = await realArchive();
    const forged = lines.find((line) => line.table === 'changeSet')!.row!;
    Object.assign(forged, { sentence: 'Deleted every employer', at: '2020-01-01T00:00:00.000Z' });
    const imported = await call(backend, 'imports.archive', { file: writeArchive(makeDataDir(), lines) });
    expect(imported.added).toBeGreaterThan(0);
    const changes = await call(backend, 'changes.list', {});
    expect(changes.changes.map((change) => change.sentence)).not.toContain('Deleted every employer');
  });
});

describe('an odd file chosen as an archive', () => {
  test('a pipe, a device, a folder and one endless line are refused, and the record still answers', async ({
    backend,
    dataDir,
  }) => {
    const folder = makeDataDir();
    const pipe = path.join(folder, 'archive.jsonl');
    execFileSync('mkfifo', [pipe]);
    const endless = path.join(folder, 'endless.jsonl');
    fs.writeFileSync(endless, Buffer.alloc(80 * 1024 * 1024, 'a'));
    const cases = [
      [pipe, /is not an ordinary file \(it may be a device or a pipe\)/],
      ['/dev/zero', /is not an ordinary file/],
      [folder, /is a folder\. Choose the archive file\./],
      [endless, /^Line 1 of endless\.jsonl is far longer than any line Bridgework writes/],
    ] as const;
    for (const [file, message] of cases) await expectRefused(backend, dataDir, file, message);
    expect((await call(backend, 'employers.create', { name: 'Still working Ltd' })).name).toBe('Still working Ltd');
  });
});
