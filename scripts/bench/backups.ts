// A backup of the whole large set with SQLite's online backup API, checked, as "Back up now" takes it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { takeBackup } from '../../electron/db/backup';
import { databaseFileName } from '../../electron/db/open';
import { round } from './stats';

export async function measureBackup(dataDir: string) {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-backup-'));
  const sqlite = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  try {
    const started = performance.now();
    const backup = await takeBackup(sqlite, folder, 'manual', new Date().toISOString(), {});
    return { ms: round(performance.now() - started), megabytes: Math.round(backup.bytes / 2 ** 20) };
  } finally {
    sqlite.close();
    fs.rmSync(folder, { recursive: true, force: true });
  }
}
