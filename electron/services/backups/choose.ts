// Backups of the whole record: listed newest first, taken when asked ("Back up now"), restored.
// Daily and before-upgrade backups are taken by the backend itself (electron/db/backup.ts).
import fs from 'node:fs';
import path from 'node:path';
import { DomainError } from '../../../shared/result';
import { type ServiceContext } from '../../kernel/context';

/** A folder Bridgework cannot write to is refused now, not on the night of the next backup. */
export function checkWritable(folder: string) {
  // A relative path would land wherever Bridgework happened to start.
  if (!path.isAbsolute(folder)) {
    throw new DomainError(
      'invalid_input',
      'Give the full path of the folder, such as C:\\Users\\Sam\\Backups.',
      'folder',
    );
  }
  try {
    fs.mkdirSync(folder, { recursive: true });
    fs.accessSync(folder, fs.constants.W_OK);
  } catch {
    throw new DomainError(
      'invalid_input',
      `Bridgework cannot save files in ${folder}. Choose a folder you can save to.`,
      'folder',
    );
  }
}

export async function chosen(
  ctx: ServiceContext,
  request: Parameters<ServiceContext['system']['choosePath']>[0],
): Promise<string> {
  const path = await ctx.system.choosePath(request);
  if (!path) throw new DomainError('cancelled', 'Nothing was chosen, so nothing changed.');
  return path;
}
