import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { openBackendInThread, openBackendInThreadOrExplain } from '../../../electron/backend-in-thread';
import { databaseFileName } from '../../../electron/db/open';
import { call, test } from '../../support/temp-backend';

const passphrase = 'correct horse battery';

/** What the sqlite3 command-line tool can read from a file: the employers' names, or its error. */
function sqliteCli(file: string): string {
  try {
    return execFileSync('sqlite3', [file, 'select name from employer order by name'], { stdio: 'pipe' })
      .toString()
      .trim();
  } catch (error) {
    return String((error as { stderr: Buffer }).stderr).trim();
  }
}

describe('passphrase protection', () => {
  test('a protected record, and its backups, cannot be read without the passphrase — not even by sqlite3', async ({
    dataDir,
  }) => {
    let backend = await openBackendInThread({ dataDir });
    await call(backend, 'employers.create', { name: 'Acme Ltd' });
    const file = path.join(dataDir, databaseFileName);
    expect(sqliteCli(file)).toBe('Acme Ltd');
    expect(await backend.invoke('security.setPassphrase', { passphrase: 'short', repeated: 'short' })).toMatchObject({
      ok: false,
      error: { field: 'passphrase', message: 'Use at least 10 characters. A few words you will remember work well.' },
    });
    expect(await backend.invoke('security.setPassphrase', { passphrase, repeated: 'something else' })).toMatchObject({
      ok: false,
      error: { field: 'repeated' },
    });
    expect(await call(backend, 'security.setPassphrase', { passphrase, repeated: passphrase })).toMatchObject({
      encrypted: true,
    });
    await call(backend, 'employers.create', { name: 'Bolt Cafe' });
    expect((await call(backend, 'settings.get')).encrypted).toBe(true);
    const backup = await call(backend, 'backups.create');
    await backend.close();
    expect(sqliteCli(file)).toMatch(/file is not a database/);
    expect(sqliteCli(backup.file)).toMatch(/file is not a database/);
    expect(fs.readFileSync(file).includes('Acme Ltd')).toBe(false);

    backend = await openBackendInThreadOrExplain({ dataDir });
    expect(await backend.invoke('employers.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    const before = fs.readFileSync(file);
    expect(await backend.invoke('security.unlock', { passphrase: 'wrong passphrase' })).toMatchObject({
      ok: false,
      error: { field: 'passphrase', message: 'That passphrase is not right. Check it and try again.' },
    });
    expect(fs.readFileSync(file).equals(before)).toBe(true);
    await call(backend, 'security.unlock', { passphrase });
    expect((await call(backend, 'employers.list', {})).rows.map((e) => e.name)).toEqual(['Acme Ltd', 'Bolt Cafe']);

    // The backup restores with the same passphrase.
    await call(backend, 'employers.create', { name: 'Added later' });
    await call(backend, 'backups.restore', { file: backup.file });
    expect((await call(backend, 'employers.list', {})).total).toBe(2);

    await call(backend, 'security.lock');
    expect(await backend.invoke('employers.list', {})).toMatchObject({ ok: false, error: { code: 'locked' } });
    await call(backend, 'security.unlock', { passphrase });
    expect((await call(backend, 'employers.list', {})).total).toBe(2);
    await backend.close();
  });

  test('changing needs the current passphrase; removing it makes the file plain again', async ({ dataDir }) => {
    const backend = await openBackendInThread({ dataDir });
    await call(backend, 'employers.create', { name: 'Acme Ltd' });
    await call(backend, 'security.setPassphrase', { passphrase, repeated: passphrase });
    const next = 'a different long phrase';
    expect(
      await backend.invoke('security.setPassphrase', { current: 'not it at all', passphrase: next, repeated: next }),
    ).toMatchObject({
      ok: false,
      error: { field: 'current', message: 'That is not your current passphrase. Check it and try again.' },
    });
    await call(backend, 'security.setPassphrase', { current: passphrase, passphrase: next, repeated: next });
    await backend.close();
    const reopened = await openBackendInThread({ dataDir, passphrase: next });
    expect((await call(reopened, 'employers.list', {})).total).toBe(1);
    await call(reopened, 'security.setPassphrase', { current: next, passphrase: '', repeated: '' });
    await reopened.close();
    expect(sqliteCli(path.join(dataDir, databaseFileName))).toBe('Acme Ltd');
    const plain = await openBackendInThread({ dataDir });
    expect(await plain.invoke('security.lock')).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    await plain.close();
  });
});
