import { describe, expect, it } from 'vitest';
import { clockedBackends } from '../../support/clocked-backend';
import { call } from '../../support/temp-backend';

const start = clockedBackends();

async function aRecord() {
  const clocked = await start('2026-11-10');
  const { backend } = clocked;
  const greggs = await call(backend, 'employers.create', { name: 'Greggs plc', accountOwner: 'Tom Okafor' });
  const bakery = await call(backend, 'employers.create', { name: 'Leeds Bakery', accountOwner: 'tom okafor ' });
  const hotel = await call(backend, 'employers.create', { name: 'Harbour Hotels', accountOwner: 'Priya Shah' });
  const gone = await call(backend, 'employers.create', { name: 'Old Mill Ltd', accountOwner: 'Tom Okafor' });
  await call(backend, 'employers.create', { name: 'Nobody’s Ltd' });
  await call(backend, 'employers.archive', { id: gone.id });
  for (const employer of [greggs, hotel]) {
    await call(backend, 'interactions.create', {
      employerId: employer.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-11-10T10:00:00.000Z',
      summary: `Called ${employer.name}`,
      followUpOn: '2026-11-18',
    });
  }
  clocked.setToday('2026-11-20');
  return { ...clocked, greggs, bakery, hotel, gone };
}

describe('whose employers', () => {
  it('lists each account owner once, however the name was typed, with the employers they hold', async () => {
    const { backend } = await aRecord();
    expect(await call(backend, 'employers.owners')).toEqual([
      { name: 'Tom Okafor', employers: 2 },
      { name: 'Priya Shah', employers: 1 },
    ]);
    const toms = await call(backend, 'employers.list', { accountOwner: ['TOM OKAFOR'] });
    expect(toms.rows.map((row) => row.name)).toEqual(['Greggs plc', 'Leeds Bakery']);
  });

  it('shows Today for one account owner, or everyone', async () => {
    const { backend } = await aRecord();
    const everyone = await call(backend, 'today.get');
    expect(everyone.followUps.rows.map((row) => row.employerName)).toEqual(['Greggs plc', 'Harbour Hotels']);
    const priyas = await call(backend, 'today.get', { accountOwner: 'priya shah' });
    expect(priyas.followUps).toMatchObject({ total: 1, rows: [{ employerName: 'Harbour Hotels' }] });
  });

  it('hands everything one person looked after to a colleague in one step, undone in one', async () => {
    const { backend, greggs, bakery, gone, hotel } = await aRecord();
    expect(await call(backend, 'employers.handOver', { from: 'Tom Okafor', to: 'Priya Shah' })).toEqual({
      handedOver: 3,
    });
    for (const employer of [greggs, bakery, gone, hotel]) {
      expect((await call(backend, 'employers.get', { id: employer.id })).accountOwner).toBe('Priya Shah');
    }
    expect(await call(backend, 'employers.owners')).toEqual([{ name: 'Priya Shah', employers: 3 }]);
    const { nextUndo } = await call(backend, 'changes.list');
    expect(nextUndo?.sentence).toBe('Handed 3 employers to Priya Shah');
    await call(backend, 'changes.undo', { id: nextUndo!.id });
    expect((await call(backend, 'employers.get', { id: bakery.id })).accountOwner).toBe('tom okafor');
    expect((await call(backend, 'employers.get', { id: gone.id })).accountOwner).toBe('Tom Okafor');
  });

  it('says why a hand-over cannot be done, by the field', async () => {
    const { backend } = await aRecord();
    const nobody = await backend.invoke('employers.handOver', { from: 'Sam Taylor', to: 'Priya Shah' });
    expect(nobody.ok ? null : [nobody.error.field, nobody.error.message]).toEqual([
      'from',
      'No employers have Sam Taylor as their account owner.',
    ]);
    const same = await backend.invoke('employers.handOver', { from: 'Tom Okafor', to: 'tom okafor' });
    expect(same.ok ? null : same.error.fieldErrors).toEqual({
      to: 'Choose someone other than the person handing them over',
    });
  });
});
