// Two records of one person made one: roles, their place in every contact and trust notes move
// to the one kept; the other goes to Trash noting where; Undo puts both back exactly.
import { expect } from 'vitest';
import type { Backend } from '../../../electron/backend';
import { call, test } from '../../support/temp-backend';

async function samTwice(backend: Backend) {
  const acme = await call(backend, 'employers.create', { name: 'Acme Ltd' });
  const bolt = await call(backend, 'employers.create', { name: 'Bolt Cafe' });
  const kept = await call(backend, 'people.create', { name: 'Samir Patel', employerId: acme.id, notes: 'HR lead' });
  const merged = await call(backend, 'people.create', {
    name: 'Sam Patel',
    email: 'sam@bolt.example',
    employerId: bolt.id,
    notes: 'Runs the café kitchen',
  });
  const shared = await call(backend, 'interactions.create', {
    employerId: acme.id,
    kind: 'meeting',
    status: 'done',
    occurredAt: '2026-10-01T10:00:00.000Z',
    summary: 'Both Sams in the room',
    personIds: [kept.id, merged.id],
  });
  const onlyMerged = await call(backend, 'interactions.create', {
    employerId: bolt.id,
    kind: 'call',
    status: 'done',
    occurredAt: '2026-10-20T10:00:00.000Z',
    summary: 'Called Sam about trial shifts',
    personIds: [merged.id],
  });
  await call(backend, 'trust.create', {
    employerId: bolt.id,
    level: 'inter_personal',
    direction: 'strengthened',
    personId: merged.id,
    observation: 'Sam vouched for us',
  });
  return { acme, bolt, kept, merged, shared, onlyMerged };
}

test('merging two people moves their roles, contacts and trust notes to the one kept', async ({ backend }) => {
  const { bolt, kept, merged } = await samTwice(backend);
  const result = await backend.invoke('people.merge', { keepId: kept.id, mergeId: merged.id });
  expect(result).toMatchObject({ ok: true, change: { sentence: 'Merged Sam Patel into Samir Patel' } });
  const person = await call(backend, 'people.get', { id: kept.id });
  expect(person).toMatchObject({
    name: 'Samir Patel',
    email: 'sam@bolt.example',
    notes: 'HR lead\n\nRuns the café kitchen',
  });
  expect(person.affiliations.map((role) => role.employerName).sort()).toEqual(['Acme Ltd', 'Bolt Cafe']);
  const timeline = await call(backend, 'timeline.forEmployer', { employerId: bolt.id, personId: kept.id });
  expect(timeline.items.map((item) => item.type).sort()).toEqual(
    ['affiliation_started', 'interaction', 'trust_note'].sort(),
  );
  const gone = await call(backend, 'people.get', { id: merged.id });
  expect(gone.deletedAt).not.toBeNull();
  expect(gone.notes).toMatch(/Merged into Samir Patel on /);
});

test('Undo puts both people back exactly as they were', async ({ backend }) => {
  const { bolt, kept, merged } = await samTwice(backend);
  const before = [
    await call(backend, 'people.get', { id: kept.id }),
    await call(backend, 'people.get', { id: merged.id }),
    await call(backend, 'timeline.forEmployer', { employerId: bolt.id }),
    await call(backend, 'employers.get', { id: bolt.id }),
  ];
  const result = await backend.invoke('people.merge', {
    keepId: kept.id,
    mergeId: merged.id,
    take: { name: 'merged' },
  });
  expect((await call(backend, 'people.get', { id: kept.id })).name).toBe('Sam Patel');
  await call(backend, 'changes.undo', { id: result.ok ? result.change!.id : '' });
  expect([
    await call(backend, 'people.get', { id: kept.id }),
    await call(backend, 'people.get', { id: merged.id }),
    await call(backend, 'timeline.forEmployer', { employerId: bolt.id }),
    await call(backend, 'employers.get', { id: bolt.id }),
  ]).toEqual(before);
});

test('every phone number and email address of both is kept: the chosen one first, the rest as others', async ({
  backend,
}) => {
  const kept = await call(backend, 'people.create', {
    name: 'Priya Shah',
    phone: '0191 496 0000',
    email: 'priya@greggs.example',
    otherPhones: ['07700 900111'],
  });
  const merged = await call(backend, 'people.create', {
    name: 'P Shah',
    phone: '07700 900222',
    email: 'priya.shah@home.example',
    otherEmails: ['priya@greggs.example'],
  });
  await call(backend, 'people.merge', { keepId: kept.id, mergeId: merged.id, take: { phone: 'merged' } });
  expect(await call(backend, 'people.get', { id: kept.id })).toMatchObject({
    phone: '07700 900222',
    otherPhones: ['0191 496 0000', '07700 900111'],
    email: 'priya@greggs.example',
    otherEmails: ['priya.shah@home.example'],
  });
});

test('further phone numbers and email addresses are checked one by one, and can be given one on each line', async ({
  backend,
}) => {
  const person = await call(backend, 'people.create', {
    name: 'Tom Reed',
    otherPhones: '0161 496 0001\n\n 07700 900333 ' as never,
  });
  expect(person.otherPhones).toEqual(['0161 496 0001', '07700 900333']);
  expect(
    await backend.invoke('people.update', { id: person.id, otherEmails: ['tom@example.org', 'tom at home'] }),
  ).toMatchObject({
    ok: false,
    error: {
      field: 'otherEmails',
      message: '“tom at home” is not an email address. Enter each like name@example.co.uk, on a line of its own.',
    },
  });
  expect((await call(backend, 'people.get', { id: person.id })).otherEmails).toEqual([]);
});
