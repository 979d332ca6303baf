// A crafted backup: an SQLite file that has the two tables a quick look checks for, and nothing
// a Bridgework record has. Restoring it is refused and the record carries on; and if such a file
// is the record itself when Bridgework starts, the app explains and offers the newest backup.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import { openBackendInThread, openBackendInThreadOrExplain } from '../../electron/backend-in-thread';
import { databaseFileName } from '../../electron/db/open';
import { call, makeDataDir, test } from '../support/temp-backend';

function craftedBackup(folder: string): string {
  const file = path.join(folder, 'bridgework-2026-11-30-090000-manual.bwbackup');
  const db = new SQLite(file);
  db.exec(`create table employer (id text primary key);
    create table kysely_migration (name text primary key, timestamp text);
    insert into kysely_migration values ('001_initial', '2026-01-01');`);
  db.pragma('user_version = 1');
  db.close();
  return file;
}

describe('a crafted backup', () => {
  test('is refused, the record is unchanged and still answers, and opens again next time', async ({
    backend,
    dataDir,
  }) => {
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const result = await backend.invoke('backups.restore', { file: craftedBackup(makeDataDir()) });
    expect(result).toMatchObject({
      ok: false,
      error: {
        code: 'invalid_input',
        field: 'file',
        message: expect.stringMatching(/^That file is not a Bridgework backup/),
      },
    });
    expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Harbour Kitchens Ltd']);
    await backend.close();
    const again = await openBackendInThread({ dataDir });
    expect((await call(again, 'app.info')).employerCount).toBe(1);
    await again.close();
  });

  test('a real backup from this version is restored', async ({ backend }) => {
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const backup = await call(backend, 'backups.create');
    await call(backend, 'employers.create', { name: 'Bolt Cafe' });
    expect(await call(backend, 'backups.restore', { file: backup.file })).toEqual({ restored: true });
    expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Harbour Kitchens Ltd']);
  });

  test('as the record itself at start: the app explains, lists the backups, and restores one', async () => {
    const dataDir = makeDataDir();
    const first = await openBackendInThread({ dataDir });
    await call(first, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const backup = await call(first, 'backups.create');
    await first.close();
    fs.rmSync(path.join(dataDir, databaseFileName));
    fs.copyFileSync(craftedBackup(makeDataDir()), path.join(dataDir, databaseFileName));

    const app = await openBackendInThreadOrExplain({ dataDir, onUnexpectedError: () => {} });
    expect(await app.invoke('app.info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'database_unavailable' },
    });
    expect((await call(app, 'backups.list')).backups.map((listed) => listed.name)).toContain(backup.name);
    expect(await call(app, 'backups.restore', { name: backup.name })).toEqual({ restored: true });
    expect((await call(app, 'app.info')).employerCount).toBe(1);
    await app.close();
  });
});
