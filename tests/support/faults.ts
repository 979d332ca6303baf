// Ways to break a data folder before the app opens it, so error screens can be tested.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { databaseFileName } from '../../electron/db/open';
import { latestSchemaVersion } from '../../electron/db/migrations';
import { openBackend } from '../../electron/backend';
import { call } from './call';

export type Fault = 'damaged-database' | 'damaged-database-with-backup' | 'newer-schema';

export async function injectFault(dataDir: string, fault: Fault): Promise<string> {
  const file = path.join(dataDir, databaseFileName);
  if (fault === 'damaged-database-with-backup') {
    const backend = await openBackend({ dataDir });
    await call(backend, 'employers.create', { name: 'Kept In The Backup Ltd' });
    await call(backend, 'backups.create');
    await backend.close();
  }
  if (fault.startsWith('damaged-database')) {
    fs.writeFileSync(file, Buffer.from('This is not a database. '.repeat(200)));
  } else {
    const db = new SQLite(file);
    db.exec('create table from_the_future (id integer primary key)');
    db.pragma(`user_version = ${latestSchemaVersion + 1}`);
    db.close();
  }
  return file;
}
