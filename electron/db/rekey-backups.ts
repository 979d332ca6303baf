// When the passphrase is set, changed or removed, the backups already taken follow the record:
// each is rewritten with the new key (or none), or removed if the person chooses. A backup is
// rewritten as a copy beside it, checked with the new key, and only then put in its place, so
// one that fails part-way is left as it was.
import fs from 'node:fs';
import path from 'node:path';
import type { OldBackups, OlderBackupsDone } from '../../shared/security/schema';
import { openSqlite, rekey, type SqliteAccess } from './access';
import { backupsFolder, listBackups } from './backup';

/** Every backups folder Bridgework keeps for this record: the chosen one and the one in the data folder. */
export function backupsFoldersOf(dataDir: string): string[] {
  return [...new Set([backupsFolder(dataDir), path.join(dataDir, 'backups')])];
}

export async function rekeyBackups(options: {
  folders: string[];
  /** How the backups are opened now. */
  from: SqliteAccess;
  to: string | null;
  choice: OldBackups;
  progress: (done: number, total: number) => Promise<void>;
}): Promise<OlderBackupsDone> {
  const { folders, from, to, choice, progress } = options;
  const backups = folders.flatMap((folder) => listBackups(folder));
  const done: OlderBackupsDone = { rewritten: 0, removed: 0, leftAsTheyWere: [] };
  for (const [index, backup] of backups.entries()) {
    await progress(index, backups.length);
    if (choice === 'remove') {
      fs.rmSync(backup.file, { force: true });
      done.removed++;
    } else if (rekeyBackup(backup.file, from, to)) {
      done.rewritten++;
    } else {
      done.leftAsTheyWere.push(backup.name);
    }
  }
  await progress(backups.length, backups.length);
  return done;
}

/** False when the backup cannot be opened with the record's key (one made with an older passphrase). */
function rekeyBackup(file: string, from: SqliteAccess, to: string | null): boolean {
  const partial = `${file}.rekey.partial`;
  fs.copyFileSync(file, partial);
  try {
    const copy = openSqlite(partial, from);
    try {
      copy.prepare('select count(*) from sqlite_master').get();
      rekey(copy, to);
    } finally {
      copy.close();
    }
    const check = openSqlite(partial, { ...from, passphrase: to });
    try {
      if (check.pragma('quick_check', { simple: true }) !== 'ok') return false;
    } finally {
      check.close();
    }
    fs.renameSync(partial, file);
    return true;
  } catch {
    return false;
  } finally {
    for (const leftover of [partial, `${partial}-journal`]) fs.rmSync(leftover, { force: true });
  }
}
