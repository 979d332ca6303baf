// Offering the newest backup when the record is damaged: at start (when it cannot open), when the
// check after opening finds damage, and on the lock screen of a file that may be damaged.
import { Alert, Button, Stack, Text } from '@mantine/core';
import type { Backup } from '../../../shared/backups/schema';
import { formatDateTime } from '../../../shared/dates';
import { errorMessage } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';

/** The newest backup, offered for restoring; nothing when there is none. */
export function RestoreNewest({ newest, onRestored }: { newest: Backup | undefined; onRestored?: () => void }) {
  const restore = useRecordMutation('backups.restore', { onSuccess: onRestored });
  if (!newest) return null;
  return (
    <Alert color="teal" variant="light" title="You can restore your most recent backup">
      <Stack gap="sm">
        <Text>
          The newest backup was taken {formatDateTime(newest.takenAt)}. Anything you recorded after that will need to be
          entered again. The damaged file is kept in your data folder.
        </Text>
        {restore.isError && (
          <Text c="red.8" role="alert">
            {errorMessage(restore.error)}
          </Text>
        )}
        <Button w="fit-content" loading={restore.isPending} onClick={() => restore.mutate({ name: newest.name })}>
          Restore the backup from {formatDateTime(newest.takenAt)}
        </Button>
      </Stack>
    </Alert>
  );
}
