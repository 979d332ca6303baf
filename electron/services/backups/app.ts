// Backups of the whole record: listed newest first, taken when asked ("Back up now"), restored.
// Daily and before-upgrade backups are taken by the backend itself (electron/db/backup.ts).
import { query, type Handlers } from '../context';

export type BackupsHandlers = Handlers<'backups.list' | 'backups.create' | 'backups.restore'>;

export const backupsHandlers: BackupsHandlers = {
  'backups.list': query(async (_input, ctx) => ({ folder: ctx.backups.folder, backups: ctx.backups.list() })),
  'backups.create': query((_input, ctx) => ctx.backups.take('manual')),
  'backups.restore': query(async ({ file }, ctx) => {
    await ctx.restoreFrom(file);
    return { restored: true };
  }),
};
