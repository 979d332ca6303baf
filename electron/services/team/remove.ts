// Taking a laptop out of the team (someone has left, or a laptop is lost): everything waiting is
// shared first, then a new key is sealed for each laptop that stays, every file in the folder is
// sealed again with it, and the team file last, so the laptop taken out can read nothing written
// from now on. What it already holds stays on it; the guide says what else to do.
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../shared/result';
import type { TeamMemberRemoved } from '../../../shared/team/schema';
import type { ServiceContext } from '../../kernel/context';
import { currentTeam } from './current';
import { joinCodeOf, newTeamKey, open, sealFor } from './crypto';
import { keyFile, readSealed, teamFile, writeSealed, writeWhole } from './folder';
import { retiredKeys } from './keys';
import { memberFile, readMembers, writeMember } from './members';
import { syncTeam } from './share';

/** The kinds of file sealed with the team's key. */
const sealedFiles = /\.(bwchange|bwsnapshot|bwmember|bwfile)$/;

export async function removeMember(ctx: ServiceContext, { device }: { device: string }): Promise<TeamMemberRemoved> {
  if (device === ctx.clock.device) {
    throw new DomainError(
      'invalid_input',
      'You cannot take your own laptop out of the team. A colleague can do it from theirs.',
      'device',
    );
  }
  await syncTeam(ctx);
  const team = (await currentTeam(ctx.db))!;
  const members = await readMembers(team);
  const leaving = members.find((member) => member.device === device);
  if (!leaving)
    throw new DomainError('not_found', 'That laptop is not in the team, or has been taken out already.', 'device');
  const staying = members.filter((member) => member.device !== device && member.device !== ctx.clock.device);
  const unreachable = staying.filter((member) => !member.publicKey).map((member) => member.name);
  if (unreachable.length > 0) {
    throw new DomainError(
      'conflict',
      `${unreachable.join(' and ')} must sync once more before anyone is taken out, so Bridgework can give their laptop the new key. Ask them to choose Sync now, then try again.`,
    );
  }
  const about = await readSealed(teamFile(team.folder), team.key);
  if (!about) throw new DomainError('conflict', 'Bridgework cannot open the team’s folder. Sync now, then try again.');

  const key = await newTeamKey();
  for (const member of staying) {
    const sealed = await sealFor(
      new Uint8Array(Buffer.from(member.publicKey!, 'base64')),
      Buffer.from(JSON.stringify({ team: team.id, key: Buffer.from(key).toString('base64') })),
    );
    await writeWhole(keyFile(team.folder, member.device), sealed);
  }
  fs.rmSync(memberFile(team.folder, device), { force: true });
  fs.rmSync(keyFile(team.folder, device), { force: true });
  await resealFolder(team.folder, [team.key, ...retiredKeys(team)], key);
  const details = JSON.parse(about.toString('utf8')) as { removed?: unknown[] };
  const removed = [...(details.removed ?? []), { device, name: leaving.name, at: ctx.now() }];
  await writeSealed(teamFile(team.folder), key, Buffer.from(JSON.stringify({ ...details, removed })));

  const retired = JSON.stringify([
    ...(JSON.parse(team.retiredKeys) as string[]),
    Buffer.from(team.key).toString('base64'),
  ]);
  await ctx.db.updateTable('team').set({ key, retiredKeys: retired }).where('id', '=', team.id).execute();
  await writeMember(ctx, { ...team, key, retiredKeys: retired });
  return { name: leaving.name, joinCode: joinCodeOf(key) };
}

/** Every sealed file in the folder that an old key opens, sealed again with the new one. */
async function resealFolder(folder: string, old: Uint8Array[], key: Uint8Array) {
  const files = fs
    .readdirSync(folder, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && sealedFiles.test(entry.name));
  for (const entry of files) {
    const file = path.join(entry.parentPath, entry.name);
    const bytes = fs.readFileSync(file);
    for (const candidate of old) {
      const plain = await open(candidate, bytes);
      if (plain) {
        await writeSealed(file, key, plain);
        break;
      }
    }
  }
}
