import { z } from 'zod';

/** Why a backup was taken: each day, before an upgrade of the data, before a restore, or when asked. */
export const backupReasons = ['daily', 'before-upgrade', 'before-restore', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export type Backup = { file: string; name: string; takenAt: string; reason: BackupReason; bytes: number };

export const restoreBackupInput = z.object({
  file: z.string().min(1, { error: 'Choose a backup to restore' }).max(4096),
});
