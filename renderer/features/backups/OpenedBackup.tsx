// A backup file double-clicked in the file manager opens Bridgework, which offers to restore it.
// It sits outside the check on opening, so a record that cannot open can be restored this way too.
import { Alert, Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { errorMessage } from '../../app/client';
import { useRecordMutation } from '../../app/mutations';
import { useQueuedCommands } from '../../app/commandQueue';

export function OpenedBackup() {
  const [opened, setOpened] = useState<{ file: string; name: string } | null>(null);
  useQueuedCommands((command) => {
    if (command.id !== 'open-backup') return false;
    setOpened({ file: command.file, name: command.name });
    return true;
  });
  const restore = useRecordMutation('backups.restore', {
    onSuccess: () => {
      notifications.show({
        color: 'teal',
        message: 'Restored your record from the backup you opened. The record as it was before is kept as a backup.',
      });
      close();
    },
  });
  const close = () => {
    restore.reset();
    setOpened(null);
  };
  return (
    <Modal opened={opened !== null} onClose={close} title="Restore this backup?" centered size="lg">
      <Stack>
        <Text>
          You opened the backup <Code>{opened?.name}</Code>. Restoring it replaces your record with the one in the
          backup.
        </Text>
        <Text>Bridgework first backs up your record as it is now, so you can go back.</Text>
        {restore.isError && (
          <Alert color="red" title="The backup was not restored" role="alert">
            {errorMessage(restore.error)}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={close} data-autofocus>
            Keep my record as it is
          </Button>
          <Button loading={restore.isPending} onClick={() => opened && restore.mutate({ file: opened.file })}>
            Restore this backup
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
