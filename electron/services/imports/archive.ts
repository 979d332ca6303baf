// Importing an archive made by "Export everything": into an empty record it makes the record
// exactly as it was; into one in use it adds the rows it does not have (ids never collide).
// The archive is read twice: first every line is checked, with nothing open; then, in one
// transaction, the same lines are checked again and written, and the file must be the one that
// was checked. A damaged or crafted line anywhere leaves the record as it was.
import fs from 'node:fs';
import path from 'node:path';
import {
  archiveTables,
  storedEvidenceName,
  type ArchiveHeader,
  type ArchiveImport,
  type ArchiveTable,
} from '../../../shared/exports/schema';
import { defaultReferenceFormat, type ReferenceFormat } from '../../../shared/referrals/reference';
import { DomainError } from '../../../shared/result';
import { inChangeSet } from '../../kernel/changes';
import { fillMadeOn } from '../../db/migrations/011_made_on';
import type { ServiceContext } from '../../kernel/context';
import { fileTypeProblem } from '../evidence/file-types';
import { checksum, evidenceFolder } from '../evidence/files';
import type { Job } from '../jobs/registry';
import { readSettings } from '../settings/store';
import { archiveLines, checkArchiveFile } from './archive-file';
import { rowChecker } from './archive-rows';

const rowsPerInsert = 200;
// The provider's own words for its lists, and its settings: an archive brings them into an
// empty record, but never overrides those of a record in use.
const ownWords = new Set<ArchiveTable>(['vocabulary', 'setting']);
// Kept in step by triggers as other rows arrive; the archive's copy is the one to keep.
const derived = new Set<ArchiveTable>(['employerContact']);
// Another record's history: it becomes this record's only when the record is made from it.
const history = new Set<ArchiveTable>(['changeSet', 'changeLog']);

type Item =
  | { kind: 'row'; table: ArchiveTable; row: Record<string, unknown>; line: number }
  | { kind: 'file'; name: string; bytes: Buffer };

export async function importArchive(ctx: ServiceContext, file: string, job: Job): Promise<ArchiveImport> {
  const fileName = path.basename(file);
  await checkArchiveFile(file, fileName);
  const checked = await readArchive(ctx, file, job, 'Checking the archive', () => Promise.resolve());
  return inChangeSet(ctx, (tx) => writeArchive(tx, file, checked, job), { undoable: false });
}

type Reading = { fileName: string; header: ArchiveHeader; empty: boolean; digest: string; total: number };

async function writeArchive(ctx: ServiceContext, file: string, checked: Reading, job: Job): Promise<ArchiveImport> {
  const result = { fileName: checked.fileName, exportedAt: checked.header.exportedAt, added: 0, alreadyHad: 0 };
  const folder = evidenceFolder(ctx.system.dataDir);
  const files: string[] = [];
  const batch: { table: ArchiveTable | null; rows: Record<string, unknown>[]; line: number } = {
    table: null,
    rows: [],
    line: 0,
  };
  const flush = async () => {
    const { table, rows } = batch;
    if (!table || rows.length === 0) return;
    const replace = derived.has(table) || (checked.empty && ownWords.has(table));
    const inserted = await ctx.db
      .insertInto(table)
      .values(rows as never)
      .onConflict((conflict) => (replace ? conflict.doUpdateSet(excludedOf(rows[0]!) as never) : conflict.doNothing()))
      .executeTakeFirst()
      .catch((error: unknown) => {
        throw inconsistent(error, checked.fileName, batch.line);
      });
    const added = replace ? rows.length : Number(inserted.numInsertedOrUpdatedRows ?? 0);
    if (!derived.has(table)) {
      result.added += added;
      result.alreadyHad += rows.length - added;
    }
    batch.rows = [];
  };
  try {
    const reading = await readArchive(ctx, file, job, 'Adding the archive’s rows', async (item) => {
      if (item.kind === 'file') {
        const target = path.join(folder, item.name);
        if (fs.existsSync(target)) return;
        await fs.promises.mkdir(folder, { recursive: true });
        await fs.promises.writeFile(`${target}.partial`, item.bytes);
        files.push(item.name);
        return;
      }
      if (batch.table !== item.table || batch.rows.length >= rowsPerInsert) {
        await flush();
        batch.table = item.table;
        batch.line = item.line;
      }
      batch.rows.push(item.row);
    });
    await flush();
    // An archive from an earlier version lacks what later versions keep: filled in as the upgrade did.
    await fillMadeOn(ctx.db as never);
    if (reading.digest !== checked.digest) {
      throw new DomainError(
        'conflict',
        `${checked.fileName} changed while it was being imported, so nothing was imported. Try again once it has finished copying.`,
        'file',
      );
    }
    for (const name of files) await fs.promises.rename(path.join(folder, `${name}.partial`), path.join(folder, name));
    return { ...result, evidenceFiles: files.length };
  } finally {
    await Promise.all(files.map((name) => fs.promises.rm(path.join(folder, `${name}.partial`), { force: true })));
  }
}

