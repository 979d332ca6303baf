import fs from 'node:fs';
import path from 'node:path';
import type SQLite from 'better-sqlite3-multiple-ciphers';
import { isEncryptedFile, openSqlite, unlock, type SqliteAccess } from './access';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { QueryCamelCasePlugin } from './camel-case';
import { backupsFolder, takeBackup } from './backup';
import { nowIso } from './ids';
import { latestSchemaVersion, migrations } from './migrations';
import type { Database } from './schema';
import { kyselyConnection } from './connection';
import { DatabaseUnavailableError } from './unavailable';

export const databaseFileName = 'bridgework.sqlite';

export type OpenDatabase = {
  sqlite: SQLite.Database;
  db: Kysely<Database>;
  file: string;
  schemaVersion: number;
};

export type OpenOptions = SqliteAccess & {
  dataDir: string;
  now?: () => string;
};

/** Beside the database while it is encrypted: a file that cannot be read is then locked, not damaged. */
export const encryptedMarker = (dataDir: string) => path.join(dataDir, `${databaseFileName}.encrypted`);
export const encryptedMarkerText = 'This record is encrypted.\n';

export async function openDatabase({
  dataDir,
  nativeBinding,
  passphrase,
  now = nowIso,
}: OpenOptions): Promise<OpenDatabase> {
  const file = path.join(dataDir, databaseFileName);
  // Known by its bytes: a record whose marker went missing (copied without it) still unlocks.
  const encrypted = isEncryptedFile(file);
  if (encrypted && !passphrase) {
    throw new DatabaseUnavailableError(
      'Your record is protected with a passphrase. Enter it to open Bridgework.',
      'locked',
    );
  }
  const sqlite = connect(dataDir, file, nativeBinding);
  try {
    if (encrypted) {
      unlockOrRefuse(sqlite, passphrase!);
      fs.writeFileSync(encryptedMarker(dataDir), encryptedMarkerText);
    }
    const version = refuseNewerSchema(sqlite, file);
    // Data from an earlier version is backed up before it is upgraded.
    if (version > 0 && version < latestSchemaVersion) {
      await takeBackup(sqlite, backupsFolder(dataDir), 'before-upgrade', now(), {
        nativeBinding,
        passphrase: encrypted ? passphrase : null,
      });
    }
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('foreign_keys = ON');
    sqlite.pragma('synchronous = NORMAL');
    sqlite.pragma('cache_size = -65536');
    // The change capture reads its TEMP context row for every row written: kept in memory, an
    // import of 100,000 rows saves about a second.
    sqlite.pragma('temp_store = MEMORY');
    // What is deleted is overwritten, not just let go: an erased person's details do not linger
    // in the file's free space, or in a copy of the file made later.
    sqlite.pragma('secure_delete = ON');
    const naming = new QueryCamelCasePlugin();
    const db = new Kysely<Database>({
      dialect: new SqliteDialect({ database: kyselyConnection(sqlite, (column) => naming.columnName(column)) }),
      plugins: [naming],
    });
    await migrate(db);
    sqlite.pragma(`user_version = ${latestSchemaVersion}`);
    // Gives the query planner fresh statistics where they are missing or stale (cheap: it
    // samples, and skips tables that have not changed much). Without them it picks slow plans.
    sqlite.pragma('optimize = 0x10002');
    return { sqlite, db, file, schemaVersion: latestSchemaVersion };
  } catch (error) {
    sqlite.close();
    throw explain(error, file);
  }
}

function connect(dataDir: string, file: string, nativeBinding?: string): SQLite.Database {
  try {
    fs.mkdirSync(dataDir, { recursive: true });
    const sqlite = openSqlite(file, { nativeBinding });
    sqlite.pragma('busy_timeout = 5000');
    return sqlite;
  } catch (error) {
    throw explain(error, file);
  }
}

/** A wrong passphrase reads nothing and writes nothing: the file is left exactly as it was. */
function unlockOrRefuse(sqlite: SQLite.Database, passphrase: string) {
  unlock(sqlite, passphrase);
  try {
    sqlite.prepare('select count(*) from sqlite_master').get();
  } catch {
    throw new DatabaseUnavailableError('That passphrase is not right. Check it and try again.', 'wrong_passphrase');
  }
}

// Read before anything writes: a file from a newer Bridgework must be left exactly as it is.
function refuseNewerSchema(sqlite: SQLite.Database, file: string): number {
  const version = sqlite.pragma('user_version', { simple: true }) as number;
  if (version > latestSchemaVersion) {
    throw new DatabaseUnavailableError(
      `Your data in ${file} was saved by a newer version of Bridgework. ` +
        'Install the latest version of Bridgework to open it. Nothing has been changed.',
      'newer_schema',
    );
  }
  return version;
}

async function migrate(db: Kysely<Database>) {
  const migrator = new Migrator({ db, provider: { getMigrations: async () => migrations } });
  const { error } = await migrator.migrateToLatest();
  if (error) throw error;
}

function explain(error: unknown, file: string): Error {
  if (error instanceof DatabaseUnavailableError) return error;
  const code = (error as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
    return new DatabaseUnavailableError(
      `Bridgework cannot read ${file} because the file is damaged. ` +
        'Restore it from a backup, or move it somewhere else to start with an empty record. ' +
        'Bridgework has not changed the file.',
      'damaged',
    );
  }
  if (code === 'SQLITE_CANTOPEN' || code === 'SQLITE_READONLY' || code === 'EACCES' || code === 'EPERM') {
    return new DatabaseUnavailableError(
      `Bridgework cannot open or save ${file}. ` +
        'Check that the folder exists and that you are allowed to write to it.',
      'no_access',
    );
  }
  return error instanceof Error ? error : new Error(String(error));
}
