// Archive and restore, each with an Undo in the message that confirms it.
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../app/client';
import { notifyWithUndo } from '../../app/undoNotification';
import type { Employer, EmployerListRow } from '../../../shared/employers/schema';
import { useArchiveEmployer, useRestoreEmployer } from './queries';

type Named = Pick<Employer | EmployerListRow, 'id' | 'name'>;

export function useArchiveActions() {
  const archive = useArchiveEmployer();
  const restore = useRestoreEmployer();

  const run = (action: 'archive' | 'restore', employer: Named) => {
    const mutation = action === 'archive' ? archive : restore;
    return mutation.mutateAsync({ id: employer.id }).then(
      () => {
        notifyWithUndo({
          id: `${action}-${employer.id}`,
          message: action === 'archive' ? `Moved ${employer.name} to Trash.` : `Restored ${employer.name}.`,
        });
      },
      (error: unknown) => {
        notifications.show({ color: 'red', title: 'Nothing was changed', message: errorMessage(error) });
        throw error;
      },
    );
  };

  return {
    archive: (employer: Named) => run('archive', employer),
    restore: (employer: Named) => run('restore', employer),
    pending: archive.isPending || restore.isPending,
  };
}
