// Undo and redo, the same way everywhere: Ctrl+Z and Ctrl+Shift+Z, the Undo on a message, and
// the list of recent changes in Settings all call changes.undo or changes.redo.
import { notifications } from '@mantine/notifications';
import { errorMessage } from '../../app/client';
import { change } from '../../app/mutations';
import { notifyWithAction } from '../../app/notifyWithAction';
import { queryClient } from '../../app/queryClient';
import { changesQueries } from './queries';

async function putBack(direction: 'undo' | 'redo', id: string) {
  try {
    const done = await change(direction === 'undo' ? 'changes.undo' : 'changes.redo', { id });
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
  queryClient.fetchQuery({ ...changesQueries.query('changes.list', { limit: 1 }), staleTime: 0 });

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
