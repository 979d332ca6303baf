// One record, one app: a second program opening the same data folder is told plainly, instead of
// having its writes fail half-way with "database is locked".
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';
import { openBackendInThread, openBackendInThreadOrExplain } from '../../electron/backend-in-thread';
import { lockFileName } from '../../electron/db/folder-lock';
import { call, makeDataDir, test } from '../support/temp-backend';

const inUse = /^Bridgework is already open with this record, in another window or program\./;

test('a second app on the same record is refused with the reason, and opens once the first has closed', async () => {
  const dataDir = makeDataDir();
  const first = await openBackendInThread({ dataDir });
  await call(first, 'employers.create', { name: 'Harbour Kitchens Ltd' });
  const second = await openBackendInThreadOrExplain({ dataDir });
  const refused = await second.invoke('employers.create', { name: 'Bolt Cafe' });
  expect(refused).toMatchObject({
    ok: false,
    error: { code: 'database_unavailable', message: expect.stringMatching(inUse) },
  });
  await second.close();
  expect((await call(first, 'app.info')).employerCount).toBe(1);
  await first.close();
  const later = await openBackendInThread({ dataDir });
  expect((await call(later, 'app.info')).employerCount).toBe(1);
  await later.close();
});

test('another running program’s note is respected; one left by a program that has stopped is taken over', async () => {
  const dataDir = makeDataDir();
  const note = (pid: number) =>
    fs.writeFileSync(path.join(dataDir, lockFileName), JSON.stringify({ pid, host: os.hostname(), token: 'other' }));
  note(process.ppid);
  await expect(openBackendInThread({ dataDir })).rejects.toThrow(inUse);
  note(2 ** 22 + 12_345);
  const backend = await openBackendInThread({ dataDir });
  expect((await call(backend, 'app.info')).employerCount).toBe(0);
  await backend.close();
  expect(fs.existsSync(path.join(dataDir, lockFileName))).toBe(false);
});
