// Undo and redo, the same way everywhere: Ctrl+Z and Ctrl+Shift+Z, the Undo on a message, and
// the list of recent changes in Settings all call changes.undo or changes.redo.
import { notifications } from '@mantine/notifications';
import { errorMessage, invoke } from '../../app/client';
import { notifyWithAction } from '../../app/notifyWithAction';
import { queryClient } from '../../app/queryClient';
import { changesKeys } from './queries';

async function putBack(direction: 'undo' | 'redo', id: string) {
  try {
    const done = await invoke(direction === 'undo' ? 'changes.undo' : 'changes.redo', { id });
    await queryClient.invalidateQueries();
    if (direction === 'undo') {
      notifyWithAction(`undone-${id}`, `Undone: ${done.sentence}.`, {
        label: 'Redo',
        run: () => void putBack('redo', id),
      });
    } else {
      notifyWithAction(`redone-${id}`, `Redone: ${done.sentence}.`, {
        label: 'Undo',
        run: () => void putBack('undo', id),
      });
    }
  } catch (error) {
    notifications.show({
      color: 'red',
      title: direction === 'undo' ? 'Nothing was undone' : 'Nothing was redone',
      message: errorMessage(error),
      autoClose: 12000,
    });
  }
}

export const undoChange = (id: string) => putBack('undo', id);
export const redoChange = (id: string) => putBack('redo', id);

/** What Ctrl+Z and Ctrl+Shift+Z would act on now. */
const nextChanges = () =>
  queryClient.fetchQuery({
    queryKey: changesKeys.next(),
    queryFn: () => invoke('changes.list', { limit: 1 }),
    staleTime: 0,
  });

/** Ctrl+Z: the change done (or redone) most recently. */
export async function undoLatest() {
  const { nextUndo } = await nextChanges();
  if (nextUndo) await undoChange(nextUndo.id);
  else notifyWithAction('nothing-to-undo', 'There is nothing to undo.');
}

/** Ctrl+Shift+Z: the change undone most recently, if nothing has been done since. */
export async function redoLatest() {
  const { nextRedo } = await nextChanges();
  if (nextRedo) await redoChange(nextRedo.id);
  else notifyWithAction('nothing-to-redo', 'There is nothing to redo.');
}
