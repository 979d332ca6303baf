import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend';
import { migrations } from '../../../electron/db/migrations';
import { call } from '../../support/call';
import { clockedBackend } from '../../support/clocked-backend';
import { makeDataDir } from '../../support/temp-backend';

const backupsOf = (dataDir: string) =>
  fs.existsSync(path.join(dataDir, 'backups')) ? fs.readdirSync(path.join(dataDir, 'backups')).sort() : [];

function employersIn(file: string): string[] {
  const db = new SQLite(file, { readonly: true });
  try {
    expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
    return db.prepare('select name from employer order by name').pluck().all() as string[];
  } finally {
    db.close();
  }
}

describe('backups', () => {
  it('“Back up now” writes a checked copy of the whole record with the online backup API, listed newest first', async () => {
    const { backend, dataDir, setToday } = await clockedBackend('2026-11-24');
    try {
      await call(backend, 'employers.create', { name: 'Acme Ltd' });
      const first = await call(backend, 'backups.create');
      expect(first).toMatchObject({ name: 'bridgework-2026-11-24-120000-manual.sqlite', reason: 'manual' });
      await call(backend, 'employers.create', { name: 'Bolt Cafe' });
      setToday('2026-11-25');
      const second = await call(backend, 'backups.create');
      expect(employersIn(first.file)).toEqual(['Acme Ltd']);
      expect(employersIn(second.file)).toEqual(['Acme Ltd', 'Bolt Cafe']);
      const { backups, folder } = await call(backend, 'backups.list');
      expect(folder).toBe(path.join(dataDir, 'backups'));
      expect(backups.map((backup) => backup.name)).toEqual([second.name, first.name]);
      expect(backupsOf(dataDir).some((name) => name.endsWith('.partial'))).toBe(false);
    } finally {
      await backend.close();
    }
  });

  it('takes the day’s backup on the first start of a day with a record, and not again that day', async () => {
    const dataDir = makeDataDir();
    let now = '2026-11-24T08:00:00.000Z';
    const open = () => openBackend({ dataDir, now: () => now, dailyBackups: true });
    let backend = await open();
    await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await backend.close();
    expect(backupsOf(dataDir)).toEqual([]); // nothing to keep when it opened empty
    backend = await open();
    await backend.close();
    expect(backupsOf(dataDir)).toEqual(['bridgework-2026-11-24-080000-daily.sqlite']);
    now = '2026-11-24T17:00:00.000Z';
    backend = await open();
    await backend.close();
    expect(backupsOf(dataDir)).toHaveLength(1);
    now = '2026-11-25T08:30:00.000Z';
    backend = await open();
    await backend.close();
    expect(backupsOf(dataDir)).toEqual([
      'bridgework-2026-11-24-080000-daily.sqlite',
      'bridgework-2026-11-25-083000-daily.sqlite',
    ]);
  });

  it('backs up data from an earlier version before upgrading it', async () => {
    const dataDir = makeDataDir();
    const file = path.join(dataDir, 'bridgework.sqlite');
    const sqlite = new SQLite(file);
    const earlier = Object.fromEntries(Object.entries(migrations).slice(0, -1));
    const db = new Kysely({ dialect: new SqliteDialect({ database: sqlite }) });
    const { error } = await new Migrator({ db, provider: { getMigrations: async () => earlier } }).migrateToLatest();
    expect(error).toBeUndefined();
    sqlite.pragma(`user_version = ${Object.keys(earlier).length}`);
    sqlite
      .prepare(
        "insert into employer (id, name, name_key, phase, created_at, updated_at) values ('e1', 'Acme Ltd', 'acme', 'preparing', 'x', 'x')",
      )
      .run();
    await db.destroy();

    const backend = await openBackend({ dataDir, now: () => '2026-11-24T09:15:00.000Z' });
    await backend.close();
    const [backup] = backupsOf(dataDir);
    expect(backup).toBe('bridgework-2026-11-24-091500-before-upgrade.sqlite');
    const copy = new SQLite(path.join(dataDir, 'backups', backup!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(Object.keys(earlier).length);
    copy.close();
    expect(employersIn(path.join(dataDir, 'backups', backup!))).toEqual(['Acme Ltd']);
  });
});
