import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import SQLite from 'better-sqlite3-multiple-ciphers';
import { keyFromJoinCode, open, openFile } from '../../../electron/services/team/crypto';
import { call } from '../../support/call';
import { clockedBackends } from '../../support/clocked-backend';
import { aReferral } from '../../support/referral';
import { makeDataDir } from '../../support/temp-backend';

const start = clockedBackends();

/** Every file under a folder, by its path inside it. */
function filesIn(folder: string): string[] {
  return fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(folder, path.join(entry.parentPath, entry.name)))
    .sort();
}

/** This installation's id, as the data folder keeps it. */
const deviceOf = (dataDir: string) => fs.readFileSync(path.join(dataDir, 'device-id'), 'utf8').trim();

async function aTeam() {
  const clocked = await start('2026-12-01');
  const { backend } = clocked;
  await call(backend, 'settings.update', { yourName: 'Sam Taylor' });
  const greggs = await call(backend, 'employers.create', { name: 'Greggs plc', notes: 'Ask about the Leeds bakery' });
  const drive = path.join(makeDataDir(), 'OneDrive - Northside Works');
  fs.mkdirSync(drive);
  const created = await call(backend, 'team.create', { name: 'Northside Works', folder: drive });
  const key = keyFromJoinCode(created.joinCode);
  if (!('key' in key)) throw new Error(key.problem);
  return { ...clocked, greggs, drive, created, key: key.key };
}

describe('a team through a shared folder', () => {
  it('starts with the record sealed in the folder and a join code that opens it', async () => {
    const { backend, drive, created, key, greggs, dataDir } = await aTeam();
    const folder = path.join(drive, 'Bridgework team');
    expect(created).toMatchObject({ name: 'Northside Works', folder });
    expect(created.joinCode.split(' ')).toHaveLength(24);
    const files = filesIn(folder);
    expect(files).toEqual([
      `members/${deviceOf(dataDir)}.bwmember`,
      expect.stringMatching(/^snapshots\/.+\.bwsnapshot$/),
      'team.bwteam',
    ]);
    // The cloud drive sees nothing it can read.
    for (const file of files) {
      const bytes = fs.readFileSync(path.join(folder, file));
      for (const words of ['Greggs', 'Leeds bakery', 'Sam Taylor', 'Northside'])
        expect(bytes.includes(words)).toBe(false);
    }
    const member = JSON.parse((await open(key, fs.readFileSync(path.join(folder, files[0]!))))!.toString('utf8'));
    expect(member).toMatchObject({ name: 'Sam Taylor', lastSeenAt: '2026-12-01T12:00:00.000Z' });

    // The snapshot is the record's database, whole, for a new laptop to start from.
    const copy = path.join(makeDataDir(), 'snapshot.sqlite');
    expect(await openFile(key, path.join(folder, files[1]!), copy)).toBe(true);
    const snapshot = new SQLite(copy, { readonly: true });
    expect(snapshot.prepare('select name from employer where id = ?').pluck().get(greggs.id)).toBe('Greggs plc');
    snapshot.close();
    expect(fs.readFileSync(copy).includes(Buffer.from(key))).toBe(false);

    expect(await call(backend, 'team.status')).toMatchObject({
      team: { name: 'Northside Works', folder, waiting: 0, problem: null },
    });
  });

  it('writes a fresh snapshot now and then, without this laptop’s keys, and keeps the two newest', async () => {
    const { backend, created, key, setToday } = await aTeam();
    const snapshots = path.join(created.folder, 'snapshots');
    for (const [day, name] of [
      ['2027-01-05', 'Leeds Bakery'],
      ['2027-02-10', 'Harbour Hotels'],
    ] as const) {
      setToday(day);
      await call(backend, 'employers.create', { name });
      await call(backend, 'team.sync');
    }
    const names = fs.readdirSync(snapshots).sort();
    expect(names).toHaveLength(2);
    const copy = path.join(makeDataDir(), 'newest.sqlite');
    expect(await openFile(key, path.join(snapshots, names[1]!), copy)).toBe(true);
    const newest = new SQLite(copy, { readonly: true });
    expect(newest.prepare('select name from employer order by name').pluck().all()).toEqual([
      'Greggs plc',
      'Harbour Hotels',
      'Leeds Bakery',
    ]);
    expect(newest.prepare('select count(*) from team').pluck().get()).toBe(0);
    newest.close();
    expect(fs.readFileSync(copy).includes(Buffer.from(key))).toBe(false);

    // A new laptop starts from the newest, and has nothing to replay.
    const priya = (await start('2027-02-10')).backend;
    expect(await call(priya, 'team.join', { folder: created.folder, joinCode: created.joinCode })).toMatchObject({
      applied: 0,
    });
    expect((await call(priya, 'employers.list', {})).total).toBe(3);
  });

  it('refuses a second team, and a folder that already holds one', async () => {
    const { backend, drive } = await aTeam();
    const again = await backend.invoke('team.create', { name: 'Another', folder: drive });
    expect(again.ok ? null : again.error.message).toBe(
      'Your record is already shared with a team. Settings → Team shows it.',
    );
    const other = await start('2026-12-01');
    const taken = await other.backend.invoke('team.create', { name: 'Another', folder: drive });
    expect(taken.ok ? null : [taken.error.field, taken.error.message]).toEqual([
      'folder',
      'That folder already holds a Bridgework team. Choose Join a team instead, or choose another folder.',
    ]);
  });

  it('shares each change made here as a sealed file of its own, once', async () => {
    const { backend, greggs, key, created, dataDir } = await aTeam();
    await call(backend, 'interactions.create', {
      employerId: greggs.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-12-01T10:00:00.000Z',
      summary: 'Talked about the Leeds bakery roles',
    });
    await call(backend, 'employers.update', { id: greggs.id, locality: 'Leeds' });
    expect((await call(backend, 'team.status')).team).toMatchObject({ waiting: 2 });
    expect(await call(backend, 'team.sync')).toEqual({ shared: 2, applied: 0 });
    expect((await call(backend, 'team.status')).team).toMatchObject({ waiting: 0 });
    expect(await call(backend, 'team.sync')).toEqual({ shared: 0, applied: 0 });

    const mine = path.join(created.folder, 'changes', deviceOf(dataDir));
    const shared = await Promise.all(
      fs
        .readdirSync(mine)
        .sort()
        .map(async (name) => JSON.parse((await open(key, fs.readFileSync(path.join(mine, name))))!.toString('utf8'))),
    );
    expect(shared.map((change) => change.sentence)).toEqual([
      'Logged a call with Greggs plc',
      'Changed Greggs plc’s details',
    ]);
    expect(shared[1].rows).toEqual([
      expect.objectContaining({ entity: 'employer', entityId: greggs.id, action: 'update' }),
    ]);
    expect(JSON.parse(shared[1].rows[0].after)).toMatchObject({ locality: 'Leeds' });
  });
});

