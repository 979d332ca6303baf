import { z } from 'zod';
import { fullPath } from '../fields';

/** Why a backup was taken: each day, before an upgrade of the data, before a restore, when asked, or before the sample data was removed. */
export const backupReasons = ['daily', 'before-upgrade', 'before-restore', 'manual', 'before-removing-sample'] as const;
export type BackupReason = (typeof backupReasons)[number];

export type Backup = { file: string; name: string; takenAt: string; reason: BackupReason; bytes: number };

/** `elsewhere`: ask where to save it (a USB stick, a shared drive) instead of the backups folder. */
export const createBackupInput = z.object({ elsewhere: z.boolean().optional() }).optional();

/** A backup by its file name in a backups folder. */
export const backupName = z
  .string()
  .regex(/^bridgework-[\w-]+\.(?:bwbackup|sqlite)$/, { error: 'Choose one of the backups listed' });

/**
 * `name`: one of the backups listed; `file`: a backup file the person chose (a window hands over
 * a token for it, electron/chosen-files.ts). With neither, Bridgework asks which file to restore.
 */
export const restoreBackupInput = z.object({
  name: backupName.optional(),
  file: fullPath('Choose a backup to restore').optional(),
});

/** What a host's file chooser is asked for. */
export type PathRequest = { kind: 'folder' | 'backup' | 'archive'; title: string };

/** Without `folder`, Bridgework asks which folder; `null` goes back to the one in the data folder. */
export const setBackupsFolderInput = z.object({
  folder: fullPath('Choose a folder for backups').nullable().optional(),
});
