// Changing what a backup holds (an erasure reaching the backups taken before it): the backup is
// copied into a scratch folder inside the data folder, opened there as a record (brought up to
// this version's schema), changed, and written back whole under a temporary name, checked with
// the record's key, then put in its place. If anything fails, the backup is left as it was.
import fs from 'node:fs';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { copyDatabase, isEncryptedFile, type SqliteAccess } from './access';
import { checkBackup } from './backup';
import { databaseFileName, openDatabase } from './open';
import type { Database } from './schema';

export async function rewriteBackup(options: {
  file: string;
  dataDir: string;
  access: SqliteAccess;
  now: () => string;
  change: (db: Kysely<Database>) => Promise<void>;
}): Promise<void> {
  const { file, dataDir, access, now, change } = options;
  const scratch = fs.mkdtempSync(path.join(dataDir, 'rewriting-'));
  const partial = `${file}.rewrite.partial`;
  try {
    fs.copyFileSync(file, path.join(scratch, databaseFileName));
    const encrypted = isEncryptedFile(file);
    const copy = await openDatabase({
      dataDir: scratch,
      nativeBinding: access.nativeBinding,
      passphrase: encrypted ? access.passphrase : null,
      now,
    });
    try {
      await change(copy.db);
      copy.sqlite.pragma('wal_checkpoint(TRUNCATE)');
      await copyDatabase(copy.sqlite, partial, encrypted);
    } finally {
      await copy.db.destroy();
    }
    checkBackup(partial, encrypted ? access : { nativeBinding: access.nativeBinding });
    fs.renameSync(partial, file);
  } finally {
    for (const leftover of [partial, `${partial}-journal`]) fs.rmSync(leftover, { force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
