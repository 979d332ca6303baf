// "Back up now" (or to another folder): from Settings and from the File menu, said the same way.
import { notifications } from '@mantine/notifications';
import { formatDateTime } from '../../../shared/dates';
import { useRecordMutation } from '../../app/mutations';

export function useBackUp() {
  return useRecordMutation('backups.create', {
    onSuccess: (backup, input) => {
      const elsewhere = input?.elsewhere;
      notifications.show({
        color: 'teal',
        message: elsewhere
          ? `Saved a backup of your record as ${backup.name} in the folder you chose.`
          : `Backed up your record at ${formatDateTime(backup.takenAt)}.`,
      });
    },
  });
}
