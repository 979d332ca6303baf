import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { keyFromJoinCode, open } from '../../../electron/services/team/crypto';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { makeDataDir } from '../../support/temp-backend';

const start = clockedBackends();

const keyOf = (joinCode: string) => {
  const key = keyFromJoinCode(joinCode);
  if (!('key' in key)) throw new Error(key.problem);
  return key.key;
};

/** Every file sealed with the team's key, by its path in the team folder. */
const sealedFiles = (folder: string) =>
  fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(bwchange|bwsnapshot|bwmember|bwteam)$/.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name));

async function aTeamOfThree() {
  const samLaptop = await start('2026-12-01');
  const sam = samLaptop.backend;
  await call(sam, 'settings.update', { yourName: 'Sam Taylor' });
  const greggs = await call(sam, 'employers.create', { name: 'Greggs plc' });
  const drive = path.join(makeDataDir(), 'Shared drive');
  fs.mkdirSync(drive);
  const created = await call(sam, 'team.create', { name: 'Northside Works', folder: drive });
  const laptops = [];
  for (const name of ['Priya Shah', 'Tom Okafor']) {
    const laptop = (await start('2026-12-01')).backend;
    await call(laptop, 'team.join', { folder: drive, joinCode: created.joinCode });
    await call(laptop, 'settings.update', { yourName: name });
    await call(laptop, 'team.sync');
    laptops.push(laptop);
  }
  const [priya, tom] = laptops as [typeof sam, typeof sam];
  return { sam, priya, tom, greggs, drive, created, dataDir: samLaptop.dataDir };
}

describe('taking a laptop out of the team', () => {
  it('gives everyone else a new key, so the laptop taken out reads nothing written from then on', async () => {
    const { sam, priya, tom, greggs, drive, created } = await aTeamOfThree();
    const oldKey = keyOf(created.joinCode);
    const tomsLaptop = (await call(sam, 'team.members')).find((member) => member.name === 'Tom Okafor')!;

    // Priya shares a change just as Sam takes Tom out: her file is still arriving while the folder is sealed again.
    const bakery = await call(priya, 'employers.create', { name: 'Leeds Bakery' });
    await call(priya, 'team.sync');
    const priyasFile = sealedFiles(created.folder).find(
      (file) => file.includes(`${path.sep}changes${path.sep}`) && !file.includes(tomsLaptop.device),
    )!;
    const whole = fs.readFileSync(priyasFile);
    fs.writeFileSync(priyasFile, whole.subarray(0, 50));

    const removed = await call(sam, 'team.removeMember', { device: tomsLaptop.device });
    expect(removed.name).toBe('Tom Okafor');
    expect(removed.joinCode).not.toBe(created.joinCode);
    fs.writeFileSync(priyasFile, whole);
    const newKey = keyOf(removed.joinCode);
    for (const file of sealedFiles(created.folder).filter((file) => file !== priyasFile)) {
      const bytes = fs.readFileSync(file);
      expect([file, await open(oldKey, bytes)]).toEqual([file, null]);
      expect(await open(newKey, bytes)).not.toBeNull();
    }
    expect((await call(sam, 'team.members')).map((member) => member.name)).toEqual(['Sam Taylor', 'Priya Shah']);

    // Sam and Priya carry on; Priya's laptop takes the new key and seals her late file again.
    const logged = await call(sam, 'interactions.create', {
      employerId: greggs.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-12-01T10:00:00.000Z',
      summary: 'Agreed the taster days',
    });
    await call(sam, 'team.sync');
    expect(await call(priya, 'team.sync')).toMatchObject({ applied: 1 });
    expect(await open(newKey, fs.readFileSync(priyasFile))).not.toBeNull();
    await call(sam, 'team.sync');
    expect((await call(sam, 'employers.get', { id: bakery.id })).name).toBe('Leeds Bakery');
    expect((await call(priya, 'interactions.get', { id: logged.id })).summary).toBe('Agreed the taster days');

    // Tom's laptop keeps what it had, and gets nothing more.
    const refused = await tom.invoke('team.sync', {});
    expect(refused.ok ? null : refused.error.message).toMatch(/^This laptop can no longer open the team’s folder/);
    expect((await tom.invoke('interactions.get', { id: logged.id })).ok).toBe(false);
    expect((await call(tom, 'team.status')).team?.problem).toMatch(/^This laptop can no longer open/);
    expect((await call(priya, 'team.status')).team?.problem).toBeNull();
    expect((await call(tom, 'employers.get', { id: greggs.id })).name).toBe('Greggs plc');

    // A new colleague joins with the new code; the old one no longer opens the team.
    const newcomer = (await start('2026-12-01')).backend;
    const old = await newcomer.invoke('team.join', { folder: drive, joinCode: created.joinCode });
    expect(old.ok ? null : old.error.field).toBe('joinCode');
    await call(newcomer, 'team.join', { folder: drive, joinCode: removed.joinCode });
    expect((await call(newcomer, 'interactions.get', { id: logged.id })).summary).toBe('Agreed the taster days');
    expect(await call(sam, 'team.joinCode')).toEqual({ joinCode: removed.joinCode });
  });

  it('says why a laptop cannot be taken out', async () => {
    const { sam, tom } = await aTeamOfThree();
    const members = await call(sam, 'team.members');
    const own = await sam.invoke('team.removeMember', { device: members.find((member) => member.you)!.device });
    expect(own.ok ? null : [own.error.field, own.error.message]).toEqual([
      'device',
      'You cannot take your own laptop out of the team. A colleague can do it from theirs.',
    ]);
    const toms = members.find((member) => member.name === 'Tom Okafor')!.device;
    await call(sam, 'team.removeMember', { device: toms });
    const again = await sam.invoke('team.removeMember', { device: toms });
    expect(again.ok ? null : again.error.field).toBe('device');
    const fromTom = await tom.invoke('team.removeMember', { device: members.find((member) => member.you)!.device });
    expect(fromTom.ok).toBe(false);
  });
});
