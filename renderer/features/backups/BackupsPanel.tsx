// Settings → Backups: what is kept, and "Back up now".
import { Alert, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconDatabaseExport } from '@tabler/icons-react';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { BackupReason } from '../../../shared/backups/schema';
import { formatDateTime } from '../../../shared/dates';
import { errorMessage, invoke } from '../../app/client';

const reasons: Record<BackupReason, string> = {
  daily: 'Automatic, daily',
  'before-upgrade': 'Before an update of Bridgework',
  manual: 'You asked for it',
};

const megabytes = (bytes: number) =>
  `${(bytes / 1024 / 1024).toLocaleString('en-GB', { maximumFractionDigits: 1 })} MB`;

export function BackupsPanel() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['backups'], queryFn: () => invoke('backups.list') });
  const create = useMutation({
    mutationFn: () => invoke('backups.create'),
    onSuccess: (backup) => {
      void queryClient.invalidateQueries({ queryKey: ['backups'] });
      notifications.show({ color: 'teal', message: `Backed up your record at ${formatDateTime(backup.takenAt)}.` });
    },
  });
  return (
    <Paper withBorder p="lg">
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
          <Button
            leftSection={<IconDatabaseExport size={16} />}
            loading={create.isPending}
            onClick={() => create.mutate()}
          >
            Back up now
          </Button>
        </Group>
        {create.isError && (
          <Alert color="red" title="The backup was not made" role="alert">
            {errorMessage(create.error)} Your record has not changed.
          </Alert>
        )}
        {list.data && (
          <>
            <Text size="sm">Backups are kept in {list.data.folder}</Text>
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
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {list.data.backups.map((backup) => (
                    <Table.Tr key={backup.name}>
                      <Table.Td>{formatDateTime(backup.takenAt)}</Table.Td>
                      <Table.Td>{reasons[backup.reason]}</Table.Td>
                      <Table.Td>{megabytes(backup.bytes)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            )}
          </>
        )}
      </Stack>
    </Paper>
  );
}
