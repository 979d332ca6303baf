import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import { latestSchemaVersion, migrations } from '../../../electron/db/migrations';
import { databaseFileName, openDatabase } from '../../../electron/db/open';
import { DatabaseUnavailableError } from '../../../electron/db/unavailable';
import { injectFault } from '../../support/faults';
import { makeDataDir } from '../../support/temp-backend';

const dirs: string[] = [];
const tempDir = () => {
  const dir = makeDataDir();
  dirs.push(dir);
  return dir;
};
afterEach(() => dirs.splice(0).forEach((dir) => fs.rmSync(dir, { recursive: true, force: true })));

describe('opening the database', () => {
  it('creates the file with WAL, foreign keys and every migration applied', async () => {
    const dataDir = tempDir();
    const opened = await openDatabase({ dataDir });
    expect(opened.file).toBe(path.join(dataDir, databaseFileName));
    expect(opened.sqlite.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(opened.sqlite.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(opened.sqlite.pragma('user_version', { simple: true })).toBe(latestSchemaVersion);
    const tables = opened.sqlite.prepare("select name from sqlite_master where type = 'table'").pluck().all();
    expect(tables).toEqual(expect.arrayContaining(['employer', 'vocabulary', 'setting', 'change_log']));
    await opened.db.destroy();
  });

  it('opens an existing file again without changing what it holds', async () => {
    const dataDir = tempDir();
    const first = await openBackendInThread({ dataDir });
    await first.invoke('employers.create', { name: 'Northgate Care Homes' });
    await first.close();
    const second = await openBackendInThread({ dataDir });
    const list = await second.invoke('employers.list', {});
    expect(list.ok && list.value.rows.map((row) => row.name)).toEqual(['Northgate Care Homes']);
    await second.close();
  });

  it('seeds every controlled list, in order', async () => {
    const opened = await openDatabase({ dataDir: tempDir() });
    const phases = opened.sqlite
      .prepare("select code from vocabulary where list = 'phase' order by sort_order")
      .pluck()
      .all();
    expect(phases).toEqual(['preparing', 'establishing', 'maintaining', 'developing', 'dormant', 'ended']);
    await opened.db.destroy();
  });

  it('refuses a file from a newer Bridgework and leaves it byte for byte as it was', async () => {
    const dataDir = tempDir();
    const file = await injectFault(dataDir, 'newer-schema');
    const before = fs.readFileSync(file);
    const attempt = openDatabase({ dataDir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/newer version of Bridgework/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('explains a damaged file instead of crashing', async () => {
    const dataDir = tempDir();
    await injectFault(dataDir, 'damaged-database');
    await expect(openDatabase({ dataDir })).rejects.toThrow(/damaged/);
  });

  it('keeps a database that another program has open usable, waiting rather than failing', async () => {
    const dataDir = tempDir();
    const opened = await openDatabase({ dataDir });
    expect(opened.sqlite.pragma('busy_timeout', { simple: true })).toBeGreaterThanOrEqual(1000);
    const other = new SQLite(opened.file);
    expect(other.prepare('select count(*) from employer').pluck().get()).toBe(0);
    other.close();
    await opened.db.destroy();
  });
});

describe('upgrading an older database', () => {
  it('brings a schema-1 file up to date, keeping its employers and making them searchable', async () => {
    const dataDir = tempDir();
    const sqlite = new SQLite(path.join(dataDir, databaseFileName));
    const db = new Kysely<unknown>({ dialect: new SqliteDialect({ database: sqlite }) });
    const onlyFirst = { getMigrations: async () => ({ '001_initial': migrations['001_initial']! }) };
    expect((await new Migrator({ db, provider: onlyFirst }).migrateToLatest()).error).toBeUndefined();
    sqlite.pragma('user_version = 1');
    const now = new Date().toISOString();
    sqlite
      .prepare(
        `insert into employer (id, name, name_key, phase, created_at, updated_at) values (?, 'Wigan Joinery', 'wigan joinery', 'maintaining', ?, ?)`,
      )
      .run('019a0000-0000-7000-8000-000000000001', now, now);
    await db.destroy();

    const backend = await openBackendInThread({ dataDir });
    const info = await backend.invoke('app.info');
    expect(info.ok && info.value.schemaVersion).toBe(latestSchemaVersion);
    const found = await backend.invoke('search.query', { text: 'joinery' });
    expect(found.ok && found.value.employers.map((hit) => hit.id)).toEqual(['019a0000-0000-7000-8000-000000000001']);
    await backend.close();
  });
});
