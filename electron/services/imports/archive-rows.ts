// Every row of an archive is checked as a row typed into Bridgework would be, before anything is
// written: the table's own columns and types, ids, dates and times in Bridgework's forms, settings
// through the Settings schema, references that are references and never names, and evidence
// named and typed as Bridgework names and types the files it keeps.
import { sql, type Kysely } from 'kysely';
import { maxEvidenceBytes } from '../../../shared/evidence/schema';
import type { ArchiveTable } from '../../../shared/exports/schema';
import { referenceProblem, type ReferenceFormat } from '../../../shared/referrals/reference';
import type { Database } from '../../db/schema';
import { mediaTypeOf, storedNameFor } from '../evidence/files';
import { storedSettingCheck } from '../settings/store';

type Row = Record<string, unknown>;
type Column = { name: string; type: 'TEXT' | 'INTEGER' | 'REAL' | string; required: boolean };

/** Why the row cannot come in, `skip` for a setting this version does not keep, or null. */
export type RowCheck = (table: ArchiveTable, row: Row) => string | 'skip' | null;

const maxCellCharacters = 2_000_000;
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const calendarDate = /^\d{4}-\d{2}-\d{2}$/;
/** Columns named …Id that hold something other than a record's id: an email's Message-ID, say. */
const notRecordIds = new Set(['entityId', 'deviceId', 'messageId']);

export async function rowChecker(
  db: Kysely<Database>,
  tables: readonly ArchiveTable[],
  referenceFormat: () => ReferenceFormat,
): Promise<RowCheck> {
  const columns = new Map<ArchiveTable, Map<string, Column>>();
  for (const table of tables) columns.set(table, await columnsOf(db, table));
  return (table, row) => {
    const known = columns.get(table)!;
    const problem = shapeProblem(known, row) ?? ruleProblem(table, row, referenceFormat);
    if (problem) return problem;
    if (table === 'setting') {
      const check = storedSettingCheck(String(row.key), String(row.value));
      if (check === 'unknown') return 'skip';
      if (check === 'refuse') return `the setting “${String(row.key)}” has a value Bridgework would not save`;
    }
    return null;
  };
}

async function columnsOf(db: Kysely<Database>, table: ArchiveTable): Promise<Map<string, Column>> {
  const snake = table.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
  const { rows } = await sql<{
    name: string;
    type: string;
    notnull: number;
    dfltValue: string | null;
    pk: number;
  }>`select name, type, "notnull", dflt_value, pk from pragma_table_info(${snake})`.execute(db);
  return new Map(
    rows.map((column) => {
      const name = column.name.replace(/_([a-z0-9])/g, (_match, letter: string) => letter.toUpperCase());
      return [
        name,
        { name, type: column.type.toUpperCase(), required: column.notnull === 1 && column.dfltValue === null },
      ];
    }),
  );
}

function shapeProblem(columns: Map<string, Column>, row: Row): string | null {
  for (const name of Object.keys(row)) {
    if (!columns.has(name)) return `it has a column Bridgework does not know, “${name.slice(0, 60)}”`;
  }
  for (const column of columns.values()) {
    const value = row[column.name];
    if (value === undefined || value === null) {
      if (column.required) return `its “${column.name}” is missing`;
      continue;
    }
    if (!fitsType(column.type, value)) return `its “${column.name}” is not the kind of value Bridgework keeps there`;
    if (typeof value === 'string' && !fitsName(column.name, value)) {
      return `its “${column.name}” is not in the form Bridgework keeps it`;
    }
  }
  return null;
}

function fitsType(type: string, value: unknown): boolean {
  if (type === 'INTEGER') return Number.isSafeInteger(value);
  if (type === 'REAL') return typeof value === 'number' && Number.isFinite(value);
  return typeof value === 'string' && value.length <= maxCellCharacters;
}

/** Ids, dates and times by the names Bridgework gives those columns. */
function fitsName(name: string, value: string): boolean {
  // A change-log line's id is its change set's and its place in the log: `<change set>.<n>`.
  if (name === 'id' && /^[0-9a-f-]{36}\.\d+$/i.test(value)) return uuid.test(value.slice(0, 36));
  if (name === 'id' || (name.endsWith('Id') && !notRecordIds.has(name))) return uuid.test(value);
  if (name.endsWith('On')) return calendarDate.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  if (name.endsWith('At')) return !Number.isNaN(Date.parse(value));
  return true;
}

function ruleProblem(table: ArchiveTable, row: Row, referenceFormat: () => ReferenceFormat): string | null {
  if (table === 'referral') {
    const problem = referenceProblem(String(row.reference), referenceFormat());
    return problem && `its participant reference is not one: ${problem}`;
  }
  if (table === 'evidence') return evidenceProblem(row);
  return null;
}

function evidenceProblem(row: Row): string | null {
  const fileName = typeof row.fileName === 'string' ? row.fileName : null;
  if (row.storedName === null || row.storedName === undefined) return null;
  if (!fileName || row.storedName !== storedNameFor(String(row.id), fileName)) {
    return 'its file is not named as Bridgework names the files it keeps';
  }
  if (row.mediaType !== mediaTypeOf(fileName)) return `its file’s type does not match its name, ${fileName}`;
  if (typeof row.sha256 !== 'string' || !/^[0-9a-f]{64}$/.test(row.sha256)) return 'its file has no checksum';
  if (typeof row.sizeBytes !== 'number' || row.sizeBytes > maxEvidenceBytes) return 'its file is over 50 MB';
  return null;
}
