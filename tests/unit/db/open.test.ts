import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { openBackend } from '../../../electron/backend';
import { latestSchemaVersion } from '../../../electron/db/migrations';
import { DatabaseUnavailableError, databaseFileName, openDatabase } from '../../../electron/db/open';
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
    const first = await openBackend({ dataDir });
    await first.invoke('employers.create', { name: 'Northgate Care Homes' });
    await first.close();
    const second = await openBackend({ dataDir });
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
    const file = injectFault(dataDir, 'newer-schema');
    const before = fs.readFileSync(file);
    const attempt = openDatabase({ dataDir });
    await expect(attempt).rejects.toBeInstanceOf(DatabaseUnavailableError);
    await expect(attempt).rejects.toThrow(/newer version of Bridgework/);
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    expect(fs.existsSync(`${file}-wal`)).toBe(false);
  });

  it('explains a damaged file instead of crashing', async () => {
    const dataDir = tempDir();
    injectFault(dataDir, 'damaged-database');
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
