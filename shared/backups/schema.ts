/** Why a backup was taken: automatically each day, before an upgrade of the data, or when asked. */
export const backupReasons = ['daily', 'before-upgrade', 'manual'] as const;
export type BackupReason = (typeof backupReasons)[number];

export type Backup = { file: string; name: string; takenAt: string; reason: BackupReason; bytes: number };
