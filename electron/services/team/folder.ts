// The team's files in the shared folder, each sealed with the team's key: the team itself, the
// record as it was (snapshots), each laptop's change sets in a folder of its own, and who is in the
// team. A file is written under a name no reader takes (.partial) and renamed when whole, so a
// colleague never reads one half written; cloud drives may still deliver a file late, in pieces or
// twice ("conflicted copy"), which the reader expects.
import fs from 'node:fs/promises';
import path from 'node:path';
import { teamFolderName } from '../../../shared/team/schema';
import { open, seal } from './crypto';

export const teamFolder = (chosen: string) => path.join(chosen, teamFolderName);
export const teamFile = (folder: string) => path.join(folder, 'team.bwteam');
export const snapshotsFolder = (folder: string) => path.join(folder, 'snapshots');
export const changesFolder = (folder: string, device: string) => path.join(folder, 'changes', device);
export const membersFolder = (folder: string) => path.join(folder, 'members');

/** A change set's file name: its clock time, which sorts as the clock does, made safe for any drive. */
export const changeFileName = (hlc: string) => `${hlc.replace(/[^0-9A-Za-z-]/g, '_')}.bwchange`;

export const keysFolder = (folder: string) => path.join(folder, 'keys');
/** A new team key, sealed for one laptop's key pair. */
export const keyFile = (folder: string, device: string) => path.join(keysFolder(folder), `${device}.bwkey`);

/** Written under a name no reader takes, then renamed: nobody reads it half written. */
export async function writeWhole(file: string, bytes: Uint8Array): Promise<void> {
  await fs.mkdir(path.dirname(file), { recursive: true });
  const partial = `${file}.partial`;
  await fs.writeFile(partial, bytes);
  await fs.rename(partial, file);
}

export async function writeSealed(file: string, key: Uint8Array, plain: Uint8Array): Promise<void> {
  await writeWhole(file, await seal(key, plain));
}

/** The file's contents, or null while it is missing, still arriving or not this team's. */
export async function readSealed(file: string, key: Uint8Array): Promise<Buffer | null> {
  const bytes = await fs.readFile(file).catch(() => null);
  return bytes && open(key, bytes);
}
