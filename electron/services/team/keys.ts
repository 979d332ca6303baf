// When someone is taken out of a team, the others get a new key: each laptop finds it in the
// folder sealed for its own key pair, takes it, and seals again with it any of its own files
// written with the old key just as it changed. A laptop with no new key waiting has been taken
// out (or its cloud drive has not brought the key yet).
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../shared/result';
import type { TeamTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { open, openSealedFor } from './crypto';
import { changesFolder, keyFile, readSealed, teamFile, writeSealed } from './folder';

export const notInTeam =
  'This laptop can no longer open the team’s folder. If you have been taken out of the team, your record stays here as it is. If not, wait for your cloud drive to finish, then sync again.';

/** Keys the team used before, newest last. */
export const retiredKeys = (team: Pick<TeamTable, 'retiredKeys'>) =>
  (JSON.parse(team.retiredKeys) as string[]).map((key) => new Uint8Array(Buffer.from(key, 'base64')));

/** The team as it now is: with the new key if the key has changed. */
export async function followKeyChange(ctx: ServiceContext, team: TeamTable): Promise<TeamTable> {
  if (!fs.existsSync(teamFile(team.folder)) || (await readSealed(teamFile(team.folder), team.key))) return team;
  const sealed = fs.existsSync(keyFile(team.folder, ctx.clock.device))
    ? fs.readFileSync(keyFile(team.folder, ctx.clock.device))
    : null;
  const opened =
    sealed && team.publicKey && team.secretKey
      ? await openSealedFor({ publicKey: team.publicKey, secretKey: team.secretKey }, sealed)
      : null;
  const given = opened ? (JSON.parse(opened.toString('utf8')) as { team?: string; key?: string }) : null;
  const key = given?.team === team.id && given.key ? new Uint8Array(Buffer.from(given.key, 'base64')) : null;
  if (!key || !(await readSealed(teamFile(team.folder), key))) throw new DomainError('conflict', notInTeam);
  const retired = [...retiredKeys(team), team.key];
  const changed = {
    ...team,
    key,
    retiredKeys: JSON.stringify(retired.map((old) => Buffer.from(old).toString('base64'))),
  };
  await ctx.db.updateTable('team').set({ key, retiredKeys: changed.retiredKeys }).where('id', '=', team.id).execute();
  await resealOwn(ctx, changed, retired);
  return changed;
}

/** This laptop's files that only an old key opens, sealed with the new one. */
async function resealOwn(ctx: ServiceContext, team: TeamTable, retired: Uint8Array[]) {
  const folder = changesFolder(team.folder, ctx.clock.device);
  for (const name of fs.existsSync(folder) ? fs.readdirSync(folder) : []) {
    if (!name.endsWith('.bwchange')) continue;
    const bytes = fs.readFileSync(path.join(folder, name));
    if (await open(team.key, bytes)) continue;
    for (const old of retired) {
      const plain = await open(old, bytes);
      if (plain) {
        await writeSealed(path.join(folder, name), team.key, plain);
        break;
      }
    }
  }
}
