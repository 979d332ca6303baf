// Nothing works without the database: if it cannot open, explain plainly instead of the app.
// When the file is damaged and there are backups, offer to restore the newest one. The app is
// shown while the answer comes, so its first page asks for its data at the same time.
import { Alert, Center, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useBackups } from '../features/backups/queries';
import { RestoreNewest } from '../features/backups/RestoreNewest';
import { useAppInfo } from '../features/app/queries';
import { errorMessage, RequestError } from './client';

export function StartupGate({ children }: { children: ReactNode }) {
  const info = useAppInfo();
  const backups = useBackups();
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
          <RestoreNewest newest={backups.data?.backups[0]} />
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
