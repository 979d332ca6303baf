// This laptop's change sets written to the team's folder, each as a sealed file of its own in this
// laptop's folder, named by its clock time: what colleagues' laptops read and apply.
import path from 'node:path';
import { DomainError } from '../../../shared/result';
import type { TeamSynced } from '../../../shared/team/schema';
import type { ServiceContext } from '../../kernel/context';
import { applyWaiting } from './apply';
import { changeFileName, changesFolder, writeSealed } from './folder';
import { currentTeam, writeMember } from './team';

export async function syncTeam(ctx: ServiceContext): Promise<TeamSynced> {
  const team = await currentTeam(ctx.db);
  if (!team) throw new DomainError('invalid_input', 'Your record is not shared with a team. Start or join one first.');
  const { applied } = await applyWaiting(ctx, team);
  const waiting = await ctx.db
    .selectFrom('changeSet')
    .selectAll()
    .where('deviceId', '=', ctx.clock.device)
    .where('hlc', '>', team.sharedThrough ?? '')
    .orderBy('hlc')
    .execute();
  const folder = changesFolder(team.folder, ctx.clock.device);
  let previous = team.lastShared;
  for (const change of waiting) {
    const rows = await ctx.db
      .selectFrom('changeLog')
      .select(['entity', 'entityId', 'action', 'before', 'after'])
      .where('changeSetId', '=', change.id)
      .orderBy('seq')
      .execute();
    // Each file names the one before it, so a colleague applies none while an earlier one is still arriving.
    const shared = { ...change, previous, rows };
    await writeSealed(path.join(folder, changeFileName(change.hlc)), team.key, Buffer.from(JSON.stringify(shared)));
    await ctx.db
      .updateTable('team')
      .set({ sharedThrough: change.hlc, lastShared: change.hlc })
      .where('id', '=', team.id)
      .execute();
    previous = change.hlc;
  }
  await writeMember(ctx, team.folder, team.key);
  await ctx.db.updateTable('team').set({ syncedAt: ctx.now() }).where('id', '=', team.id).execute();
  return { shared: waiting.length, applied };
}
