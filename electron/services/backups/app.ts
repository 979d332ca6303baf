// Backups of the whole record: listed newest first, taken when asked ("Back up now"), restored.
// Daily and before-upgrade backups are taken by the backend itself (electron/db/backup.ts).
import fs from 'node:fs';
import { DomainError } from '../../../shared/result';
import { query, type Handlers, type ServiceContext } from '../context';

export type BackupsHandlers = Handlers<'backups.list' | 'backups.create' | 'backups.restore' | 'backups.setFolder'>;

export const backupsHandlers: BackupsHandlers = {
  'backups.list': query(async (_input, ctx) => ({ folder: ctx.backups.folder, backups: ctx.backups.list() })),
  'backups.create': query(async (input, ctx) =>
    ctx.backups.take(
      'manual',
      input?.elsewhere ? await chosen(ctx, { kind: 'folder', title: 'Choose where to save the backup' }) : undefined,
    ),
  ),
  'backups.restore': query(async ({ file }, ctx) => {
    await ctx.restoreFrom(file ?? (await chosen(ctx, { kind: 'backup', title: 'Choose the backup to restore' })));
    return { restored: true };
  }),
  'backups.setFolder': query(async ({ folder }, ctx) => {
    const next =
      folder === undefined ? await chosen(ctx, { kind: 'folder', title: 'Choose where to keep backups' }) : folder;
    if (next !== null) checkWritable(next);
    return { folder: await ctx.moveBackupsTo(next) };
  }),
};

/** A folder Bridgework cannot write to is refused now, not on the night of the next backup. */
function checkWritable(folder: string) {
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

async function chosen(ctx: ServiceContext, request: Parameters<ServiceContext['choosePath']>[0]): Promise<string> {
  const path = await ctx.choosePath(request);
  if (!path) throw new DomainError('cancelled', 'Nothing was chosen, so nothing changed.');
  return path;
}
