// Archive and restore, each with an Undo in the message that confirms it.
import { Button, Group, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../app/client';
import type { Employer, EmployerListRow } from '../../../shared/employers/schema';
import { useArchiveEmployer, useRestoreEmployer } from './queries';

type Named = Pick<Employer | EmployerListRow, 'id' | 'name'>;

export function useArchiveActions() {
  const archive = useArchiveEmployer();
  const restore = useRestoreEmployer();

  const run = (action: 'archive' | 'restore', employer: Named, offerUndo = true) => {
    const mutation = action === 'archive' ? archive : restore;
    const undo = action === 'archive' ? 'restore' : 'archive';
    return mutation.mutateAsync({ id: employer.id }).then(
      () => {
        const id = `${action}-${employer.id}`;
        notifications.show({
          id,
          color: 'teal',
          autoClose: 8000,
          message: (
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">
                {action === 'archive' ? `Moved ${employer.name} to Trash.` : `Restored ${employer.name}.`}
              </Text>
              {offerUndo && (
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => {
                    notifications.hide(id);
                    void run(undo, employer, false);
                  }}
                >
                  Undo
                </Button>
              )}
            </Group>
          ),
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
