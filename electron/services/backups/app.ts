// Backups of the whole record: listed newest first, taken when asked ("Back up now"), restored.
// Daily and before-upgrade backups are taken by the backend itself (electron/db/backup.ts).
import { DomainError } from '../../../shared/result';
import { query, type Handlers, type ServiceContext } from '../context';

export type BackupsHandlers = Handlers<'backups.list' | 'backups.create' | 'backups.restore'>;

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
};

async function chosen(ctx: ServiceContext, request: Parameters<ServiceContext['choosePath']>[0]): Promise<string> {
  const path = await ctx.choosePath(request);
  if (!path) throw new DomainError('cancelled', 'Nothing was chosen, so nothing changed.');
  return path;
}
