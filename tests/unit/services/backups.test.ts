import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { Kysely, Migrator, SqliteDialect } from 'kysely';
import { describe, expect, it } from 'vitest';
import { openBackendInThread, openBackendInThreadOrExplain } from '../../../electron/backend-in-thread';
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
      expect(first).toMatchObject({ name: 'bridgework-2026-11-24-120000-manual.bwbackup', reason: 'manual' });
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

  it('a second backup in the same second is named apart, listed, and the one a day keeps', async () => {
    const { backend } = await clockedBackend('2026-11-24');
    try {
      await call(backend, 'employers.create', { name: 'Acme Ltd' });
      const first = await call(backend, 'backups.create');
      await call(backend, 'employers.create', { name: 'Bolt Cafe' });
      const second = await call(backend, 'backups.create');
      expect(second).toMatchObject({ name: 'bridgework-2026-11-24-120000-manual-2.bwbackup', reason: 'manual' });
      // One a day is kept: the newer, with both employers.
      expect((await call(backend, 'backups.list')).backups.map((backup) => backup.name)).toEqual([second.name]);
      expect(fs.existsSync(first.file)).toBe(false);
      expect(employersIn(second.file)).toEqual(['Acme Ltd', 'Bolt Cafe']);
    } finally {
      await backend.close();
    }
  });

  it('keeps backups in the folder the user chose, remembered when the record opens again, and refuses one it cannot save to', async () => {
    const { backend, dataDir } = await clockedBackend('2026-11-24');
    const stick = path.join(dataDir, '..', `${path.basename(dataDir)}-stick`);
    try {
      await call(backend, 'employers.create', { name: 'Acme Ltd' });
      expect(await call(backend, 'backups.setFolder', { folder: stick })).toEqual({ folder: stick });
      const backup = await call(backend, 'backups.create');
      expect(path.dirname(backup.file)).toBe(stick);
      expect(employersIn(backup.file)).toEqual(['Acme Ltd']);
      expect(backupsOf(dataDir)).toEqual([]);
      const blocked = path.join(dataDir, 'a-file');
      fs.writeFileSync(blocked, '');
      expect(await backend.invoke('backups.setFolder', { folder: path.join(blocked, 'backups') })).toMatchObject({
        ok: false,
        error: { field: 'folder', message: expect.stringContaining('Choose a folder you can save to') },
      });
      expect((await call(backend, 'backups.list')).folder).toBe(stick);
      // A partial path would be made wherever Bridgework started: refused, and nothing is made.
      const partial = `not-chosen-${path.basename(dataDir)}`;
      expect(await backend.invoke('backups.setFolder', { folder: partial })).toMatchObject({
        ok: false,
        error: { field: 'folder', message: expect.stringContaining('Give the full path') },
      });
      expect(await backend.invoke('backups.restore', { file: `${partial}/backup.bwbackup` })).toMatchObject({
        ok: false,
        error: { field: 'file' },
      });
      expect(fs.existsSync(path.resolve(partial))).toBe(false);
      expect((await call(backend, 'backups.list')).folder).toBe(stick);
    } finally {
      await backend.close();
    }
    const again = await openBackendInThread({ dataDir });
    try {
      expect((await call(again, 'backups.list')).folder).toBe(stick);
      expect(await call(again, 'backups.setFolder', { folder: null })).toEqual({
        folder: path.join(dataDir, 'backups'),
      });
    } finally {
      await again.close();
      fs.rmSync(stick, { recursive: true, force: true });
    }
  });

  it('takes the day’s backup on the first start of a day with a record, and not again that day', async () => {
    const dataDir = makeDataDir();
    let now = '2026-11-24T08:00:00.000Z';
    const open = () => openBackendInThread({ dataDir, now: () => now, dailyBackups: true });
    let backend = await open();
    await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await backend.close();
    expect(backupsOf(dataDir)).toEqual([]); // nothing to keep when it opened empty
    backend = await open();
    await backend.close();
    expect(backupsOf(dataDir)).toEqual(['bridgework-2026-11-24-080000-daily.bwbackup']);
    now = '2026-11-24T17:00:00.000Z';
    backend = await open();
    await backend.close();
    expect(backupsOf(dataDir)).toHaveLength(1);
    now = '2026-11-25T08:30:00.000Z';
    backend = await open();
    await backend.close();
    expect(backupsOf(dataDir)).toEqual([
      'bridgework-2026-11-24-080000-daily.bwbackup',
      'bridgework-2026-11-25-083000-daily.bwbackup',
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

    const backend = await openBackendInThread({ dataDir, now: () => '2026-11-24T09:15:00.000Z' });
    await backend.close();
    const [backup] = backupsOf(dataDir);
    expect(backup).toBe('bridgework-2026-11-24-091500-before-upgrade.bwbackup');
    const copy = new SQLite(path.join(dataDir, 'backups', backup!), { readonly: true });
    expect(copy.pragma('user_version', { simple: true })).toBe(Object.keys(earlier).length);
    copy.close();
    expect(employersIn(path.join(dataDir, 'backups', backup!))).toEqual(['Acme Ltd']);
  });
});

