// Backups of the whole record: listed newest first, taken when asked ("Back up now"), restored.
// Daily and before-upgrade backups are taken by the backend itself (electron/db/backup.ts).
import { effect, read, type Handlers } from '../../kernel/context';
import { listedBackup } from '../../db/backup';
import { checkWritable, chosen } from './choose';

export type BackupsHandlers = Handlers<'backups.list' | 'backups.create' | 'backups.restore' | 'backups.setFolder'>;

export const backupsHandlers: BackupsHandlers = {
  'backups.list': read(async (_input, ctx) => ({
    folder: ctx.record.backups.folder,
    backups: ctx.record.backups.list(),
  })),
  'backups.create': effect(async (input, ctx) =>
    ctx.record.backups.take(
      'manual',
      input?.elsewhere ? await chosen(ctx, { kind: 'folder', title: 'Choose where to save the backup' }) : undefined,
    ),
  ),
  'backups.restore': effect(async ({ name, file }, ctx) => {
    await ctx.record.restoreFrom(
      name
        ? listedBackup(ctx.record.backups.folder, name)
        : (file ?? (await chosen(ctx, { kind: 'backup', title: 'Choose the backup to restore' }))),
    );
    return { restored: true };
  }),
  'backups.setFolder': effect(async ({ folder }, ctx) => {
    const next =
      folder === undefined ? await chosen(ctx, { kind: 'folder', title: 'Choose where to keep backups' }) : folder;
    if (next !== null) checkWritable(next);
    return { folder: await ctx.record.moveBackupsTo(next) };
  }),
};
