// Settings → Backups: what is kept, "Back up now", and restoring one.
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { BackupsFolder } from './BackupsFolder';
import { useBackUp } from './useBackUp';
import type { Backup, BackupReason } from '../../../shared/backups/schema';
import { formatDateTime } from '../../../shared/dates';
import { errorMessage, RequestError } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { useBackups } from './queries';
import { useConfirm } from '../../app/components/ConfirmDialog';

const reasons: Record<BackupReason, string> = {
  daily: 'Automatic, daily',
  'before-upgrade': 'Before an update of Bridgework',
  'before-restore': 'Before a restore',
  manual: 'You asked for it',
  'before-removing-sample': 'Before the sample data was removed',
};

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

export function BackupsPanel() {
  const list = useBackups();
  const confirm = useConfirm({ title: 'Restore this backup?', confirmLabel: 'Restore' });
  const restore = useRecordMutation('backups.restore');
  const askToRestore = async (backup: Backup) => {
    const sure = await confirm.ask(
      `Your record will be replaced by the backup from ${formatDateTime(backup.takenAt)}. Bridgework first backs up your record as it is now, so you can go back.`,
    );
    if (!sure) return;
    restore.mutate(
      { name: backup.name },
      {
        onSuccess: () =>
          notifications.show({
            color: 'teal',
            message: `Restored your record as it was at ${formatDateTime(backup.takenAt)}. The record as it was before is kept as a backup.`,
          }),
      },
    );
  };
  const create = useBackUp();
  const restoreFile = useRecordMutation('backups.restore', {
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        message: 'Restored your record from the file you chose. The record as it was before is kept as a backup.',
      });
    },
  });
  const cancelled = (error: unknown) => error instanceof RequestError && error.error.code === 'cancelled';
  return (
    <Paper withBorder p="lg" id="backups" tabIndex={-1}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start">
          <div>
            <Title order={2} size="h4">
              Backups
            </Title>
            <Text size="sm" c="dimmed">
              Bridgework backs up your whole record each day you use it, and before an update changes your data. It
              keeps the last 7 days, 4 weeks and 12 months.
            </Text>
          </div>
        </Group>
        <Group gap="xs">
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={create.isPending && !create.variables?.elsewhere}
            onClick={() => create.mutate({ elsewhere: false })}
          >
            Back up now
          </Button>
          <Button
            variant="default"
            loading={create.isPending && create.variables?.elsewhere}
            onClick={() => create.mutate({ elsewhere: true })}
          >
            Back up to another folder
          </Button>
          <Button variant="subtle" loading={restoreFile.isPending} onClick={() => restoreFile.mutate({})}>
            Restore from a file
          </Button>
        </Group>
        {restoreFile.isError && !cancelled(restoreFile.error) && (
          <Alert color="red" title="The backup was not restored" role="alert">
            {errorMessage(restoreFile.error)}
          </Alert>
        )}
        {restore.isError && (
          <Alert color="red" title="The backup was not restored" role="alert">
            {errorMessage(restore.error)}
          </Alert>
        )}
        {create.isError && !cancelled(create.error) && (
          <Alert color="red" title="The backup was not made" role="alert">
            {errorMessage(create.error)} Your record has not changed.
          </Alert>
        )}
        {list.data && (
          <>
            <BackupsFolder />
            {list.data.backups.length === 0 ? (
              <Text size="sm" c="dimmed">
                No backups yet.
              </Text>
            ) : (
              <Table verticalSpacing={4} aria-label="Backups, newest first">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th>Taken</Table.Th>
                    <Table.Th>Why</Table.Th>
                    <Table.Th>Size</Table.Th>
                    <Table.Th>
                      <span className="visually-hidden">Actions</span>
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.backups.map((backup) => (
                    <Table.Tr key={backup.name}>
                      <Table.Td>{formatDateTime(backup.takenAt)}</Table.Td>
                      <Table.Td>{reasons[backup.reason]}</Table.Td>
                      <Table.Td>{megabytes(backup.bytes)}</Table.Td>
                      <Table.Td>
                        <Button
                          size="compact-sm"
                          variant="light"
                          loading={restore.isPending && restore.variables?.file === backup.file}
                          onClick={() => void askToRestore(backup)}
                        >
                          Restore
                          <span className="visually-hidden"> the backup from {formatDateTime(backup.takenAt)}</span>
                        </Button>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
      {confirm.dialog}
    </Paper>
  );
}
