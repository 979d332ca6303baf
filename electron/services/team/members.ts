// Who is in the team: each laptop writes a member file when it syncs (its name, when, and the
// public half of its own key pair, to which a new team key is sealed if someone is taken out).
import fs from 'node:fs';
import path from 'node:path';
import type { TeamMember } from '../../../shared/team/schema';
import type { TeamTable } from '../../db/schema';
import type { ServiceContext } from '../../kernel/context';
import { readSettings } from '../settings/store';
import { newKeyPair } from './crypto';
import { membersFolder, readSealed, writeSealed } from './folder';
import { currentTeam } from './current';

const awayAfterDays = 30;

/** A member file as a laptop wrote it. */
export type MemberFile = { device: string; name: string; lastSeenAt: string; publicKey?: string };

export const memberFile = (folder: string, device: string) => path.join(membersFolder(folder), `${device}.bwmember`);

/** Who this laptop is, for colleagues' lists; a laptop that joined before key pairs gets one now. */
export async function writeMember(ctx: ServiceContext, team: TeamTable) {
  let publicKey = team.publicKey;
  if (!publicKey) {
    const pair = await newKeyPair();
    await ctx.db.updateTable('team').set(pair).where('id', '=', team.id).execute();
    publicKey = pair.publicKey;
  }
  const { yourName } = await readSettings(ctx.db);
  const member: MemberFile = {
    device: ctx.clock.device,
    name: yourName || 'A colleague',
    lastSeenAt: ctx.now(),
    publicKey: Buffer.from(publicKey).toString('base64'),
  };
  await writeSealed(memberFile(team.folder, ctx.clock.device), team.key, Buffer.from(JSON.stringify(member)));
}

/** Every member file that opens, the newest for each laptop. */
export async function readMembers(team: Pick<TeamTable, 'folder' | 'key'>): Promise<MemberFile[]> {
  const folder = membersFolder(team.folder);
  const files = fs.existsSync(folder) ? fs.readdirSync(folder).filter((name) => name.endsWith('.bwmember')) : [];
  const members = new Map<string, MemberFile>();
  for (const file of files) {
    const opened = await readSealed(path.join(folder, file), team.key);
    if (!opened) continue;
    let member: Partial<Record<keyof MemberFile, unknown>>;
    try {
      member = JSON.parse(opened.toString('utf8')) as typeof member;
    } catch {
      continue;
    }
    const { device, name, lastSeenAt, publicKey } = member;
    if (typeof device !== 'string' || typeof name !== 'string' || typeof lastSeenAt !== 'string') continue;
    const seen = members.get(device);
    if (seen && seen.lastSeenAt >= lastSeenAt) continue;
    members.set(device, { device, name, lastSeenAt, publicKey: typeof publicKey === 'string' ? publicKey : undefined });
  }
  return [...members.values()];
}

/** Who is in the team, you first, with those not seen for 30 days marked. */
export async function listMembers(ctx: ServiceContext): Promise<TeamMember[]> {
  const team = await currentTeam(ctx.db);
  if (!team) return [];
  return (await readMembers(team))
    .map(({ device, name, lastSeenAt }) => ({
      device,
      name,
      lastSeenAt,
      you: device === ctx.clock.device,
      away: (Date.parse(ctx.now()) - Date.parse(lastSeenAt)) / 86_400_000 >= awayAfterDays,
    }))
    .sort((a, b) => Number(b.you) - Number(a.you) || a.name.localeCompare(b.name));
}
