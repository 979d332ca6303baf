// Change sets are ordered by a hybrid logical clock and the installation's id, so copies of one
// record on colleagues' laptops will order them alike, whatever each laptop's clock says.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { openBackendInThread } from '../../../electron/backend-in-thread';
import { databaseFileName } from '../../../electron/db/open';
import { call, test } from '../../support/temp-backend';

const changeSets = (dataDir: string) => {
  const db = new SQLite(path.join(dataDir, databaseFileName), { readonly: true });
  const rows = db.prepare('select hlc, device_id as device, sentence from change_set order by hlc').all() as {
    hlc: string;
    device: string;
    sentence: string;
  }[];
  db.close();
  return rows;
};

test('each change set is stamped later than the last, with this installation’s id, kept across restarts', async ({
  backend,
  dataDir,
}) => {
  await call(backend, 'employers.create', { name: 'Greggs plc' });
  await call(backend, 'employers.create', { name: 'Acme Ltd' });
  await backend.close();
  const device = fs.readFileSync(path.join(dataDir, 'device-id'), 'utf8').trim();
  expect(device).toMatch(/^[0-9a-f]{16}$/);

  const again = await openBackendInThread({ dataDir });
  await call(again, 'employers.create', { name: 'Bolt Cafe' });
  await again.close();
  const rows = changeSets(dataDir);
  expect(rows.map((row) => row.sentence)).toEqual(['Added Greggs plc', 'Added Acme Ltd', 'Added Bolt Cafe']);
  expect(new Set(rows.map((row) => row.device))).toEqual(new Set([device]));
  expect(rows.every((row) => row.hlc.endsWith(device))).toBe(true);
});

test('a computer whose clock is behind the record’s newest change carries on after it', async ({
  backend,
  dataDir,
}) => {
  await call(backend, 'employers.create', { name: 'Greggs plc' });
  await backend.close();
  // A change made on a laptop whose clock was a day ahead.
  const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
  const db = new SQLite(path.join(dataDir, databaseFileName));
  db.prepare(`update change_set set hlc = ? || substr(hlc, 25)`).run(tomorrow);
  db.close();

  const again = await openBackendInThread({ dataDir });
  await call(again, 'employers.create', { name: 'Acme Ltd' });
  await call(again, 'employers.create', { name: 'Bolt Cafe' });
  await again.close();
  const rows = changeSets(dataDir);
  expect(rows.map((row) => row.sentence)).toEqual(['Added Greggs plc', 'Added Acme Ltd', 'Added Bolt Cafe']);
  expect(rows[1]!.hlc.slice(0, 24)).toBe(tomorrow);
});

test('a device id that is not one is replaced by a new one', async ({ backend, dataDir }) => {
  await backend.close();
  fs.writeFileSync(path.join(dataDir, 'device-id'), 'not an id\n');
  const again = await openBackendInThread({ dataDir });
  await call(again, 'employers.create', { name: 'Greggs plc' });
  await again.close();
  const device = fs.readFileSync(path.join(dataDir, 'device-id'), 'utf8').trim();
  expect(device).toMatch(/^[0-9a-f]{16}$/);
  expect(changeSets(dataDir)[0]!.device).toBe(device);
});
