// Restoring from a backup: the file is checked first (is it a Bridgework database, whole, and
// not from a newer Bridgework), copied beside the live file with the online backup API and
// checked again, and only then moved into place in one step. A bad file changes nothing.
import fs from 'node:fs';
import type SQLite from 'better-sqlite3-multiple-ciphers';
import { copyDatabase, isEncryptedFile, openSqlite, rekey, type SqliteAccess } from './access';
import { DomainError } from '../../shared/result';
import { isKnownSchema } from './known-schema';
import { latestSchemaVersion } from './migrations';

async function checkRestorable(file: string, access: SqliteAccess): Promise<void> {
  const refuse = (message: string) => new DomainError('invalid_input', message, 'file');
  if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw refuse('That backup file could not be found.');
  let db: SQLite.Database;
  try {
    db = openSqlite(file, access, { readonly: true, fileMustExist: true });
  } catch {
    throw refuse('That file could not be opened. Choose a Bridgework backup.');
  }
  try {
    const tables = db.prepare("select name from sqlite_master where type = 'table'").pluck().all() as string[];
    if (!tables.includes('employer') || !tables.includes('kysely_migration')) {
      throw refuse('That file is not a Bridgework backup. Your record has not changed.');
    }
    if (db.pragma('integrity_check', { simple: true }) !== 'ok') {
      throw refuse('That backup is damaged, so it cannot be restored. Choose another. Your record has not changed.');
    }
    if ((db.pragma('user_version', { simple: true }) as number) > latestSchemaVersion) {
      throw refuse(
        'That backup was made by a newer version of Bridgework. Install the latest version to restore it. Your record has not changed.',
      );
    }
    if (!(await isKnownSchema(db, access.nativeBinding))) {
      throw refuse(
        'That file is not a Bridgework backup: its tables are not the ones Bridgework makes. Your record has not changed.',
      );
    }
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (isEncryptedFile(file)) {
      throw refuse(
        access.passphrase
          ? 'That backup is protected with a different passphrase, or it is not a Bridgework backup. Your record has not changed.'
          : 'That backup is protected with a passphrase. Protect your record with the same passphrase in Settings, then restore it. Your record has not changed.',
      );
    }
    throw refuse('That file is not a Bridgework backup. Your record has not changed.');
  } finally {
    db.close();
  }
}

/** Copies the backup to `staging` (beside the live file), checked and in one file, ready to move into place. */
async function stageRestore(file: string, staging: string, access: SqliteAccess): Promise<void> {
  fs.rmSync(staging, { force: true });
  const encrypted = isEncryptedFile(file);
  const source = openSqlite(file, access, { readonly: true });
  try {
    await copyDatabase(source, staging, encrypted);
  } finally {
    source.close();
  }
  const copy = openSqlite(staging, access);
  try {
    copy.pragma('journal_mode = DELETE');
    if (copy.pragma('quick_check', { simple: true }) !== 'ok') throw new Error('The restored copy did not check out');
    // A backup from before the record was protected is protected as it comes back.
    if (access.passphrase && !encrypted) rekey(copy, access.passphrase);
  } finally {
    copy.close();
  }
}

/**
 * Puts a checked backup in place of the live database file in one rename. A live file that is
 * set aside (a damaged one) is kept under `setAsideAs`, never deleted. If the restored record
 * then fails to open (`afterReplacing` throws), the previous file is put back as it was.
 */
export async function restoreOver(
  file: string,
  liveFile: string,
  options: {
    access: SqliteAccess;
    setAsideAs?: string;
    beforeReplacing?: () => Promise<void>;
    afterReplacing?: () => Promise<void>;
  },
): Promise<void> {
  await checkRestorable(file, options.access);
  // Staged first: a backup taken before replacing may prune the very file being restored.
  const staging = `${liveFile}.restoring`;
  const previous = options.setAsideAs ?? `${liveFile}.previous`;
  await stageRestore(file, staging, options.access);
  try {
    await options.beforeReplacing?.();
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${liveFile}${suffix}`, { force: true });
    // The live file stays where it is until the backup replaces it in one rename: a crash at
    // any moment leaves a whole record in place.
    if (options.setAsideAs) fs.renameSync(liveFile, previous);
    else keepCopy(liveFile, previous);
    fs.renameSync(staging, liveFile);
    try {
      await options.afterReplacing?.();
    } catch {
      for (const suffix of ['-wal', '-shm']) fs.rmSync(`${liveFile}${suffix}`, { force: true });
      fs.renameSync(previous, liveFile);
      throw new DomainError(
        'invalid_input',
        'That backup could not be opened, so your record was put back as it was. Nothing was restored.',
        'file',
      );
    }
    if (!options.setAsideAs) fs.rmSync(previous, { force: true });
  } finally {
    fs.rmSync(staging, { force: true });
  }
}

/** A second name for the file (a copy where the disk cannot link), so it can be put back. */
function keepCopy(file: string, copy: string) {
  fs.rmSync(copy, { force: true });
  try {
    fs.linkSync(file, copy);
  } catch {
    fs.copyFileSync(file, copy);
  }
}
