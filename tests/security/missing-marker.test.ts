// The note beside an encrypted record (bridgework.sqlite.encrypted) can go missing: the folder
// copied without it, or a sync tool that skipped it. The record is known as encrypted from its
// bytes and asks for its passphrase; and since such a file may instead be damaged, its backups
// can be listed and restored from the lock screen — but only then, never for a record locked
// with its note in place.
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect } from 'vitest';
import { openBackendInThread } from '../../electron/backend-in-thread';
import { databaseFileName, encryptedMarker } from '../../electron/db/open';
import { call, makeDataDir } from '../support/temp-backend';
import { test } from '../support/temp-backend';

const passphrase = 'correct horse battery staple';

describe('an encrypted record without its marker', () => {
  test('asks for the passphrase, opens with it, and puts the marker back', async () => {
    const dataDir = makeDataDir();
    const first = await openBackendInThread({ dataDir });
    await call(first, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    await call(first, 'security.setPassphrase', { passphrase, repeated: passphrase });
    await first.close();
    fs.rmSync(encryptedMarker(dataDir));

    const again = await openBackendInThread({ dataDir });
    expect(await again.invoke('app.info', undefined)).toMatchObject({
      ok: false,
      error: { code: 'locked', message: expect.stringMatching(/^Your record cannot be read without a passphrase/) },
    });
    await call(again, 'security.unlock', { passphrase });
    expect((await call(again, 'app.info')).employerCount).toBe(1);
    expect(fs.existsSync(encryptedMarker(dataDir))).toBe(true);
    await again.close();
  });

  test('that is really damaged: its backups are offered, and restoring one keeps the file aside', async () => {
    const dataDir = makeDataDir();
    const first = await openBackendInThread({ dataDir });
    await call(first, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const backup = await call(first, 'backups.create');
    await first.close();
    // Whole pages of noise where the record was: it looks encrypted, and no passphrase was set.
    const noise = crypto.randomBytes(8192);
    fs.writeFileSync(path.join(dataDir, databaseFileName), noise);
    for (const suffix of ['-wal', '-shm'])
      fs.rmSync(path.join(dataDir, `${databaseFileName}${suffix}`), { force: true });

    const app = await openBackendInThread({ dataDir });
    expect((await call(app, 'backups.list')).backups.map((listed) => listed.name)).toEqual([backup.name]);
    expect(await call(app, 'backups.restore', { name: backup.name })).toEqual({ restored: true });
    expect((await call(app, 'employers.list', {})).rows.map((row) => row.name)).toEqual(['Harbour Kitchens Ltd']);
    const keptAside = fs.readdirSync(dataDir).filter((name) => name.startsWith('bridgework-damaged-'));
    expect(keptAside).toHaveLength(1);
    expect(fs.readFileSync(path.join(dataDir, keptAside[0]!)).equals(noise)).toBe(true);
    await app.close();
  });
});

test('a record locked with its marker in place keeps its backups to itself', async ({ backend }) => {
  await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
  const backup = await call(backend, 'backups.create');
  await call(backend, 'security.setPassphrase', { passphrase, repeated: passphrase });
  await call(backend, 'security.lock');
  for (const [procedure, input] of [
    ['backups.list', undefined],
    ['backups.restore', { name: backup.name }],
  ] as const) {
    expect(await backend.invoke(procedure, input as never)).toMatchObject({ ok: false, error: { code: 'locked' } });
  }
});
