// The record as it stood, sealed in the folder, so a new laptop starts from it rather than from
// every change ever made: a copy of the database (a large record is gigabytes, so it is sealed and
// opened a chunk at a time), named by the newest change set it holds. Any laptop writes a fresh one
// now and then; the two newest are kept.
import fs from 'node:fs';
import path from 'node:path';
import { sql } from 'kysely';
import { DomainError } from '../../../shared/result';
import type { TeamTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { openFile, sealFile } from './crypto';
import { changeFileName, snapshotsFolder } from './folder';

/** This laptop's own: which team it is in, with its keys, and what it alone was asked to settle. */
const ownTables = ['team', 'team_conflict'];
/** A fresh snapshot once this many change sets, or this many days, have passed since the newest. */
const refreshAfter = { changeSets: 5_000, days: 30 };
const kept = 2;

const snapshotName = (hlc: string) => changeFileName(hlc).replace(/\.bwchange$/, '.bwsnapshot');

/** Snapshots in the folder, newest first. */
function snapshots(folder: string) {
  const place = snapshotsFolder(folder);
  return fs.existsSync(place)
    ? fs
        .readdirSync(place)
        .filter((name) => name.endsWith('.bwsnapshot'))
        .sort()
        .reverse()
    : [];
}

/** Seals the record as it is now into the folder; returns the newest change set it holds. */
export async function writeSnapshot(
  ctx: ServiceContext,
  team: Pick<TeamTable, 'folder' | 'key'>,
): Promise<string | null> {
  const work = fs.mkdtempSync(path.join(ctx.system.dataDir, 'team-snapshot-'));
  try {
    const { rows } = await sql<{ hlc: string | null }>`select max(hlc) as hlc from change_set`.execute(ctx.db);
    const hlc = rows[0]?.hlc ?? null;
    const copy = path.join(work, 'record.sqlite');
    await ctx.record.copyForColleagues(copy, ownTables);
    fs.mkdirSync(snapshotsFolder(team.folder), { recursive: true });
    await sealFile(team.key, copy, path.join(snapshotsFolder(team.folder), snapshotName(hlc ?? ctx.now())));
    for (const old of snapshots(team.folder).slice(kept)) {
      fs.rmSync(path.join(snapshotsFolder(team.folder), old), { force: true });
    }
    return hlc;
  } finally {
    fs.rmSync(work, { recursive: true, force: true });
  }
}

/** Writes a fresh snapshot when the newest is far behind the record. */
export async function refreshSnapshot(ctx: ServiceContext, team: TeamTable) {
  const newest = snapshots(team.folder)[0];
  const since = newest ? newest.replace(/\.bwsnapshot$/, '') : '';
  const { rows } = await sql<{ behind: number }>`select count(*) as behind from change_set
    where replace(replace(hlc, ':', '_'), '.', '_') > ${since}`.execute(ctx.db);
  const behind = rows[0]?.behind ?? 0;
  const written =
    since.length >= 24
      ? Date.parse(`${since.slice(0, 13)}:${since.slice(14, 16)}:${since.slice(17, 19)}.${since.slice(20, 24)}`)
      : 0;
  const days = (Date.parse(ctx.now()) - written) / 86_400_000;
  if (behind >= refreshAfter.changeSets || (behind > 0 && days >= refreshAfter.days)) await writeSnapshot(ctx, team);
}

/**
 * A new laptop's record becomes the newest snapshot that opens whole; the handles of the record
 * from then on, and the newest change set it holds.
 */
export async function startFromSnapshot(ctx: ServiceContext, team: Pick<TeamTable, 'folder' | 'key'>) {
  for (const name of snapshots(team.folder)) {
    const work = fs.mkdtempSync(path.join(ctx.system.dataDir, 'team-join-'));
    try {
      const copy = path.join(work, 'record.sqlite');
      if (!(await openFile(team.key, path.join(snapshotsFolder(team.folder), name), copy))) continue;
      return await ctx.record.adopt(copy);
    } finally {
      fs.rmSync(work, { recursive: true, force: true });
    }
  }
  throw new DomainError(
    'invalid_input',
    'The team’s folder has no copy of the record yet, or it is still arriving. Wait for your cloud drive to finish, then try again.',
    'folder',
  );
}
