// "Back up now" (or to another folder): from Settings and from the File menu, said the same way.
import { notifications } from '@mantine/notifications';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatDateTime } from '../../../shared/dates';
import { invoke } from '../../app/client';

export function useBackUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (elsewhere: boolean) => invoke('backups.create', { elsewhere }),
    onSuccess: (backup, elsewhere) => {
      void queryClient.invalidateQueries({ queryKey: ['backups'] });
      notifications.show({
        color: 'teal',
        message: elsewhere
          ? `Saved a backup of your record as ${backup.name} in the folder you chose.`
          : `Backed up your record at ${formatDateTime(backup.takenAt)}.`,
      });
    },
  });
}
