// Where backups are kept, with a button to choose another folder (a shared drive, a USB stick).
import { Alert, Button, Group, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { IconFolder } from '@tabler/icons-react';
import { errorMessage, invoke, RequestError } from '../../app/client';

export function BackupsFolder() {
  const queryClient = useQueryClient();
  const list = useQuery({ queryKey: ['backups'], queryFn: () => invoke('backups.list') });
  const change = useMutation({
    mutationFn: () => invoke('backups.setFolder', {}),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: ['backups'] }),
  });
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
          onClick={() => change.mutate()}
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
