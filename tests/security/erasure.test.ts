// Erasing a person, checked the way someone with the laptop would check it: by searching the
// bytes of the database file, its write-ahead log and a backup made afterwards for anything
// that was theirs.
import fs from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';
import { openBackendInThread } from '../../electron/backend-in-thread';
import { databaseFileName } from '../../electron/db/open';
import { clockedBackend } from '../support/clocked-backend';
import { call, makeDataDir, test } from '../support/temp-backend';

// Words found nowhere else in a record, so finding one means something of theirs is left.
const theirs = ['okafor', '900123', 'zanzibar', 'quetzalcoatl'];

function leftovers(files: string[]): string[] {
  return files.flatMap((file) => {
    if (!fs.existsSync(file)) return [];
    const bytes = fs.readFileSync(file).toString('latin1').toLowerCase();
    return theirs.filter((word) => bytes.includes(word)).map((word) => `${path.basename(file)}: ${word}`);
  });
}

test('nothing of an erased person is left in the file, its log or a later backup, once flagged text is dealt with', async () => {
  const dataDir = makeDataDir();
  let backend = await openBackendInThread({ dataDir });
  const employer = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
  const person = await call(backend, 'people.create', {
    name: 'Sam Okafor',
    email: 'sam.okafor@harbour.example',
    phone: '07700 900123',
    notes: 'Prefers Quetzalcoatl meetings on Fridays',
    employerId: employer.id,
    roleTitle: 'Pastry lead, Zanzibar site',
  });
  await call(backend, 'people.update', { id: person.id, notes: 'Prefers Quetzalcoatl meetings on Mondays' });
  // Named in lower case, then taken out: only the change log still has it.
  const visit = await call(backend, 'interactions.create', {
    employerId: employer.id,
    kind: 'site_visit',
    status: 'done',
    occurredAt: '2026-11-02T10:00:00.000Z',
    summary: 'Depot visit',
    notes: 'Met sam okafor at the depot',
    personIds: [person.id],
  });
  await call(backend, 'interactions.update', { id: visit.id, notes: 'Met their pastry lead at the depot' });
  // Still names them: flagged at the erasure, for a person to rewrite.
  const call2 = await call(backend, 'interactions.create', {
    employerId: employer.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-11-03T10:00:00.000Z',
    summary: 'Follow-up call',
    notes: 'Sam Okafor asked for the trial dates',
  });

  // Opened again: the query planner's statistics now hold sample rows, their name among them.
  await backend.close();
  backend = await openBackendInThread({ dataDir });
  expect(await call(backend, 'privacy.erasePerson', { id: person.id })).toEqual({ mentions: 1, backups: [] });
  const [flag] = await call(backend, 'privacy.reviewFlags');
  expect(flag).toMatchObject({ entityId: call2.id });
  await call(backend, 'interactions.update', { id: call2.id, notes: 'They asked for the trial dates' });
  await call(backend, 'privacy.resolveFlag', { id: flag!.id });
  const backup = await call(backend, 'backups.create');

  const file = path.join(dataDir, databaseFileName);
  expect(leftovers([file, `${file}-wal`, backup.file])).toEqual([]);
  expect((await call(backend, 'search.query', { text: 'Okafor' })).people).toEqual([]);
  await backend.close();
  expect(leftovers([file, `${file}-wal`, backup.file])).toEqual([]);
});

test('the backups taken while they were in the record are listed with the last day each is kept, and erased on request', async () => {
  const { backend, setToday } = await clockedBackend('2026-11-20');
  try {
    const employer = await call(backend, 'employers.create', { name: 'Harbour Kitchens Ltd' });
    const before = await call(backend, 'backups.create');
    setToday('2026-11-21');
    const person = await call(backend, 'people.create', {
      name: 'Sam Okafor',
      phone: '07700 900123',
      notes: 'Prefers Quetzalcoatl meetings',
      employerId: employer.id,
      roleTitle: 'Pastry lead, Zanzibar site',
    });
    await call(backend, 'people.create', { name: 'Grace Wilde', employerId: employer.id });
    const holding = await call(backend, 'backups.create');
    setToday('2026-11-24');
    await call(backend, 'security.setPassphrase', { passphrase: 'kettle on the hob', repeated: 'kettle on the hob' });

    const erased = await call(backend, 'privacy.erasePerson', { id: person.id });
    // The newest of its week (16–22 Nov): kept while that week is among the last four with a backup.
    expect(erased.backups).toEqual([{ name: holding.name, takenAt: holding.takenAt, lastDayKept: '2026-12-13' }]);
    expect(leftovers([holding.file])).toEqual([]); // encrypted: the bytes say nothing either way

    expect(
      await call(backend, 'privacy.eraseFromBackups', { id: person.id, backups: erased.backups.map((b) => b.name) }),
    ).toEqual({ rewritten: 1, leftAsTheyWere: [] });
    await call(backend, 'security.setPassphrase', { current: 'kettle on the hob', passphrase: '', repeated: '' });
    expect(leftovers([holding.file, before.file])).toEqual([]);
    await call(backend, 'backups.restore', { name: holding.name });
    expect((await call(backend, 'people.list', {})).rows.map((row) => row.name)).toEqual(['Grace Wilde']);
  } finally {
    await backend.close();
  }
});
