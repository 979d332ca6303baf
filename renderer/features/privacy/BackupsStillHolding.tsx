// After an erasure: the backups taken while the person was in the record still hold them until
// they are pruned. Say which, and until when, and offer to erase the person from them now.
import { Alert, Button, Group, Modal, Progress, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { formatDate, formatDateTime } from '../../../shared/dates';
import type { JobProgress } from '../../../shared/jobs/schema';
import type { BackupHoldingPerson } from '../../../shared/privacy/schema';
import { errorMessage } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { useFollowProgress } from '../jobs/useFollowProgress';

export type Held = { id: string; name: string; backups: BackupHoldingPerson[] };

export function BackupsStillHolding({ held, onClose }: { held: Held | null; onClose: () => void }) {
  const erase = useRecordMutation('privacy.eraseFromBackups', { refresh: 'nothing' });
  const [working, setWorking] = useState<string | null>(null);
  const [progress, setProgress] = useState<JobProgress | null>(null);
  useFollowProgress(working, setProgress);
  const count = held?.backups.length ?? 0;
  const backups = count === 1 ? '1 backup' : `${count} backups`;
  const eraseNow = async () => {
    if (!held) return;
    const jobId = crypto.randomUUID();
    setWorking(jobId);
    try {
      const done = await erase.mutateAsync({ id: held.id, backups: held.backups.map((b) => b.name), jobId });
      const left = done.leftAsTheyWere.length;
      notifications.show({
        color: left ? 'yellow' : 'teal',
        autoClose: left ? false : 8000,
        message: left
          ? `Erased ${held.name} from ${done.rewritten} of ${count} backups. ${done.leftAsTheyWere.join(', ')} could not be opened with your passphrase, so ${left === 1 ? 'it was' : 'they were'} left as ${left === 1 ? 'it was' : 'they were'}.`
          : `Erased ${held.name} from ${backups}.`,
      });
      onClose();
    } catch {
      // Said in the dialog, from the mutation's error.
    } finally {
      setWorking(null);
      setProgress(null);
    }
  };
  return (
    <Modal
      opened={held !== null}
      onClose={working ? () => {} : onClose}
      title={`${held?.name ?? ''} is still in ${backups}`}
      size="lg"
      centered
    >
      <Stack>
        <Text>
          {count === 1
            ? `This backup was taken while ${held?.name} was in your record. It goes when newer backups replace it, on the day shown at the latest.`
            : `These backups were taken while ${held?.name} was in your record. Each goes when newer backups replace it, on the day shown at the latest.`}{' '}
          You can erase {held?.name} from {count === 1 ? 'it' : 'them'} now instead.
        </Text>
        <Table aria-label="Backups that still hold them">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Backup taken</Table.Th>
              <Table.Th>Kept until</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {held?.backups.map((backup) => (
              <Table.Tr key={backup.name}>
                <Table.Td>{formatDateTime(backup.takenAt)}</Table.Td>
                <Table.Td>{backup.lastDayKept ? formatDate(backup.lastDayKept) : 'Over a year'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Text size="sm" c="dimmed">
          Copies you saved somewhere else, such as a USB stick, are not changed.
        </Text>
        {erase.isError && (
          <Alert color="red" role="alert" title="The backups were not changed">
            {errorMessage(erase.error)}
          </Alert>
        )}
        {working && (
          <Stack gap={4} role="status">
            <Text size="sm">
              Erasing from backups: {progress?.done ?? 0} of {progress?.total ?? count}
            </Text>
            <Progress
              value={progress ? (progress.done / Math.max(1, progress.total)) * 100 : 5}
              aria-label="How far the erasing has got"
            />
          </Stack>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose} disabled={Boolean(working)}>
            Leave the backups as they are
          </Button>
          <Button color="red" loading={Boolean(working)} onClick={() => void eraseNow()}>
            Erase from the backups
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
