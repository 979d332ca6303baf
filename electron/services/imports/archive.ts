// Importing an archive made by "Export everything": into an empty record it makes the record
// exactly as it was; into one in use it adds the rows it does not have (ids never collide).
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import {
  archiveTables,
  storedEvidenceName,
  type ArchiveHeader,
  type ArchiveImport,
  type ArchiveTable,
} from '../../../shared/exports/schema';
import { DomainError } from '../../../shared/result';
import type { ServiceContext } from '../../kernel/context';
import { evidenceFolder } from '../evidence/files';
import type { Job } from '../jobs/registry';

const rowsPerInsert = 200;
// The provider's own words for its lists, and its settings: an archive brings them into an
// empty record, but never overrides those of a record in use.
const ownWords = new Set<ArchiveTable>(['vocabulary', 'setting']);
// Kept in step by triggers as other rows arrive; the archive's copy is the one to keep.
const derived = new Set<ArchiveTable>(['employerContact']);

export async function importArchive(ctx: ServiceContext, file: string, job: Job): Promise<ArchiveImport> {
  const fileName = path.basename(file);
  const lines = readline.createInterface({ input: openArchive(file), crlfDelay: Infinity });
  const iterator = lines[Symbol.asyncIterator]();
  try {
    const header = readHeader(fileName, (await iterator.next()).value, ctx.record.schemaVersion);
    const total = Object.values(header.rows).reduce((sum, n) => sum + (n ?? 0), 0);
    const empty = !(await ctx.db.selectFrom('employer').select('id').limit(1).executeTakeFirst());
    const result = { fileName, exportedAt: header.exportedAt, added: 0, alreadyHad: 0, evidenceFiles: 0 };
    const files: { name: string; contentBase64: string }[] = [];
    const batch: { table: ArchiveTable | null; rows: object[] } = { table: null, rows: [] };
    let done = 0;
    const flush = async () => {
      const { table, rows } = batch;
      if (!table || rows.length === 0) return;
      const replace = derived.has(table) || (empty && ownWords.has(table));
      const inserted = await ctx.db
        .insertInto(table)
        .values(rows as never)
        .onConflict((conflict) =>
          replace ? conflict.doUpdateSet(excludedOf(rows[0]!) as never) : conflict.doNothing(),
        )
        .executeTakeFirst();
      const added = replace ? rows.length : Number(inserted.numInsertedOrUpdatedRows ?? 0);
      if (!derived.has(table)) {
        result.added += added;
        result.alreadyHad += rows.length - added;
      }
      done += rows.length;
      batch.rows = [];
      await job.checkpoint('Adding the archive’s rows', done, total);
    };
    let lineNumber = 1;
    for await (const line of { [Symbol.asyncIterator]: () => iterator }) {
      lineNumber++;
      if (line.trim() === '') continue;
      const parsed = readLine(fileName, line, lineNumber);
      if ('evidenceFile' in parsed) {
        files.push({ name: parsed.evidenceFile, contentBase64: parsed.contentBase64 });
        continue;
      }
      const { table, row } = parsed;
      if (batch.table !== table) {
        await flush();
        batch.table = table;
      }
      batch.rows.push(row);
      if (batch.rows.length >= rowsPerInsert) await flush();
    }
    await flush();
    // Written only once every row is in: a damaged line further on leaves no stray files.
    result.evidenceFiles = await writeEvidenceFiles(ctx.system.dataDir, files);
    return result;
  } finally {
    lines.close();
  }
}

function openArchive(file: string) {
  if (!fs.existsSync(file)) {
    throw new DomainError('not_found', `There is no file at ${file}. Choose the archive again.`, 'file');
  }
  return fs.createReadStream(file, { encoding: 'utf8' });
}

function readHeader(fileName: string, line: string | undefined, schemaVersion: number): ArchiveHeader {
  let header: Partial<ArchiveHeader> | null = null;
  try {
    header = JSON.parse(line ?? '') as Partial<ArchiveHeader>;
  } catch {
    header = null;
  }
  if (header?.bridgework !== 'archive' || header.version !== 1 || typeof header.schemaVersion !== 'number') {
    throw new DomainError(
      'invalid_input',
      `${fileName} is not an archive made by Bridgework’s “Export everything”. Choose another file.`,
      'file',
    );
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

type ArchiveLine = { table: ArchiveTable; row: object } | { evidenceFile: string; contentBase64: string };

function readLine(fileName: string, line: string, lineNumber: number): ArchiveLine {
  try {
    const parsed = JSON.parse(line) as {
      table?: unknown;
      row?: unknown;
      evidenceFile?: unknown;
      contentBase64?: unknown;
    };
    if (archiveTables.includes(parsed.table as ArchiveTable) && parsed.row && typeof parsed.row === 'object') {
      return { table: parsed.table as ArchiveTable, row: parsed.row };
    }
    if (
      typeof parsed.evidenceFile === 'string' &&
      storedEvidenceName.test(parsed.evidenceFile) &&
      typeof parsed.contentBase64 === 'string'
    ) {
      return { evidenceFile: parsed.evidenceFile, contentBase64: parsed.contentBase64 };
    }
  } catch {
    // reported below
  }
  throw new DomainError(
    'invalid_input',
    `Line ${lineNumber} of ${fileName} is damaged, so nothing was imported. Export the archive again.`,
    'file',
  );
}

/** `set column = excluded.column` for every column of the row. */
function excludedOf(row: object) {
  return Object.fromEntries(
    Object.keys(row).map((column) => [column, (eb: { ref: (c: string) => unknown }) => eb.ref(`excluded.${column}`)]),
  );
}

/** Puts each evidence file in the evidence folder, unless one of that name is already there. */
async function writeEvidenceFiles(dataDir: string, files: { name: string; contentBase64: string }[]): Promise<number> {
  const folder = evidenceFolder(dataDir);
  await fs.promises.mkdir(folder, { recursive: true });
  let written = 0;
  for (const file of files) {
    const target = path.join(folder, file.name);
    if (fs.existsSync(target)) continue;
    await fs.promises.writeFile(`${target}.partial`, Buffer.from(file.contentBase64, 'base64'));
    await fs.promises.rename(`${target}.partial`, target);
    written++;
  }
  return written;
}
