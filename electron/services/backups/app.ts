// Backups of the whole record: listed newest first, and taken when asked ("Back up now").
// Daily and before-upgrade backups are taken by the backend itself (electron/db/backup.ts).
import { query, type Handlers } from '../context';

export type BackupsHandlers = Handlers<'backups.list' | 'backups.create'>;

export const backupsHandlers: BackupsHandlers = {
  'backups.list': query(async (_input, ctx) => ({ folder: ctx.backups.folder, backups: ctx.backups.list() })),
  'backups.create': query((_input, ctx) => ctx.backups.take('manual')),
};
