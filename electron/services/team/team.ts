// Starting a team, and what this laptop knows of it. The team's key lives in the record (so it is
// as safe as the record, under its passphrase), never in the change log or an archive.
import fs from 'node:fs';
import { sql } from 'kysely';
import { unnamed } from '../../../shared/changes/schema';
import { DomainError } from '../../../shared/result';
import type { TeamConflict, TeamCreated, TeamStatus } from '../../../shared/team/schema';
import type { TeamTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { described, RecordedRows } from '../../kernel/rows';
import { checkWritable, chosen } from '../backups/choose';
import { joinCodeOf, newKeyPair, newTeamKey } from './crypto';
import { keyFile, readSealed, teamFile, teamFolder, writeSealed } from './folder';
import { writeSnapshot } from './snapshot';
import { notInTeam } from './keys';
import { currentTeam } from './current';
import { shareFiles } from './files';
import { writeMember } from './members';

export async function createTeam(
  ctx: ServiceContext,
  { name, folder }: { name: string; folder?: string },
): Promise<TeamCreated> {
  if (await currentTeam(ctx.db)) {
    throw new DomainError('conflict', 'Your record is already shared with a team. Settings → Team shows it.');
  }
  const picked = folder ?? (await chosen(ctx, { kind: 'folder', title: 'Choose the folder your cloud drive shares' }));
  checkWritable(picked);
  const place = teamFolder(picked);
  if (fs.existsSync(teamFile(place))) {
    throw new DomainError(
      'invalid_input',
      'That folder already holds a Bridgework team. Choose Join a team instead, or choose another folder.',
      'folder',
    );
  }
  const key = await newTeamKey();
  const id = ctx.newId();
  const createdAt = ctx.now();
  await writeSealed(teamFile(place), key, Buffer.from(JSON.stringify({ format: 1, id, name, createdAt })));
  const sharedThrough = await writeSnapshot(ctx, { folder: place, key });
  const team: TeamTable = {
    id,
    name,
    folder: place,
    key,
    sharedThrough,
    lastShared: null,
    joinedAt: createdAt,
    syncedAt: createdAt,
    ...(await newKeyPair()),
    retiredKeys: '[]',
  };
  await ctx.db.insertInto('team').values(team).execute();
  await writeMember(ctx, team);
  await shareFiles(ctx, team);
  return { name, folder: place, joinCode: joinCodeOf(key) };
}

export async function teamStatus(ctx: ServiceContext): Promise<TeamStatus> {
  const team = await currentTeam(ctx.db);
  if (!team) return { team: null };
  const { rows } = await sql<{ waiting: number }>`select count(*) as waiting from change_set
    where device_id = ${ctx.clock.device} and hlc > ${team.sharedThrough ?? ''}`.execute(ctx.db);
  return {
    team: {
      id: team.id,
      name: team.name,
      folder: team.folder,
      waiting: rows[0]?.waiting ?? 0,
      syncedAt: team.syncedAt,
      problem: !fs.existsSync(teamFile(team.folder))
        ? `Bridgework cannot find the team’s folder, ${team.folder}. Check your cloud drive is running and the folder is there.`
        : (await readSealed(teamFile(team.folder), team.key)) || fs.existsSync(keyFile(team.folder, ctx.clock.device))
          ? null
          : notInTeam,
    },
  };
}

/** Fields changed on two laptops at once, newest first, not yet settled. */
export async function listConflicts(ctx: ServiceContext): Promise<TeamConflict[]> {
  const rows = await ctx.db
    .selectFrom('teamConflict as c')
    .leftJoin('changeSet as kept', 'kept.id', 'c.keptChangeSetId')
    .leftJoin('changeSet as other', 'other.id', 'c.otherChangeSetId')
    .select(['c.id', 'c.entity', 'c.entityId', 'c.field', 'c.kept', 'c.other', 'c.foundAt'])
    .select(['kept.actor as keptBy', 'other.actor as otherBy', 'kept.at as keptAt', 'other.at as otherAt'])
    .where('c.resolvedAt', 'is', null)
    .orderBy('c.foundAt', 'desc')
    .execute();
  const records = new RecordedRows(ctx);
  const listed: TeamConflict[] = [];
  for (const row of rows) {
    const now = (await records.now(row.entity, [row.entityId])).get(row.entityId) ?? null;
    const { keptBy, otherBy, keptAt, otherAt, ...conflict } = row;
    listed.push({
      ...conflict,
      keptBy: keptBy === unnamed ? null : keptBy,
      otherBy: otherBy === unnamed ? null : otherBy,
      changedAt: [keptAt ?? row.foundAt, otherAt ?? row.foundAt].sort()[1]!,
      what: described(row.entity, now),
      kept: JSON.parse(row.kept ?? 'null'),
      other: JSON.parse(row.other ?? 'null'),
    });
  }
  return listed;
}

/** Keeps what stands (the conflict is settled), or puts the other value back as a change of its own. */
export async function resolveConflict(ctx: ServiceContext, { id, keep }: { id: string; keep: 'standing' | 'other' }) {
  const conflict = await ctx.db.selectFrom('teamConflict').selectAll().where('id', '=', id).executeTakeFirst();
  if (!conflict || conflict.resolvedAt) {
    throw new DomainError('not_found', 'That change has been settled already, here or on another laptop.', 'id');
  }
  if (keep === 'other') {
    const records = new RecordedRows(ctx);
    if (!(await records.now(conflict.entity, [conflict.entityId])).has(conflict.entityId)) {
      throw new DomainError(
        'conflict',
        'That record has since been deleted for good, so the other change cannot be put back.',
      );
    }
    await sql`update ${sql.table(conflict.entity)} set ${sql.ref(conflict.field)} = ${JSON.parse(conflict.other ?? 'null')},
      updated_at = ${ctx.now()} where ${await records.where(conflict.entity, conflict.entityId)}`.execute(ctx.db);
  }
  await ctx.db.updateTable('teamConflict').set({ resolvedAt: ctx.now() }).where('id', '=', id).execute();
  return { resolved: true };
}

/** The code a new colleague joins with, for as long as nobody has been taken out since. */
export async function joinCode(ctx: ServiceContext) {
  const team = await currentTeam(ctx.db);
  if (!team) throw new DomainError('invalid_input', 'Your record is not shared with a team. Start or join one first.');
  return { joinCode: joinCodeOf(team.key) };
}
