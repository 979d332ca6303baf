// How to open Bridgework's database files: the driver built for this runtime, and the
// passphrase when the record is encrypted (SQLCipher's format, through SQLite3 Multiple Ciphers).
import fs from 'node:fs';
import SQLite from 'better-sqlite3-multiple-ciphers';

export type SqliteAccess = {
  /** Path to the driver's addon built for another runtime (Electron's ABI). */
  nativeBinding?: string;
  /** Set when the record is encrypted. */
  passphrase?: string | null;
};

const plainHeader = 'SQLite format 3\0';

export function openSqlite(file: string, access: SqliteAccess, options: SQLite.Options = {}): SQLite.Database {
  const db = new SQLite(file, { ...options, ...(access.nativeBinding ? { nativeBinding: access.nativeBinding } : {}) });
  if (access.passphrase && isEncryptedFile(file)) unlock(db, access.passphrase);
  return db;
}

export function unlock(db: SQLite.Database, passphrase: string): void {
  db.pragma(`cipher = 'sqlcipher'`);
  db.pragma('legacy = 4');
  db.pragma(`key = ${quoted(passphrase)}`);
}

/**
 * An encrypted database is whole pages (a multiple of 512 bytes) with no plain SQLite header.
 * Anything else (a missing or empty file, some text) is not one.
 */
export function isEncryptedFile(file: string): boolean {
  const size = fs.existsSync(file) ? fs.statSync(file).size : 0;
  if (size < 512 || size % 512 !== 0) return false;
  const handle = fs.openSync(file, 'r');
  try {
    const header = Buffer.alloc(plainHeader.length);
    fs.readSync(handle, header, 0, header.length, 0);
    return header.toString('latin1') !== plainHeader;
  } finally {
    fs.closeSync(handle);
  }
}

/**
 * A consistent copy of an open database in one file: SQLite's online backup API, or for an
 * encrypted record VACUUM INTO (the backup API cannot write an encrypted copy), which writes
 * the copy encrypted with the same key.
 */
export async function copyDatabase(source: SQLite.Database, target: string, encrypted: boolean): Promise<void> {
  if (encrypted) source.exec(`vacuum into ${quoted(target)}`);
  else await source.backup(target);
}

/** Encrypts, re-encrypts (`passphrase`) or decrypts (null) the database in place. */
export function rekey(db: SQLite.Database, passphrase: string | null): void {
  // SQLite3 Multiple Ciphers cannot change the key of a database in WAL mode.
  const mode = db.pragma('journal_mode', { simple: true }) as string;
  db.pragma('journal_mode = DELETE');
  try {
    if (passphrase) {
      db.pragma(`cipher = 'sqlcipher'`);
      db.pragma('legacy = 4');
    }
    db.pragma(`rekey = ${quoted(passphrase ?? '')}`);
  } finally {
    db.pragma(`journal_mode = ${mode}`);
  }
}

const quoted = (text: string) => `'${text.replace(/'/g, "''")}'`;
