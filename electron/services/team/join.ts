// Joining a team from a new laptop: the shared folder as this laptop's cloud drive shows it, and
// the join code a colleague read out. The record starts from the newest snapshot in the folder
// (an archive, checked as any archive is), then takes every change set shared since.
import fs from 'node:fs';
import { sql } from 'kysely';
import { DomainError } from '../../../shared/result';
import type { TeamJoined } from '../../../shared/team/schema';
import type { TeamTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { chosen } from '../backups/choose';
import { laptopSettings, yourNameKey } from '../settings/store';
import { unnamed } from '../../../shared/changes/schema';
import { applyWaiting } from './apply';
import { keyFromJoinCode, newKeyPair } from './crypto';
import { readSealed, teamFile, teamFolder } from './folder';
import { fetchFiles } from './files';
import { readMembers, writeMember } from './members';
import { startFromSnapshot } from './snapshot';
import { currentTeam } from './current';

/** The most people a team can have: merging stays quick, and everyone knows everyone. */
const teamSize = 10;

export async function joinTeam(
  ctx: ServiceContext,
  { folder, joinCode }: { folder?: string; joinCode: string },
): Promise<TeamJoined> {
  if (await currentTeam(ctx.db)) {
    throw new DomainError('conflict', 'Your record is already shared with a team. Settings → Team shows it.');
  }
  const code = keyFromJoinCode(joinCode);
  if ('problem' in code) throw new DomainError('invalid_input', code.problem, 'joinCode');
  const { employers } = (await sql<{ employers: number }>`select count(*) as employers from employer`.execute(ctx.db))
    .rows[0]!;
  if (employers > 0) {
    throw new DomainError(
      'conflict',
      `Join a team from a new, empty record: this one already holds ${employers === 1 ? '1 employer' : `${employers} employers`}. Export everything first if you need it, then start a new record and join from there.`,
    );
  }
  const picked = folder ?? (await chosen(ctx, { kind: 'folder', title: 'Choose the folder your colleague shared' }));
  const place = fs.existsSync(teamFile(picked)) ? picked : teamFolder(picked);
  if (!fs.existsSync(teamFile(place))) {
    throw new DomainError(
      'invalid_input',
      'There is no Bridgework team in that folder. Choose the folder your colleague shared: it holds a folder called “Bridgework team”.',
      'folder',
    );
  }
  const opened = await readSealed(teamFile(place), code.key);
  if (!opened) {
    throw new DomainError(
      'invalid_input',
      'That join code does not open this team. Check the words with the colleague who gave it to you.',
      'joinCode',
    );
  }
  const team = JSON.parse(opened.toString('utf8')) as { id: string; name: string };
  if ((await readMembers({ folder: place, key: code.key })).length >= teamSize) {
    throw new DomainError(
      'conflict',
      `${team.name} already has ${teamSize} people, the most a team can have. A colleague can take out a laptop no longer used (Settings → Team), then you can join.`,
    );
  }
  // The snapshot holds the settings of the laptop that wrote it; your name (and lock time) stay yours.
  const own = await ctx.db
    .selectFrom('setting')
    .selectAll()
    .where('key', 'in', [...laptopSettings])
    .execute();
  const { db, clock } = await startFromSnapshot(ctx, { folder: place, key: code.key });
  const joined: ServiceContext = { ...ctx, db, clock };
  await db
    .deleteFrom('setting')
    .where('key', 'in', [...laptopSettings])
    .execute();
  if (own.length > 0) await db.insertInto('setting').values(own).execute();
  clock.actor = own.find((setting) => setting.key === yourNameKey)?.value.trim() || unnamed;
  const { rows } = await sql<{ hlc: string | null }>`select max(hlc) as hlc from change_set`.execute(db);
  const row: TeamTable = {
    id: team.id,
    name: team.name,
    folder: place,
    key: code.key,
    // What the snapshot holds is the team's already.
    sharedThrough: rows[0]?.hlc ?? null,
    lastShared: null,
    joinedAt: ctx.now(),
    syncedAt: ctx.now(),
    ...(await newKeyPair()),
    retiredKeys: '[]',
  };
  await db.insertInto('team').values(row).execute();
  await writeMember(joined, row);
  const { applied } = await applyWaiting(joined, row);
  await fetchFiles(joined, row);
  return { name: team.name, folder: place, applied };
}
