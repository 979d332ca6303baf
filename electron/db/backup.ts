// Backups with SQLite's online backup API, or VACUUM INTO for an encrypted record (never a copy
// of the database and WAL files, which can be caught half-written). A backup is written under a temporary name, checked, and only then
// given its real name: a file in the backups folder is always a good one.
import fs from 'node:fs';
import path from 'node:path';
import type SQLite from 'better-sqlite3-multiple-ciphers';
import { copyDatabase, openSqlite, type SqliteAccess } from './access';
import { backupReasons, type Backup, type BackupReason } from '../../shared/backups/schema';
import { backupsToKeep } from '../../shared/backups/retention';
import { DomainError } from '../../shared/result';

/** Backups have their own extension, so that double-clicking one opens Bridgework to restore it. */
export const backupExtension = 'bwbackup';
// Backups made before the extension was theirs end in .sqlite.
// A second backup in the same second gets `-2`, a third `-3`, and so on.
const namePattern = /^bridgework-(\d{4}-\d{2}-\d{2})-(\d{2})(\d{2})(\d{2})-([a-z-]+?)(?:-(\d+))?\.(?:bwbackup|sqlite)$/;

/** Where the user chose to keep backups is kept beside the record, so it is known even when the record cannot open. */
const chosenFolderFile = (dataDir: string) => path.join(dataDir, 'backups-folder.txt');

export function backupsFolder(dataDir: string): string {
  const chosen = fs.existsSync(chosenFolderFile(dataDir))
    ? fs.readFileSync(chosenFolderFile(dataDir), 'utf8').trim()
    : '';
  return chosen || path.join(dataDir, 'backups');
}

/** `null` goes back to the backups folder inside the data folder. */
export function rememberBackupsFolder(dataDir: string, folder: string | null): void {
  if (folder) fs.writeFileSync(chosenFolderFile(dataDir), `${folder}\n`);
  else fs.rmSync(chosenFolderFile(dataDir), { force: true });
}

export async function takeBackup(
  sqlite: SQLite.Database,
  folder: string,
  reason: BackupReason,
  now: string,
  access: SqliteAccess,
): Promise<Backup> {
  fs.mkdirSync(folder, { recursive: true });
  const stamp = `${now.slice(0, 10)}-${now.slice(11, 13)}${now.slice(14, 16)}${now.slice(17, 19)}`;
  let name = `bridgework-${stamp}-${reason}.${backupExtension}`;
  for (let n = 2; fs.existsSync(path.join(folder, name)); n++)
    name = `bridgework-${stamp}-${reason}-${n}.${backupExtension}`;
  const partial = path.join(folder, `${name}.partial`);
  fs.rmSync(partial, { force: true });
  try {
    await copyDatabase(sqlite, partial, Boolean(access.passphrase));
    checkBackup(partial, access);
  } catch (error) {
    // A backup that failed part-way (a full stick, a removed drive) leaves nothing behind.
    for (const suffix of ['', '-journal']) fs.rmSync(`${partial}${suffix}`, { force: true });
    throw error;
  }
  const final = path.join(folder, name);
  fs.renameSync(partial, final);
  return describe(final)!;
}

/**
 * Throws unless the file is a whole, readable SQLite database. The copy is made one file
 * (no write-ahead log beside it), so it can be moved or restored on its own.
 */
export function checkBackup(file: string, access: SqliteAccess) {
  const copy = openSqlite(file, access);
  try {
    copy.pragma('journal_mode = DELETE');
    const result = copy.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new Error(`The backup did not check out: ${String(result)}`);
  } finally {
    copy.close();
  }
}

/** The file of a listed backup, by its name; refused when it is no longer there. */
export function listedBackup(folder: string, name: string): string {
  const backup = listBackups(folder).find((listed) => listed.name === name);
  if (!backup) throw new DomainError('not_found', `${name} is no longer in the backups folder.`, 'name');
  return backup.file;
}

export function listBackups(folder: string): Backup[] {
  if (!fs.existsSync(folder)) return [];
  return fs
    .readdirSync(folder)
    .map((name) => describe(path.join(folder, name)))
    .filter((backup): backup is Backup => backup !== null)
    .sort((a, b) => b.takenAt.localeCompare(a.takenAt) || sequence(b.name) - sequence(a.name));
}

/** Deletes the backups the retention rule does not keep. */
export function pruneBackups(folder: string): void {
  const backups = listBackups(folder);
  const keep = backupsToKeep(backups);
  for (const backup of backups) if (!keep.has(backup)) fs.rmSync(backup.file, { force: true });
}

function describe(file: string): Backup | null {
  const name = path.basename(file);
  const match = namePattern.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, rest] = match;
  const reason = backupReasons.find((known) => rest === known);
  if (!reason) return null;
  return {
    file,
    name,
    takenAt: `${day}T${hours}:${minutes}:${seconds}Z`,
    reason,
    bytes: fs.statSync(file).size,
  };
}

const sequence = (name: string) => Number(namePattern.exec(name)?.[6] ?? 1);

export type BackupKeeper = ReturnType<typeof backupKeeper>;

/** The backups of one open database: taken one at a time, pruned after each. */
export function backupKeeper(options: {
  sqlite: SQLite.Database;
  folder: string;
  now: () => string;
  access: SqliteAccess;
}) {
  const { sqlite, folder, now, access } = options;
  let running: Promise<unknown> = Promise.resolve();
  /** Into the backups folder (then pruned), or `elsewhere`, which is left as it is. */
  const take = (reason: BackupReason, elsewhere?: string): Promise<Backup> => {
    const next = running.then(async () => {
      const backup = await takeBackup(sqlite, elsewhere ?? folder, reason, now(), access);
      if (!elsewhere) pruneBackups(folder);
      return backup;
    });
    running = next.catch(() => undefined);
    return next;
  };
  return {
    folder,
    take,
    list: () => listBackups(folder),
    /** The day's automatic backup, if the newest is over a day old and there is a record to keep. */
    dailyIfDue(): Promise<Backup | null> {
      const newest = listBackups(folder)[0];
      const due = !newest || Date.parse(now()) - Date.parse(newest.takenAt) >= 24 * 3600_000;
      const hasRecord = sqlite.prepare('select exists (select 1 from employer)').pluck().get() === 1;
      return due && hasRecord ? take('daily') : Promise.resolve(null);
    },
    /** Waits for a backup in progress, so the database is not closed under it. */
    settled: () => running,
  };
}