describe('two laptops sharing one folder', () => {
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('a colleague joins with the code, and each sees what the other records', async () => {
    const { backend: sam, greggs, drive, created } = await aTeam();
    const priyaLaptop = await start('2026-12-01');
    const priya = priyaLaptop.backend;
    const wrong = await priya.invoke('team.join', {
      folder: drive,
      joinCode: created.joinCode.split(' ').reverse().join(' '),
    });
    expect(wrong.ok ? null : wrong.error.field).toBe('joinCode');
    expect(await call(priya, 'team.join', { folder: drive, joinCode: created.joinCode })).toMatchObject({
      name: 'Northside Works',
      applied: 0,
    });
    expect((await call(priya, 'team.members')).map((m) => [m.name, m.you, m.away])).toEqual([
      ['A colleague', true, false],
      ['Sam Taylor', false, false],
    ]);
    expect((await call(priya, 'employers.get', { id: greggs.id })).name).toBe('Greggs plc');

    const logged = await call(sam, 'interactions.create', {
      employerId: greggs.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-12-01T10:00:00.000Z',
      summary: 'Talked about the Leeds bakery roles',
    });
    expect(await call(sam, 'team.sync')).toEqual({ shared: 1, applied: 0 });
    expect(await call(priya, 'team.sync')).toEqual({ shared: 0, applied: 1 });
    expect((await call(priya, 'interactions.get', { id: logged.id })).summary).toBe(
      'Talked about the Leeds bakery roles',
    );
    expect((await call(priya, 'employers.overview', { id: greggs.id })).lastContactAt).toBe('2026-12-01T10:00:00.000Z');
    expect((await call(priya, 'changes.list', {})).changes[0]).toMatchObject({
      sentence: 'Logged a call with Greggs plc',
      who: 'Sam Taylor',
    });

    // Each thing says who recorded it; a name given on one laptop stays that laptop's own.
    await call(priya, 'settings.update', { yourName: 'Priya Shah' });
    const promise = await call(priya, 'commitments.create', {
      employerId: greggs.id,
      party: 'us',
      description: 'Send the taster day dates',
      dueOn: '2026-12-08',
    });
    await call(priya, 'team.sync');
    expect(await call(sam, 'team.sync')).toMatchObject({ applied: 2 });
    expect((await call(sam, 'settings.get')).yourName).toBe('Sam Taylor');
    const timeline = await call(sam, 'timeline.forEmployer', { employerId: greggs.id });
    expect(timeline.items.map((item) => [item.type, item.recordedBy])).toEqual(
      expect.arrayContaining([
        ['interaction', 'Sam Taylor'],
        ['commitment_made', 'Priya Shah'],
      ]),
    );
    const ledger = await call(sam, 'commitments.forEmployer', { employerId: greggs.id });
    expect(ledger.commitments.map((c) => [c.id, c.recordedBy])).toEqual([[promise.id, 'Priya Shah']]);

    // Different fields on each laptop: both stand. The same field: the later change stands on both.
    await call(sam, 'employers.update', { id: greggs.id, website: 'www.greggs.co.uk', locality: 'Leeds' });
    await pause();
    await call(priya, 'employers.update', { id: greggs.id, sector: 'retail', locality: 'Newcastle' });
    await call(sam, 'team.sync');
    await call(priya, 'team.sync');
    await call(sam, 'team.sync');
    for (const laptop of [sam, priya]) {
      expect(await call(laptop, 'employers.get', { id: greggs.id })).toMatchObject({
        website: 'www.greggs.co.uk',
        sector: 'retail',
        locality: 'Newcastle',
      });
      expect((await call(laptop, 'team.conflicts')).map((c) => [c.entityId, c.field, c.kept, c.other])).toEqual([
        [greggs.id, 'locality', 'Newcastle', 'Leeds'],
      ]);
    }
    // Nothing is applied twice.
    expect(await call(sam, 'team.sync')).toEqual({ shared: 0, applied: 0 });
    expect(await call(priya, 'team.sync')).toEqual({ shared: 0, applied: 0 });

    // Priya puts Sam's change back, in one click; it travels, and settles Sam's list too.
    const [conflict] = await call(priya, 'team.conflicts');
    expect(conflict).toMatchObject({
      what: 'the employer “Greggs plc”',
      field: 'locality',
      keptBy: 'Priya Shah',
      otherBy: 'Sam Taylor',
      changedAt: expect.stringMatching(/^2026-12-01T/),
    });
    await call(priya, 'team.resolveConflict', { id: conflict!.id, keep: 'other' });
    expect(await call(priya, 'team.conflicts')).toEqual([]);
    await call(priya, 'team.sync');
    await call(sam, 'team.sync');
    for (const laptop of [sam, priya]) {
      expect(await call(laptop, 'employers.get', { id: greggs.id })).toMatchObject({ locality: 'Leeds' });
      expect(await call(laptop, 'team.conflicts')).toEqual([]);
    }

    // A colleague whose laptop has not synced for 30 days is marked.
    priyaLaptop.setToday('2027-01-05');
    expect((await call(priya, 'team.members')).map((m) => [m.name, m.away])).toEqual([
      ['Priya Shah', true],
      ['Sam Taylor', true],
    ]);
  });

  it('a change that arrives before the one it builds on waits for it', async () => {
    const { backend: sam, drive, created, dataDir } = await aTeam();
    const priya = (await start('2026-12-01')).backend;
    await call(priya, 'team.join', { folder: drive, joinCode: created.joinCode });
    const bakery = await call(sam, 'employers.create', { name: 'Leeds Bakery' });
    await call(sam, 'team.sync');
    const mine = path.join(created.folder, 'changes', deviceOf(dataDir));
    const [first] = fs.readdirSync(mine);
    const held = fs.readFileSync(path.join(mine, first!));
    // Still arriving: the cloud drive has only part of it.
    fs.writeFileSync(path.join(mine, first!), held.subarray(0, 40));
    await pause();
    await call(sam, 'employers.update', { id: bakery.id, locality: 'Leeds' });
    await call(sam, 'team.sync');
    expect(await call(priya, 'team.sync')).toEqual({ shared: 0, applied: 0 });
    fs.writeFileSync(path.join(mine, first!), held);
    fs.copyFileSync(path.join(mine, first!), path.join(mine, first!.replace('.bwchange', ' (1).bwchange')));
    expect(await call(priya, 'team.sync')).toEqual({ shared: 0, applied: 2 });
    expect(await call(priya, 'employers.get', { id: bakery.id })).toMatchObject({
      name: 'Leeds Bakery',
      locality: 'Leeds',
    });
  });

  it('a record moved to Trash on one laptop while changed on another comes back with the change, and both say so', async () => {
    const { backend: sam, greggs, drive, created } = await aTeam();
    const priya = (await start('2026-12-01')).backend;
    await call(priya, 'team.join', { folder: drive, joinCode: created.joinCode });
    await call(priya, 'settings.update', { yourName: 'Priya Shah' });
    const bakery = await call(sam, 'employers.create', { name: 'Leeds Bakery' });
    await call(sam, 'team.sync');
    await call(priya, 'team.sync');

    // Greggs: Sam trashes it while Priya changes its area. Leeds Bakery: Priya trashes it while
    // Sam logs a call with it. Neither knew of the other.
    await call(sam, 'employers.archive', { id: greggs.id });
    await call(priya, 'employers.update', { id: greggs.id, locality: 'Newcastle' });
    await pause();
    await call(priya, 'employers.archive', { id: bakery.id });
    await pause();
    await call(sam, 'interactions.create', {
      employerId: bakery.id,
      kind: 'call',
      status: 'done',
      occurredAt: '2026-12-01T11:00:00.000Z',
      summary: 'Booked the open day',
    });
    await call(sam, 'team.sync');
    await call(priya, 'team.sync');
    await call(sam, 'team.sync');
    for (const laptop of [sam, priya]) {
      expect(await call(laptop, 'employers.get', { id: greggs.id })).toMatchObject({
        locality: 'Newcastle',
        deletedAt: null,
      });
      expect(await call(laptop, 'employers.get', { id: bakery.id })).toMatchObject({ deletedAt: null });
      const listed = await call(laptop, 'team.conflicts');
      expect(listed.map((c) => [c.entityId, c.field, c.kept, c.keptBy, c.otherBy]).sort()).toEqual(
        [
          [greggs.id, 'deleted_at', null, 'Priya Shah', 'Sam Taylor'],
          [bakery.id, 'deleted_at', null, 'Sam Taylor', 'Priya Shah'],
        ].sort(),
      );
    }

    // Moving it to Trash after all is one click, and travels.
    const greggsNote = (await call(priya, 'team.conflicts')).find((c) => c.entityId === greggs.id)!;
    await call(priya, 'team.resolveConflict', { id: greggsNote.id, keep: 'other' });
    await call(priya, 'team.sync');
    await call(sam, 'team.sync');
    for (const laptop of [sam, priya]) {
      expect((await call(laptop, 'employers.get', { id: greggs.id })).deletedAt).not.toBeNull();
      expect((await call(laptop, 'team.conflicts')).map((c) => c.entityId)).toEqual([bakery.id]);
    }
  });

  it('evidence files travel sealed, named by their checksum, and arrive whole', async () => {
    const samLaptop = await start('2026-12-01');
    const sam = samLaptop.backend;
    const { referral } = await aReferral(sam);
    const before = await call(sam, 'evidence.attach', {
      referralId: referral.id,
      file: { name: 'offer letter.pdf', contentBase64: Buffer.from('%PDF-1.4 offer of employment').toString('base64') },
    });
    const drive = path.join(makeDataDir(), 'Dropbox');
    fs.mkdirSync(drive);
    const created = await call(sam, 'team.create', { name: 'Northside Works', folder: drive });
    const priyaLaptop = await start('2026-12-01');
    const priya = priyaLaptop.backend;
    await call(priya, 'team.join', { folder: drive, joinCode: created.joinCode });
    const after = await call(sam, 'evidence.attach', {
      referralId: referral.id,
      file: { name: 'payslip.pdf', contentBase64: Buffer.from('%PDF-1.4 first payslip').toString('base64') },
    });
    await call(sam, 'team.sync');
    expect(fs.readdirSync(path.join(created.folder, 'files')).sort()).toEqual(
      [`${before.sha256}.bwfile`, `${after.sha256}.bwfile`].sort(),
    );
    for (const name of fs.readdirSync(path.join(created.folder, 'files'))) {
      expect(fs.readFileSync(path.join(created.folder, 'files', name)).includes('PDF')).toBe(false);
    }
    // The snapshot's file and the later one both arrive, and open as the files attached.
    fs.rmSync(path.join(priyaLaptop.dataDir, 'evidence'), { recursive: true, force: true });
    await call(priya, 'team.sync');
    const listed = await call(priya, 'evidence.list', { referralId: referral.id });
    expect(listed.map((evidence) => evidence.fileName).sort()).toEqual(['offer letter.pdf', 'payslip.pdf']);
    const folder = path.join(priyaLaptop.dataDir, 'evidence');
    const opened = fs.readdirSync(folder).map((name) => fs.readFileSync(path.join(folder, name), 'utf8'));
    expect(opened.sort()).toEqual(['%PDF-1.4 first payslip', '%PDF-1.4 offer of employment']);
  });
});
