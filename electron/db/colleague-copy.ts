// A record passed between colleagues' laptops (a team's snapshot): copied unencrypted, since the
// team's key seals it, with the laptop's own tables emptied and their old bytes overwritten; and,
// on the receiving laptop, protected with that laptop's passphrase if it has one.
import type SQLite from 'better-sqlite3-multiple-ciphers';
import { copyDatabase, openSqlite, rekey, type SqliteAccess } from './access';

export async function copyForColleagues(
  live: SQLite.Database,
  target: string,
  access: SqliteAccess,
  emptied: string[],
): Promise<void> {
  await copyDatabase(live, target, Boolean(access.passphrase));
  const copy = openSqlite(target, access);
  try {
    copy.pragma('journal_mode = DELETE');
    if (access.passphrase) rekey(copy, null);
    // Deleted rows' bytes would otherwise stay in the file's free pages.
    copy.pragma('secure_delete = on');
    for (const table of emptied) copy.prepare(`delete from "${table.replace(/"/g, '')}"`).run();
  } finally {
    copy.close();
  }
}

/** Protects a colleague's copy with this laptop's passphrase before it takes the record's place. */
export function protectCopy(file: string, access: SqliteAccess): void {
  if (!access.passphrase) return;
  const copy = openSqlite(file, { nativeBinding: access.nativeBinding });
  try {
    rekey(copy, access.passphrase);
  } finally {
    copy.close();
  }
}
