// Nothing works without the database, so check it first and explain plainly if it cannot open.
// When the file is damaged and there are backups, offer to restore the newest one.
import { Alert, Button, Center, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { Backup } from '../../shared/backups/schema';
import { formatDateTime } from '../../shared/dates';
import { errorMessage, invoke, RequestError } from './client';

export function StartupGate({ children }: { children: ReactNode }) {
  const info = useQuery({ queryKey: ['app', 'info'], queryFn: () => invoke('app.info') });
  if (info.isPending) {
    return (
      <Center h="100%">
        <Loader aria-label="Opening your data" />
      </Center>
    );
  }
  // A protected record: the lock screen around the app asks for the passphrase.
  if (info.isError && info.error instanceof RequestError && info.error.error.code === 'locked') return children;
  if (info.isError) {
    return (
      <Center h="100%" p="xl">
        <Stack maw={620} component="main">
          <Title order={1}>Bridgework cannot open your data</Title>
          <Alert color="red" variant="light" title="What happened">
            <Text>{errorMessage(info.error)}</Text>
          </Alert>
          <RestoreNewest />
          <Text>
            When you have fixed this, close Bridgework and open it again. If you need help, send the message above to
            whoever looks after your computer.
          </Text>
        </Stack>
      </Center>
    );
  }
  return children;
}

/** Only a damaged record answers with its backups; otherwise this shows nothing. */
function RestoreNewest() {
  const queryClient = useQueryClient();
  const backups = useQuery({ queryKey: ['backups'], queryFn: () => invoke('backups.list'), retry: false });
  const restore = useMutation({
    mutationFn: (backup: Backup) => invoke('backups.restore', { file: backup.file }),
    onSuccess: () => queryClient.invalidateQueries(),
  });
  const newest = backups.data?.backups[0];
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
        <Button w="fit-content" loading={restore.isPending} onClick={() => restore.mutate(newest)}>
          Restore the backup from {formatDateTime(newest.takenAt)}
        </Button>
      </Stack>
    </Alert>
  );
}
