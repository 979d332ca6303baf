// Where backups are kept, with a button to choose another folder (a shared drive, a USB stick).
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconFolder } from '@tabler/icons-react';
import { errorMessage, RequestError } from '../../app/client';
import { useBackups, useSetBackupsFolder } from './queries';

export function BackupsFolder() {
  const list = useBackups();
  const change = useSetBackupsFolder();
  const cancelled = change.error instanceof RequestError && change.error.error.code === 'cancelled';
  return (
    <>
      <Group gap="sm" wrap="nowrap" justify="space-between">
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          Backups are kept in {list.data?.folder ?? '…'}
        </Text>
        <Button
          variant="default"
          size="compact-sm"
          leftSection={<IconFolder size={14} aria-hidden />}
          loading={change.isPending}
          onClick={() => change.mutate({})}
        >
          Change folder
        </Button>
      </Group>
      {change.isError && !cancelled && (
        <Alert color="red" title="The backups folder was not changed" role="alert">
          {errorMessage(change.error)}
        </Alert>
      )}
    </>
  );
}