describe('backing up to another folder, and restoring a file from anywhere', () => {
  it('asks where, writes a checked backup there that is never pruned, and restores a chosen file', async () => {
    const dataDir = makeDataDir();
    const usb = makeDataDir();
    const answers: (string | null)[] = [usb, null];
    const asked: string[] = [];
    const backend = await openBackendInThread({
      dataDir,
      now: () => '2026-11-24T10:00:00.000Z',
      choosePath: async (request) => {
        asked.push(`${request.kind}: ${request.title}`);
        return answers.shift() ?? null;
      },
    });
    try {
      await call(backend, 'employers.create', { name: 'Acme Ltd' });
      const onStick = await call(backend, 'backups.create', { elsewhere: true });
      expect(path.dirname(onStick.file)).toBe(usb);
      expect(employersIn(onStick.file)).toEqual(['Acme Ltd']);
      expect((await call(backend, 'backups.list')).backups).toEqual([]);
      expect(await backend.invoke('backups.create', { elsewhere: true })).toMatchObject({
        ok: false,
        error: { code: 'cancelled', message: 'Nothing was chosen, so nothing changed.' },
      });
      await call(backend, 'employers.create', { name: 'Bolt Cafe' });
      answers.push(onStick.file);
      expect(await call(backend, 'backups.restore', {})).toEqual({ restored: true });
      expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Acme Ltd']);
      expect(asked).toEqual([
        'folder: Choose where to save the backup',
        'folder: Choose where to save the backup',
        'backup: Choose the backup to restore',
      ]);
    } finally {
      await backend.close();
    }
  });
});