/** Reads and checks every line, handing each row and file to `use`; the first bad line stops it all. */
async function readArchive(
  ctx: ServiceContext,
  file: string,
  job: Job,
  stage: string,
  use: (item: Item) => Promise<void>,
): Promise<Reading> {
  const fileName = path.basename(file);
  const empty = !(await ctx.db.selectFrom('employer').select('id').limit(1).executeTakeFirst());
  const ours = await readSettings(ctx.db);
  let archiveFormat: ReferenceFormat | null = null;
  const check = await rowChecker(ctx.db, archiveTables, () =>
    empty ? (archiveFormat ?? defaultReferenceFormat) : ours.referenceFormat,
  );
  const evidence = new Map<string, { sha256: string; mediaType: string }>();
  const { lines, digest } = archiveLines(file, fileName);
  const refuse = (line: number, why: string) =>
    new DomainError(
      'invalid_input',
      `Line ${line} of ${fileName} cannot be imported: ${why}. Nothing was imported. Export the archive again from Bridgework.`,
      'file',
    );
  let header: ArchiveHeader | null = null;
  let done = 0;
  for await (const { line, number } of lines) {
    if (!header) {
      header = readHeader(fileName, line, ctx.record.schemaVersion);
      continue;
    }
    if (line.trim() === '') continue;
    const parsed = readLine(line);
    if (!parsed) throw refuse(number, 'it is damaged');
    if ('evidenceFile' in parsed) {
      const kept = evidence.get(parsed.evidenceFile);
      if (!kept) throw refuse(number, 'it is a file no evidence in the archive refers to');
      const bytes = Buffer.from(parsed.contentBase64, 'base64');
      if (checksum(bytes) !== kept.sha256) throw refuse(number, 'the file is not the one its evidence was saved with');
      const problem = fileTypeProblem(kept.mediaType, bytes);
      if (problem) throw refuse(number, 'the file is not what its name says it is');
      await use({ kind: 'file', name: parsed.evidenceFile, bytes });
      continue;
    }
    const { table, row } = parsed;
    if (history.has(table) && !empty) continue;
    const problem = check(table, row);
    if (problem === 'skip') continue;
    if (problem) throw refuse(number, `a row of ${table} ${problem}`);
    if (table === 'setting' && row.key === 'reference_format') {
      archiveFormat = JSON.parse(String(row.value)) as ReferenceFormat;
    }
    if (table === 'evidence' && typeof row.storedName === 'string') {
      evidence.set(row.storedName, { sha256: String(row.sha256), mediaType: String(row.mediaType) });
    }
    await use({ kind: 'row', table, row, line: number });
    if (++done % 1000 === 0) await job.checkpoint(stage, done, total(header));
  }
  if (!header) throw notAnArchive(fileName);
  return { fileName, header, empty, digest: digest(), total: total(header) };
}

const total = (header: ArchiveHeader) => Object.values(header.rows).reduce((sum, n) => sum + (n ?? 0), 0);

const notAnArchive = (fileName: string) =>
  new DomainError(
    'invalid_input',
    `${fileName} is not an archive made by Bridgework’s “Export everything”. Choose another file.`,
    'file',
  );

function readHeader(fileName: string, line: string, schemaVersion: number): ArchiveHeader {
  let header: Partial<ArchiveHeader> | null = null;
  try {
    header = JSON.parse(line) as Partial<ArchiveHeader>;
  } catch {
    header = null;
  }
  if (
    header?.bridgework !== 'archive' ||
    header.version !== 1 ||
    typeof header.schemaVersion !== 'number' ||
    typeof header.exportedAt !== 'string' ||
    !header.rows ||
    typeof header.rows !== 'object'
  ) {
    throw notAnArchive(fileName);
  }
  if (header.schemaVersion > schemaVersion) {
    throw new DomainError(
      'invalid_input',
      `${fileName} was made by a newer version of Bridgework. Update Bridgework, then import it.`,
      'file',
    );
  }
  return header as ArchiveHeader;
}

type ArchiveLine =
  { table: ArchiveTable; row: Record<string, unknown> } | { evidenceFile: string; contentBase64: string };

function readLine(line: string): ArchiveLine | null {
  try {
    const parsed = JSON.parse(line) as {
      table?: unknown;
      row?: unknown;
      evidenceFile?: unknown;
      contentBase64?: unknown;
    };
    if (
      archiveTables.includes(parsed.table as ArchiveTable) &&
      parsed.row &&
      typeof parsed.row === 'object' &&
      !Array.isArray(parsed.row)
    ) {
      return { table: parsed.table as ArchiveTable, row: parsed.row as Record<string, unknown> };
    }
    if (
      typeof parsed.evidenceFile === 'string' &&
      storedEvidenceName.test(parsed.evidenceFile) &&
      typeof parsed.contentBase64 === 'string'
    ) {
      return { evidenceFile: parsed.evidenceFile, contentBase64: parsed.contentBase64 };
    }
  } catch {
    // damaged: said by the caller, with the line's number
  }
  return null;
}

/** A row that refers to something missing, or breaks one of the record's rules. */
function inconsistent(error: unknown, fileName: string, line: number): unknown {
  const code = (error as { code?: string }).code ?? '';
  if (!code.startsWith('SQLITE_CONSTRAINT')) return error;
  return new DomainError(
    'invalid_input',
    `The rows from line ${line} of ${fileName} refer to records that are neither in the archive nor in your record, so nothing was imported. Export the archive again from Bridgework.`,
    'file',
  );
}

/** `set column = excluded.column` for every column of the row. */
function excludedOf(row: object) {
  return Object.fromEntries(
    Object.keys(row).map((column) => [column, (eb: { ref: (c: string) => unknown }) => eb.ref(`excluded.${column}`)]),
  );
}
