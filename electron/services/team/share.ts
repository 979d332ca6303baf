// This laptop's change sets written to the team's folder, each as a sealed file of its own in this
// laptop's folder, named by its clock time: what colleagues' laptops read and apply.
import path from 'node:path';
import { sql } from 'kysely';
import { DomainError } from '../../../shared/result';
import type { TeamSynced } from '../../../shared/team/schema';
import type { ChangeSetTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { applyWaiting } from './apply';
import { changeFileName, changesFolder, writeSealed } from './folder';
import { fetchFiles, shareFiles } from './files';
import { followKeyChange } from './keys';
import { writeMember } from './members';
import { refreshSnapshot } from './snapshot';
import { currentTeam } from './current';

export async function syncTeam(ctx: ServiceContext): Promise<TeamSynced> {
  const found = await currentTeam(ctx.db);
  if (!found) throw new DomainError('invalid_input', 'Your record is not shared with a team. Start or join one first.');
  const team = await followKeyChange(ctx, found);
  const { applied } = await applyWaiting(ctx, team);
  await fetchFiles(ctx, team);
  const { rows: waiting } = await sql<ChangeSetTable & { position: number }>`select rowid as position, * from change_set
    where device_id = ${ctx.clock.device} and hlc > ${team.sharedThrough ?? ''} order by hlc`.execute(ctx.db);
  const seen = await seenBy(ctx, waiting);
  const folder = changesFolder(team.folder, ctx.clock.device);
  let previous = team.lastShared;
  const attached: string[] = [];
  for (const { position, ...change } of waiting) {
    const rows = await ctx.db
      .selectFrom('changeLog')
      .select(['entity', 'entityId', 'action', 'before', 'after'])
      .where('changeSetId', '=', change.id)
      .orderBy('seq')
      .execute();
    // Each file names the one before it, so a colleague applies none while an earlier one is still arriving.
    const shared = { ...change, previous, seen: seen.get(position), rows };
    await writeSealed(path.join(folder, changeFileName(change.hlc)), team.key, Buffer.from(JSON.stringify(shared)));
    await ctx.db
      .updateTable('team')
      .set({ sharedThrough: change.hlc, lastShared: change.hlc })
      .where('id', '=', team.id)
      .execute();
    previous = change.hlc;
    attached.push(
      ...rows.filter((row) => row.entity === 'evidence' && row.action === 'insert').map((row) => row.entityId),
    );
  }
  await shareFiles(ctx, team, attached);
  await refreshSnapshot(ctx, team);
  await writeMember(ctx, team);
  await ctx.db.updateTable('team').set({ syncedAt: ctx.now() }).where('id', '=', team.id).execute();
  return { shared: waiting.length, applied };
}

/**
 * What this laptop had of each colleague's work when it made each change set: the clock time of
 * their newest change set applied before it. A colleague's laptop tells from it whether a change
 * was made knowing of theirs (trashing a record someone was still changing, say).
 */
async function seenBy(ctx: ServiceContext, waiting: { position: number }[]) {
  const seen = new Map<number, Record<string, string>>();
  const last = waiting.at(-1)?.position;
  if (last === undefined) return seen;
  const { rows: arrived } = await sql<{ position: number; deviceId: string; hlc: string }>`
    select rowid as position, device_id, hlc from change_set
    where device_id != ${ctx.clock.device} and rowid < ${last} order by rowid`.execute(ctx.db);
  const newest: Record<string, string> = {};
  let next = 0;
  for (const { position } of waiting) {
    for (; next < arrived.length && arrived[next]!.position < position; next++) {
      const { deviceId, hlc } = arrived[next]!;
      if (hlc > (newest[deviceId] ?? '')) newest[deviceId] = hlc;
    }
    seen.set(position, { ...newest });
  }
  return seen;
}