describe('restoring a backup', () => {
  it('checks the file, backs up the record as it is, then replaces it; the app carries on with the restored record', async () => {
    const { backend, dataDir, setToday } = await clockedBackend('2026-11-24');
    try {
      await call(backend, 'employers.create', { name: 'Acme Ltd' });
      const backup = await call(backend, 'backups.create');
      setToday('2026-11-25');
      await call(backend, 'employers.create', { name: 'Bolt Cafe' });
      // As the window asks: one of the backups listed, by name.
      expect(await call(backend, 'backups.restore', { name: backup.name })).toEqual({ restored: true });
      const names = (await call(backend, 'employers.list', {})).rows.map((row) => row.name);
      expect(names).toEqual(['Acme Ltd']);
      await call(backend, 'employers.create', { name: 'Cole Stores' });
      const before = (await call(backend, 'backups.list')).backups.find((b) => b.reason === 'before-restore')!;
      expect(employersIn(before.file)).toEqual(['Acme Ltd', 'Bolt Cafe']);
      expect(fs.readdirSync(dataDir).filter((name) => name.includes('restoring'))).toEqual([]);
    } finally {
      await backend.close();
    }
  });

  it('restores a backup taken earlier the same day (which the backup taken first would otherwise prune)', async () => {
    const { backend } = await clockedBackend('2026-11-24');
    try {
      await call(backend, 'employers.create', { name: 'Acme Ltd' });
      const backup = await call(backend, 'backups.create');
      await call(backend, 'employers.create', { name: 'Bolt Cafe' });
      expect(await call(backend, 'backups.restore', { file: backup.file })).toEqual({ restored: true });
      expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Acme Ltd']);
    } finally {
      await backend.close();
    }
  });

  it('refuses a file that is not a Bridgework backup, a damaged one, or one from a newer Bridgework, changing nothing', async () => {
    const { backend, dataDir } = await clockedBackend('2026-11-24');
    try {
      await call(backend, 'employers.create', { name: 'Acme Ltd' });
      const good = await call(backend, 'backups.create');
      const refused = async (file: string) => {
        const result = await backend.invoke('backups.restore', { file });
        expect(result.ok).toBe(false);
        return result.ok ? '' : `${result.error.field}: ${result.error.message}`;
      };
      const text = path.join(dataDir, 'notes.txt');
      fs.writeFileSync(text, 'not a database at all '.repeat(100));
      expect(await refused(text)).toBe('file: That file is not a Bridgework backup. Your record has not changed.');

      const other = path.join(dataDir, 'other.sqlite');
      const otherDb = new SQLite(other);
      otherDb.exec('create table recipes (name text)');
      otherDb.close();
      expect(await refused(other)).toBe('file: That file is not a Bridgework backup. Your record has not changed.');

      const newer = path.join(dataDir, 'newer.sqlite');
      fs.copyFileSync(good.file, newer);
      const newerDb = new SQLite(newer);
      newerDb.pragma('user_version = 999');
      newerDb.close();
      expect(await refused(newer)).toMatch(/^file: That backup was made by a newer version of Bridgework/);

      const damaged = path.join(dataDir, 'damaged.sqlite');
      const bytes = fs.readFileSync(good.file);
      bytes.fill(0x5a, 4096 * 2, 4096 * 6);
      fs.writeFileSync(damaged, bytes);
      expect(await refused(damaged)).toMatch(/^file: (That backup is damaged|That file is not a Bridgework backup)/);

      expect(await refused(path.join(dataDir, 'missing.sqlite'))).toBe('file: That backup file could not be found.');
      expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Acme Ltd']);
      expect((await call(backend, 'backups.list')).backups.map((b) => b.reason)).toEqual(['manual']);
    } finally {
      await backend.close();
    }
  });
});

describe('when the record is damaged at start', () => {
  it('explains it, lists the backups and restores one, keeping the damaged file aside', async () => {
    const dataDir = makeDataDir();
    const now = () => '2026-11-24T09:00:00.000Z';
    const first = await openBackendInThread({ dataDir, now });
    await call(first, 'employers.create', { name: 'Acme Ltd' });
    const backup = await call(first, 'backups.create');
    await first.close();
    fs.writeFileSync(path.join(dataDir, 'bridgework.sqlite'), 'This is not a database. '.repeat(200));

    const backend = await openBackendInThreadOrExplain({ dataDir, now });
    try {
      expect(await backend.invoke('app.info')).toMatchObject({
        ok: false,
        error: { code: 'database_unavailable', message: expect.stringContaining('the file is damaged') },
      });
      const { backups } = await call(backend, 'backups.list');
      expect(backups.map((b) => b.name)).toEqual([backup.name]);
      expect(await backend.invoke('backups.restore', { file: path.join(dataDir, 'nothing.sqlite') })).toMatchObject({
        ok: false,
        error: { field: 'file', message: 'That backup file could not be found.' },
      });
      expect(await call(backend, 'backups.restore', { file: backup.file })).toEqual({ restored: true });
      expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Acme Ltd']);
      const aside = fs.readdirSync(dataDir).filter((name) => name.startsWith('bridgework-damaged-'));
      expect(aside).toEqual(['bridgework-damaged-2026-11-24T09-00-00-000Z.sqlite']);
      expect(fs.readFileSync(path.join(dataDir, aside[0]!), 'utf8')).toContain('This is not a database.');
    } finally {
      await backend.close();
    }
  });
});
