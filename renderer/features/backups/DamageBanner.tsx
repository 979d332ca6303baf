// Shown above every page when the check of the whole file after opening finds damage.
import { Alert, Stack, Text } from '@mantine/core';
import { useAppInfo } from '../app/queries';
import { useBackups } from './queries';
import { RestoreNewest } from './RestoreNewest';

export function DamageBanner() {
  const info = useAppInfo();
  const backups = useBackups();
  if (info.data?.integrity.state !== 'damaged') return null;
  return (
    <Stack gap="sm" mb="md">
      <Alert color="red" title="Part of your data file is damaged" role="alert">
        <Text size="sm">
          Bridgework opened your record, but its check found damage in the file, so some things may be missing or fail
          to load. Restore your newest backup to be safe, and tell whoever looks after your computer: the disk may be
          failing.
        </Text>
      </Alert>
      <RestoreNewest newest={backups.data?.backups[0]} />
    </Stack>
  );
}
