// Backups taken before a passphrase was set are the record in the clear. Setting, changing or
// removing the passphrase takes them along (or deletes them, if the person chooses): afterwards
// no backup opens without the record's current passphrase, and each can still be restored.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { describe, expect } from 'vitest';
import { unlock } from '../../electron/db/access';
import { call, makeDataDir, test } from '../support/temp-backend';

const passphrase = 'correct horse battery staple';
const next = 'a different horse entirely';

/** What anyone with the file and an SQLite tool reads, with a passphrase or without. */
function employersIn(file: string, key?: string): string[] | 'unreadable' {
  const db = new SQLite(file, { readonly: true });
  try {
    if (key) unlock(db, key);
    return db.prepare('select name from employer order by name').pluck().all() as string[];
  } catch {
    return 'unreadable';
  } finally {
    db.close();
  }
}

describe('backups from before a passphrase', () => {
  test('are encrypted when it is set, follow it when it changes, and come back out when it is removed', async ({
    backend,
  }) => {
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const before = await call(backend, 'backups.create');
    const elsewhere = path.join(makeDataDir(), 'chosen-backups');
    await call(backend, 'backups.setFolder', { folder: elsewhere });
    const inChosenFolder = await call(backend, 'backups.create');
    expect(employersIn(before.file)).toEqual(['Harbour Kitchens Ltd']);

    const set = await call(backend, 'security.setPassphrase', { passphrase, repeated: passphrase });
    expect(set.backups).toEqual({ rewritten: 2, removed: 0, leftAsTheyWere: [] });
    for (const file of [before.file, inChosenFolder.file]) {
      expect(employersIn(file)).toBe('unreadable');
      expect(employersIn(file, passphrase)).toEqual(['Harbour Kitchens Ltd']);
    }
    expect(fs.readdirSync(path.dirname(before.file)).filter((name) => name.includes('partial'))).toEqual([]);

    await call(backend, 'employers.create', { name: 'Bolt Cafe' });
    await call(backend, 'security.setPassphrase', { current: passphrase, passphrase: next, repeated: next });
    expect(employersIn(before.file, passphrase)).toBe('unreadable');
    expect(employersIn(before.file, next)).toEqual(['Harbour Kitchens Ltd']);
    expect(await call(backend, 'backups.restore', { file: before.file })).toEqual({ restored: true });
    expect((await call(backend, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Harbour Kitchens Ltd']);

    const removed = await call(backend, 'security.setPassphrase', { current: next, passphrase: '', repeated: '' });
    expect(removed.backups.leftAsTheyWere).toEqual([]);
    expect(employersIn(before.file)).toEqual(['Harbour Kitchens Ltd']);
  });

  test('are deleted instead, if the person chooses', async ({ backend }) => {
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const before = await call(backend, 'backups.create');
    const set = await call(backend, 'security.setPassphrase', {
      passphrase,
      repeated: passphrase,
      oldBackups: 'remove',
    });
    expect(set.backups).toEqual({ rewritten: 0, removed: 1, leftAsTheyWere: [] });
    expect(fs.existsSync(before.file)).toBe(false);
    expect((await call(backend, 'backups.list')).backups).toEqual([]);
  });

  test('one made with an older passphrase is left as it was, and named', async ({ backend }) => {
    await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    await call(backend, 'security.setPassphrase', { passphrase, repeated: passphrase });
    const backup = await call(backend, 'backups.create');
    // As if copied back in from a stick, made under a passphrase that is no longer the record's.
    const db = new SQLite(backup.file);
    unlock(db, passphrase);
    db.pragma(`rekey = 'an old forgotten passphrase'`);
    db.close();
    const bytes = fs.readFileSync(backup.file);

    const changed = await call(backend, 'security.setPassphrase', {
      current: passphrase,
      passphrase: next,
      repeated: next,
    });
    expect(changed.backups).toEqual({ rewritten: 0, removed: 0, leftAsTheyWere: [backup.name] });
    expect(fs.readFileSync(backup.file).equals(bytes)).toBe(true);
  });
});
