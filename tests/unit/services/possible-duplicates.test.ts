// Possible duplicates: pairs found across the whole record by name, phone, email, website and
// postcode, each with why; a pair marked "not the same" is not offered again (until undone);
// merging a pair ends it.
import { describe, expect } from 'vitest';
import { call, test } from '../../support/temp-backend';

describe('possible duplicate employers', () => {
  test('pairs employers by name, phone, website and postcode, and says why', async ({ backend }) => {
    const greggs = await call(backend, 'employers.create', { name: 'Greggs plc', postcode: 'NE15 8NY' });
    const shouting = await call(backend, 'employers.create', { name: 'GREGGS PLC.' });
    const harbour = await call(backend, 'employers.create', {
      name: 'Harbour Kitchens',
      phone: '+44 161 496 0000',
      website: 'https://www.harbourkitchens.co.uk/jobs',
    });
    const quay = await call(backend, 'employers.create', {
      name: 'The Quay Kitchen',
      phone: '0161 496 0000 ext. 12',
      website: 'harbourkitchens.co.uk',
    });
    const bakery = await call(backend, 'employers.create', { name: 'Greggs Bakery Shop', postcode: 'ne158ny' });
    await call(backend, 'employers.create', { name: 'Northern Rail', phone: '0161 496 0999' });

    const found = await call(backend, 'duplicates.list', { kind: 'employer' });
    const reasons = (a: string, b: string) =>
      found.pairs.find((pair) => [pair.first.id, pair.second.id].sort().join() === [a, b].sort().join())?.reasons;
    expect(reasons(greggs.id, shouting.id)).toEqual([
      'The same name once “Ltd”, capitals and punctuation are set aside',
    ]);
    expect(reasons(harbour.id, quay.id)).toEqual([
      'The same phone number, written +44 161 496 0000 and 0161 496 0000 ext. 12',
      'The same website, harbourkitchens.co.uk',
    ]);
    expect(reasons(greggs.id, bakery.id)).toEqual(['The same postcode, NE15 8NY, and a name starting “greggs”']);
    expect(found.total).toBe(3);
    // The likeliest first: two reasons outweigh one.
    expect(found.pairs[0]!.reasons).toHaveLength(2);
    expect(found.pairs[0]!.first).toMatchObject({
      name: 'Harbour Kitchens',
      details: ['+44 161 496 0000', 'https://www.harbourkitchens.co.uk/jobs'],
    });
  });

  test('a pair marked not the same is left out, until that is undone; a merged pair is gone', async ({ backend }) => {
    const first = await call(backend, 'employers.create', { name: 'Greggs plc' });
    const second = await call(backend, 'employers.create', { name: 'Greggs' });
    const third = await call(backend, 'employers.create', { name: 'greggs ltd' });
    expect((await call(backend, 'duplicates.list', { kind: 'employer' })).total).toBe(3);

    const marked = await backend.invoke('duplicates.notTheSame', {
      kind: 'employer',
      firstId: second.id,
      secondId: first.id,
    });
    expect(marked.ok && marked.change?.sentence).toBe('Marked Greggs plc and Greggs as not the same');
    const after = await call(backend, 'duplicates.list', { kind: 'employer' });
    expect(after.total).toBe(2);
    expect(after.pairs.map((pair) => [pair.first.name, pair.second.name].sort())).not.toContainEqual([
      'Greggs',
      'Greggs plc',
    ]);

    await call(backend, 'changes.undo', { id: marked.ok ? marked.change!.id : '' });
    expect((await call(backend, 'duplicates.list', { kind: 'employer' })).total).toBe(3);

    await call(backend, 'employers.merge', { keepId: first.id, mergeId: third.id });
    const merged = await call(backend, 'duplicates.list', { kind: 'employer' });
    expect(merged.pairs.map((pair) => [pair.first.name, pair.second.name].sort())).toEqual([['Greggs', 'Greggs plc']]);
  });
});

describe('possible duplicate people', () => {
  test('pairs people by name and email; a shared switchboard alone is not enough', async ({ backend }) => {
    const greggs = await call(backend, 'employers.create', { name: 'Greggs plc' });
    const sam = await call(backend, 'people.create', { name: 'Dr Sam O’Neill', employerId: greggs.id });
    const samAgain = await call(backend, 'people.create', { name: 'sam oneill', employerId: greggs.id });
    const priya = await call(backend, 'people.create', {
      name: 'Priya Shah',
      email: 'priya@greggs.co.uk',
      phone: '0191 496 0000',
    });
    const priyaAgain = await call(backend, 'people.create', {
      name: 'P Shah',
      email: 'p.shah@home.example',
      otherEmails: ['Priya@Greggs.co.uk'],
    });
    const tom = await call(backend, 'people.create', {
      name: 'Tom Reed',
      phone: '0191 496 0000',
      employerId: greggs.id,
    });
    const tomAgain = await call(backend, 'people.create', { name: 'Tom Reed', otherPhones: ['+44 191 496 0000'] });
    // One person giving one address twice, and another reached at a colleague's second address.
    await call(backend, 'people.create', {
      name: 'Ann Lee',
      email: 'ann@bolt.example',
      otherEmails: ['ANN@bolt.example'],
    });

    const found = await call(backend, 'duplicates.list', { kind: 'person' });
    expect(found.total).toBe(3);
    const ids = (pair: (typeof found.pairs)[number]) => [pair.first.id, pair.second.id].sort().join();
    const samPair = found.pairs.find((pair) => ids(pair) === [sam.id, samAgain.id].sort().join());
    expect(samPair?.reasons).toEqual([
      'The same name once titles and capitals are set aside',
      'Both work at Greggs plc',
    ]);
    expect(samPair?.first.details).toEqual(['Works at Greggs plc']);
    const priyaPair = found.pairs.find((pair) => ids(pair) === [priya.id, priyaAgain.id].sort().join());
    expect(priyaPair?.reasons).toEqual(['The same email address, priya@greggs.co.uk']);
    const tomPair = found.pairs.find((pair) => ids(pair) === [tom.id, tomAgain.id].sort().join());
    expect(tomPair?.reasons).toEqual(['The same name', 'The same phone number, 0191 496 0000']);
  });
});
