// Ways to break a data folder before the app opens it, so error screens can be tested.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { databaseFileName } from '../../electron/db/open';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { openBackendInThread } from '../../electron/backend-in-thread';
import { call } from './call';

export type Fault =
  | 'damaged-database'
  | 'damaged-database-with-backup'
  | 'damaged-database-like-encrypted'
  | 'damaged-index'
  | 'newer-schema';

export async function injectFault(dataDir: string, fault: Fault): Promise<string> {
  const file = path.join(dataDir, databaseFileName);
  if (fault === 'damaged-index') {
    await damageAnIndex(dataDir, file);
    return file;
  }
  if (fault === 'damaged-database-with-backup' || fault === 'damaged-database-like-encrypted') {
    const backend = await openBackendInThread({ dataDir });
    await call(backend, 'employers.create', { name: 'Kept In The Backup Ltd' });
    await call(backend, 'backups.create');
    await backend.close();
  }
  if (fault === 'damaged-database-like-encrypted') {
    // Whole pages of noise, as an encrypted record is, with no note that a passphrase was set.
    fs.writeFileSync(file, crypto.randomBytes(8192));
    for (const suffix of ['-wal', '-shm']) fs.rmSync(`${file}${suffix}`, { force: true });
  } else if (fault.startsWith('damaged-database')) {
    fs.writeFileSync(file, Buffer.from('This is not a database. '.repeat(200)));
  } else {
    const db = new SQLite(file);
    db.exec('create table from_the_future (id integer primary key)');
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
  }
  return file;
}

/**
 * A record that opens, with a backup, but with one index's first page overwritten: only a
 * check of the whole file (or a query that reads that index) finds it.
 */
async function damageAnIndex(dataDir: string, file: string) {
  const backend = await openBackendInThread({ dataDir });
  for (let n = 0; n < 300; n++)
    await call(backend, 'employers.create', { name: `Employer ${n}`, locality: `Area ${n % 7}` });
  await call(backend, 'backups.create');
  await backend.close();
  const db = new SQLite(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const root = db
    .prepare(`select rootpage from sqlite_master where name = 'review_flag_by_entity'`)
    .pluck()
    .get() as number;
  db.close();
  const handle = fs.openSync(file, 'r+');
  fs.writeSync(handle, Buffer.alloc(pageSize, 0x5a), 0, pageSize, (root - 1) * pageSize);
  fs.closeSync(handle);
}
