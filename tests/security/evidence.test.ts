// A record that already holds a crafted evidence row (written into the file by another tool, or by
// an older Bridgework that imported archives unchecked): opening, exporting and purging it never
// touch the file it points at outside the data folder.
import fs from 'node:fs';
import path from 'node:path';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { expect } from 'vitest';
import { openBackendInThread } from '../../electron/backend-in-thread';
import { databaseFileName } from '../../electron/db/open';
import { aReferral } from '../support/referral';
import { call, makeDataDir, test } from '../support/temp-backend';

test('evidence pointing outside the evidence folder is never opened, copied or deleted', async ({ dataDir }) => {
  const outside = makeDataDir();
  const victim = path.join(outside, 'victim.txt');
  fs.writeFileSync(victim, 'a file that is not Bridgework’s');
  let backend = await openBackendInThread({ dataDir });
  const { employer, referral } = await aReferral(backend);
  const evidence = await call(backend, 'evidence.attach', { referralId: referral.id, confirmedBy: 'Dana, HR' });
  await backend.close();

  const db = new SQLite(path.join(dataDir, databaseFileName));
  db.prepare('update evidence set stored_name = ?, sha256 = ?, file_name = ? where id = ?').run(
    path.relative(path.join(dataDir, 'evidence'), victim),
    'not checked',
    'victim.txt',
    evidence.id,
  );
  db.close();
  const opened: string[] = [];
  backend = await openBackendInThread({ dataDir, openFile: async (file) => void opened.push(file) });

  const open = await backend.invoke('evidence.open', { id: evidence.id });
  expect(open).toMatchObject({ ok: false, error: { message: expect.stringMatching(/points outside/) } });
  expect(opened).toEqual([]);
  const archive = await call(backend, 'exports.all');
  expect(fs.readFileSync(archive.file, 'utf8')).not.toContain(Buffer.from('a file that is not').toString('base64'));
  await call(backend, 'employers.archive', { id: employer.id });
  await call(backend, 'trash.purge', { items: [{ kind: 'employer', id: employer.id }] });
  await backend.close();
  expect(fs.readFileSync(victim, 'utf8')).toBe('a file that is not Bridgework’s');
});
