// A team of two through a temporary shared folder: one laptop makes a day's work (200 change
// sets) and then 10,000, shares them, and the other takes them in. Through the backends' own
// threads, as the window asks.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openBackend, type Backend } from '../../electron/backend';
import { databaseFileName } from '../../electron/db/open';
import { call } from '../../tests/support/call';
import { round } from './stats';

async function work(backend: Backend, employers: string[], count: number) {
  for (let n = 0; n < count; n++) {
    await call(backend, 'interactions.create', {
      employerId: employers[n % employers.length]!,
      kind: 'call',
      status: 'done',
      occurredAt: new Date(Date.now() - (n + 1) * 60_000).toISOString(),
      summary: `Call ${n} about the warehouse roles`,
    });
  }
}

export async function measureTeamSync() {
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'bridgework-bench-team-'));
  const drive = path.join(scratch, 'Shared');
  fs.mkdirSync(drive);
  const sam = await openBackend({ dataDir: path.join(scratch, 'sam') });
  const priya = await openBackend({ dataDir: path.join(scratch, 'priya') });
  try {
    const employers: string[] = [];
    for (let n = 0; n < 100; n++) employers.push((await call(sam, 'employers.create', { name: `Employer ${n}` })).id);
    const { joinCode } = await call(sam, 'team.create', { name: 'Bench', folder: drive });
    await call(priya, 'team.join', { folder: drive, joinCode });
    const results = [];
    for (const count of [200, 10_000]) {
      await work(sam, employers, count);
      let started = performance.now();
      const shared = await call(sam, 'team.sync');
      const shareMs = performance.now() - started;
      started = performance.now();
      const taken = await call(priya, 'team.sync');
      const applyMs = performance.now() - started;
      if (shared.shared !== count || taken.applied !== count) {
        throw new Error(`Shared ${shared.shared} and applied ${taken.applied} of ${count} change sets`);
      }
      results.push({ changeSets: count, shareMs: round(shareMs), applyMs: round(applyMs) });
    }
    return results;
  } finally {
    await sam.close();
    await priya.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}

/**
 * A new laptop joining a team whose record is the large set: the snapshot (the database, sealed)
 * written when the team starts, 1,000 change sets shared since, and the join timed from the code
 * typed to the record open with every change taken in. On a copy: the bench set is left as it was.
 */
export async function measureLargeJoin(dataDir: string) {
  const scratch = fs.mkdtempSync(path.join(path.dirname(dataDir), 'bench-team-join-'));
  const drive = path.join(scratch, 'Shared');
  fs.mkdirSync(drive);
  const samDir = path.join(scratch, 'sam');
  fs.mkdirSync(samDir);
  fs.copyFileSync(path.join(dataDir, databaseFileName), path.join(samDir, databaseFileName));
  const sam = await openBackend({ dataDir: samDir });
  const priya = await openBackend({ dataDir: path.join(scratch, 'priya') });
  try {
    let started = performance.now();
    const { joinCode, folder } = await call(sam, 'team.create', { name: 'Bench', folder: drive });
    const createMs = performance.now() - started;
    const { rows } = await call(sam, 'employers.list', { limit: 100 });
    await work(
      sam,
      rows.map((row) => row.id),
      1_000,
    );
    await call(sam, 'team.sync');
    const snapshots = path.join(folder, 'snapshots');
    const snapshotBytes = fs
      .readdirSync(snapshots)
      .reduce((total, name) => total + fs.statSync(path.join(snapshots, name)).size, 0);
    started = performance.now();
    const joined = await call(priya, 'team.join', { folder: drive, joinCode });
    const joinMs = performance.now() - started;
    if (joined.applied !== 1_000) throw new Error(`Joined with ${joined.applied} of 1,000 change sets`);
    const { total } = await call(priya, 'employers.list', { limit: 1 });
    return {
      employers: total,
      changeSets: joined.applied,
      snapshotMegabytes: Math.round(snapshotBytes / 1_000_000),
      createMs: round(createMs),
      joinMs: round(joinMs),
    };
  } finally {
    await sam.close();
    await priya.close();
    fs.rmSync(scratch, { recursive: true, force: true });
  }
}
